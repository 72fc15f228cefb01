#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tukipolku::ui {

// Owns the program's and Qt's translators and switches language at run time;
// every widget re-applies its texts on QEvent::LanguageChange.
class LanguageManager final : public QObject {
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "fi", "sv", "en": Finnish and Swedish translations, English source texts.
    static QStringList availableLanguages();
    // The language's own name ("Suomi", "Svenska", "English"), never translated.
    static QString nativeName(const QString &code);
    // The language to start in: the command line's, else the saved one, else
    // the system's when we have it, else Finnish.
    static QString resolve(const QString &commandLine, const QString &saved);

    QString current() const { return m_current; }
    // Installs the translators for `code`; false for an unknown language.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_current;
};

} // namespace tukipolku::ui

#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace tukipolku::ui {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("fi"))
        return QStringLiteral("Suomi");
    if (code == QLatin1String("sv"))
        return QStringLiteral("Svenska");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString LanguageManager::resolve(const QString &commandLine, const QString &saved)
{
    const QStringList available = availableLanguages();
    if (available.contains(commandLine))
        return commandLine;
    if (available.contains(saved))
        return saved;
    for (const QString &language : QLocale::system().uiLanguages()) {
        const QString code = language.left(2).toLower();
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("fi");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (code != QLatin1String("en")) {
        if (m_appTranslator.load(QStringLiteral(":/i18n/tukipolku_%1.qm").arg(code)))
            QCoreApplication::installTranslator(&m_appTranslator);
        else
            qWarning("Tukipolku: the %s translation is missing from the program", qPrintable(code));
        // Qt's own texts (standard buttons, dialogs) in the same language.
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qtTranslator.load(QStringLiteral("qt_") + code, qtFolder))
            QCoreApplication::installTranslator(&m_qtTranslator);
    }
    QLocale::setDefault(QLocale(code == QLatin1String("sv") ? QStringLiteral("sv_FI")
                                : code == QLatin1String("en") ? QStringLiteral("en_FI")
                                                              : QStringLiteral("fi_FI")));
    const bool changed = m_current != code;
    m_current = code;
    if (changed)
        emit languageChanged(code);
    return true;
}

} // namespace tukipolku::ui

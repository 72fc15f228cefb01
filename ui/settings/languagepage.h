#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace tukipolku {
class WorkstationSettings;
}

namespace tukipolku::ui {

class LanguageManager;

// The language of this workstation's screens (documents follow the client's
// language, not this one). Changes at once; kept for the next start.
class LanguagePage final : public QWidget {
    Q_OBJECT

public:
    LanguagePage(LanguageManager &languages, WorkstationSettings &settings, QWidget *parent = nullptr);

    void choose(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LanguageManager &m_languages;
    WorkstationSettings &m_settings;
    QButtonGroup *m_group = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace tukipolku::ui

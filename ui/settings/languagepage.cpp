#include "settings/languagepage.h"

#include "i18n/languagemanager.h"
#include "settings/workstationsettings.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

LanguagePage::LanguagePage(LanguageManager &languages, WorkstationSettings &settings, QWidget *parent)
    : QWidget(parent), m_languages(languages), m_settings(settings)
{
    m_group = new QButtonGroup(this);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList codes = LanguageManager::availableLanguages();
    for (int i = 0; i < codes.size(); ++i) {
        // Each language is named in itself, so that anyone finds their own.
        auto *button = new QRadioButton(LanguageManager::nativeName(codes.at(i)), this);
        button->setChecked(codes.at(i) == languages.current());
        m_group->addButton(button, i);
        layout->addWidget(button);
    }
    layout->addWidget(m_explanation);
    layout->addStretch();
    connect(m_group, &QButtonGroup::idClicked, this, [this, codes](int id) { choose(codes.at(id)); });
    retranslateUi();
}

void LanguagePage::choose(const QString &code)
{
    if (!m_languages.setLanguage(code))
        return;
    m_settings.setLanguage(code);
    if (QAbstractButton *button = m_group->button(int(LanguageManager::availableLanguages().indexOf(code))))
        button->setChecked(true);
}

void LanguagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LanguagePage::retranslateUi()
{
    m_explanation->setText(tr("The language of the program on this workstation. Documents are printed in the "
                              "client's language whatever this is, unless you choose otherwise when printing."));
}

} // namespace tukipolku::ui

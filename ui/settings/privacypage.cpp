#include "settings/privacypage.h"

#include "common/errorlabel.h"
#include "privacy/pinhash.h"
#include "settings/workstationsettings.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tukipolku::ui {

PrivacyPage::PrivacyPage(WorkstationSettings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_minutesLabel = new QLabel(this);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 240);
    m_minutes->setValue(settings.lockMinutes());
    m_minutes->setMaximumWidth(m_minutes->fontMetrics().averageCharWidth() * 10);
    m_minutesLabel->setBuddy(m_minutes);
    m_pinLabel = new QLabel(this);
    m_pin = new QLineEdit(this);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pinLabel->setBuddy(m_pin);
    m_againLabel = new QLabel(this);
    m_again = new QLineEdit(this);
    m_again->setEchoMode(QLineEdit::Password);
    m_againLabel->setBuddy(m_again);
    m_state = new QLabel(this);
    m_error = new ErrorLabel(this);
    m_buttons << new QPushButton(this) << new QPushButton(this);
    auto *form = new QFormLayout;
    form->addRow(m_minutesLabel, m_minutes);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_againLabel, m_again);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_buttons.at(0));
    buttons->addWidget(m_buttons.at(1));
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_minutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.setLockMinutes(minutes);
        emit changed();
    });
    connect(static_cast<QPushButton *>(m_buttons.at(0)), &QPushButton::clicked, this,
            [this] { setPin(m_pin->text(), m_again->text()); });
    connect(static_cast<QPushButton *>(m_buttons.at(1)), &QPushButton::clicked, this, &PrivacyPage::removePin);
    retranslateUi();
}

bool PrivacyPage::setPin(const QString &pin, const QString &again)
{
    QString hash;
    if (const Result made = PinHash::hashNew(pin, again, hash); !made) {
        m_error->showError(made.message());
        return false;
    }
    m_settings.setPinHash(hash);
    m_pin->clear();
    m_again->clear();
    m_error->clearError();
    showState();
    emit changed();
    return true;
}

void PrivacyPage::removePin()
{
    m_settings.setPinHash(QString());
    showState();
    emit changed();
}

void PrivacyPage::showState()
{
    m_state->setText(m_settings.pinHash().isEmpty() ? tr("No PIN is set: the first lock or home visit asks for one, and the window does not lock itself until one is set.")
                                                    : tr("A PIN is set."));
    m_buttons.at(1)->setEnabled(!m_settings.pinHash().isEmpty());
}

void PrivacyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PrivacyPage::retranslateUi()
{
    m_explanation->setText(tr("On a home visit the family may see the screen. Ctrl+L locks the program at once; it "
                              "also locks itself after the minutes below without use. The locked window shows no "
                              "names and opens with your PIN, which is kept only as a one-way hash."));
    m_minutesLabel->setText(tr("&Lock after idle minutes (0: never):"));
    m_pinLabel->setText(tr("New &PIN, at least 6 digits:"));
    m_againLabel->setText(tr("The same &again:"));
    static_cast<QPushButton *>(m_buttons.at(0))->setText(tr("&Set PIN"));
    static_cast<QPushButton *>(m_buttons.at(1))->setText(tr("&Remove PIN"));
    showState();
}

} // namespace tukipolku::ui

#include "privacy/pinsetupdialog.h"

#include "common/errorlabel.h"
#include "privacy/pinhash.h"
#include "settings/workstationsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

PinSetupDialog::PinSetupDialog(WorkstationSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("PinSetupDialog"));
    setWindowTitle(tr("Choose a PIN"));
    m_intro = new QLabel(tr("The lock and the home visit are opened with your PIN. Choose one of at least %1 "
                            "digits that nobody else knows. It is kept on this computer only as a hash.")
                             .arg(PinHash::minimumLength),
                         this);
    m_intro->setWordWrap(true);
    m_pin = new QLineEdit(this);
    m_again = new QLineEdit(this);
    for (QLineEdit *field : {m_pin, m_again}) {
        field->setEchoMode(QLineEdit::Password);
        field->setInputMethodHints(Qt::ImhDigitsOnly);
    }
    m_pin->setObjectName(QStringLiteral("pin"));
    m_again->setObjectName(QStringLiteral("pinAgain"));
    m_error = new ErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&PIN:"), m_pin);
    form->addRow(tr("PIN &again:"), m_again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool PinSetupDialog::save()
{
    QString hash;
    if (const Result made = PinHash::hashNew(m_pin->text(), m_again->text(), hash); !made) {
        m_error->showError(made.message());
        return false;
    }
    m_settings.setPinHash(hash);
    return true;
}

bool PinSetupDialog::ensurePin(WorkstationSettings &settings, QWidget *parent)
{
    if (!settings.pinHash().isEmpty())
        return true;
    PinSetupDialog dialog(settings, parent);
    return dialog.exec() == QDialog::Accepted && !settings.pinHash().isEmpty();
}

} // namespace tukipolku::ui

#include "providers/providerdialog.h"

#include "common/datefield.h"
#include "common/errorlabel.h"
#include "common/widgets.h"
#include "domain/labels.h"
#include "rules/iban.h"
#include "rules/identitycode.h"
#include "rules/providerrules.h"
#include "storage/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {

QSpinBox *spin(QWidget *parent, int minimum, int maximum, int value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}
} // namespace

ProviderDialog::ProviderDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Provider"));
    m_kind = new QComboBox(this);
    for (ProviderKind kind : {ProviderKind::SupportFamily, ProviderKind::SupportPerson, ProviderKind::FamilyWorker})
        m_kind->addItem(Labels::providerKind(kind), int(kind));
    m_status = new QComboBox(this);
    for (ProviderStatus status : {ProviderStatus::Active, ProviderStatus::Paused, ProviderStatus::Ended})
        m_status->addItem(Labels::providerStatus(status), int(status));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Laine, Matti and Anna"));
    m_adults = new QPlainTextEdit(this);
    m_adults->setTabChangesFocus(true);
    m_adults->setFixedHeight(fontMetrics().lineSpacing() * 2 + 12);
    m_street = new QLineEdit(this);
    m_postalCode = new QLineEdit(this);
    m_postalCode->setMaxLength(5);
    m_postOffice = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_languages = new QLineEdit(QStringLiteral("fi"), this);
    m_languages->setToolTip(tr("Language codes separated by spaces, e.g. \"fi sv\"."));
    m_capacity = spin(this, 0, 10, 1);
    m_minAge = spin(this, 0, 17, 0);
    m_maxAge = spin(this, 0, 17, 17);
    m_training = new DateField(this);
    m_criminalRecord = new DateField(this);
    m_criminalRecord->setWhatsThis(tr("The date of the extract of the criminal record (504/2002) the provider showed. "
                                      "A reminder appears when it is due for renewal."));
    m_identityCode = new QLineEdit(this);
    m_iban = new QLineEdit(this);
    m_ibanStatus = new QLabel(this);
    m_ibanStatus->setWordWrap(true);
    m_worker = new QComboBox(this);
    m_worker->addItem(tr("(not a worker of the unit)"), QString());
    const Outcome<QList<Worker>> workers = session.workers().all();
    for (const Worker &worker : workers.value_or({}))
        m_worker->addItem(worker.fullName(), worker.id);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 2 + 12);
    m_error = new ErrorLabel(this);

    auto *postal = new QHBoxLayout;
    postal->addWidget(m_postalCode, 1);
    postal->addWidget(m_postOffice, 3);
    auto *ages = new QHBoxLayout;
    ages->addWidget(m_minAge);
    ages->addWidget(new QLabel(QStringLiteral("–"), this));
    ages->addWidget(m_maxAge);
    ages->addStretch();
    m_form = new QFormLayout;
    m_form->addRow(buddyLabel(this, m_kind, tr("&Kind:")), m_kind);
    m_form->addRow(buddyLabel(this, m_name, tr("&Name:")), m_name);
    m_form->addRow(buddyLabel(this, m_adults, tr("A&dults:")), m_adults);
    m_form->addRow(buddyLabel(this, m_status, tr("&Status:")), m_status);
    m_form->addRow(buddyLabel(this, m_street, tr("Street &address:")), m_street);
    m_form->addRow(buddyLabel(this, m_postalCode, tr("P&ostal code and office:")), postal);
    m_form->addRow(buddyLabel(this, m_phone, tr("&Phone:")), m_phone);
    m_form->addRow(buddyLabel(this, m_email, tr("&E-mail:")), m_email);
    m_form->addRow(buddyLabel(this, m_languages, tr("&Languages:")), m_languages);
    m_form->addRow(buddyLabel(this, m_capacity, tr("&Capacity (children):")), m_capacity);
    m_form->addRow(buddyLabel(this, m_minAge, tr("Suitable a&ges:")), ages);
    m_form->addRow(buddyLabel(this, m_training, tr("&Training completed:")), m_training);
    m_form->addRow(buddyLabel(this, m_criminalRecord, tr("C&riminal record extract:")), m_criminalRecord);
    m_form->addRow(buddyLabel(this, m_identityCode, tr("&Identity code:")), m_identityCode);
    m_form->addRow(buddyLabel(this, m_iban, tr("&IBAN:")), m_iban);
    m_form->addRow(QString(), m_ibanStatus);
    m_form->addRow(buddyLabel(this, m_worker, tr("&Worker:")), m_worker);
    m_form->addRow(buddyLabel(this, m_notes, tr("No&tes:")), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProviderDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QLineEdit *field : {m_iban, m_identityCode, m_postalCode, m_email})
        connect(field, &QLineEdit::textChanged, this, &ProviderDialog::checkFields);
    checkFields();
    setMinimumWidth(560);
}

void ProviderDialog::checkFields()
{
    QStringList notes;
    if (!m_iban->text().trimmed().isEmpty()) {
        const QString problem = Iban::problem(m_iban->text());
        notes << (problem.isEmpty() ? tr("✓ IBAN %1").arg(Iban::formatted(m_iban->text())) : QStringLiteral("✗ ") + problem);
    }
    if (!m_identityCode->text().trimmed().isEmpty()) {
        const IdentityCodeParse parsed = parseIdentityCode(m_identityCode->text());
        if (!parsed.isValid())
            notes << QStringLiteral("✗ ") + parsed.message();
    }
    for (const QString &problem : {ProviderRules::postalCodeProblem(m_postalCode->text()),
                                   ProviderRules::emailProblem(m_email->text())}) {
        if (!problem.isEmpty())
            notes << QStringLiteral("✗ ") + problem;
    }
    m_ibanStatus->setText(notes.join(QLatin1Char('\n')));
    m_ibanStatus->setVisible(!notes.isEmpty());
}

void ProviderDialog::setProvider(const Provider &provider)
{
    m_provider = provider;
    m_kind->setCurrentIndex(m_kind->findData(int(provider.kind)));
    m_status->setCurrentIndex(m_status->findData(int(provider.status)));
    m_name->setText(provider.name);
    m_adults->setPlainText(provider.adults);
    m_street->setText(provider.streetAddress);
    m_postalCode->setText(provider.postalCode);
    m_postOffice->setText(provider.postOffice);
    m_phone->setText(provider.phone);
    m_email->setText(provider.email);
    m_languages->setText(provider.languages.join(QLatin1Char(' ')));
    m_capacity->setValue(provider.capacity);
    m_minAge->setValue(provider.minAge);
    m_maxAge->setValue(provider.maxAge);
    m_training->setDate(provider.trainingCompletedOn);
    m_criminalRecord->setDate(provider.criminalRecordCheckedOn);
    m_identityCode->setText(provider.identityCode);
    m_iban->setText(provider.iban);
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(provider.workerId)));
    m_notes->setPlainText(provider.notes);
}

Provider ProviderDialog::fromFields() const
{
    Provider p = m_provider;
    p.kind = static_cast<ProviderKind>(m_kind->currentData().toInt());
    p.status = static_cast<ProviderStatus>(m_status->currentData().toInt());
    p.name = m_name->text();
    p.adults = m_adults->toPlainText();
    p.streetAddress = m_street->text();
    p.postalCode = m_postalCode->text();
    p.postOffice = m_postOffice->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.languages = m_languages->text().toLower().split(QRegularExpression(QStringLiteral("[\\s/,]+")), Qt::SkipEmptyParts);
    p.capacity = m_capacity->value();
    p.minAge = m_minAge->value();
    p.maxAge = m_maxAge->value();
    p.trainingCompletedOn = m_training->date();
    p.criminalRecordCheckedOn = m_criminalRecord->date();
    p.identityCode = m_identityCode->text();
    p.iban = m_iban->text();
    p.workerId = m_worker->currentData().toString();
    p.notes = m_notes->toPlainText();
    return p;
}

void ProviderDialog::accept()
{
    for (DateField *field : {m_training, m_criminalRecord}) {
        if (!field->isAcceptable()) {
            m_error->showError(field->toolTip());
            return;
        }
    }
    Provider provider = fromFields();
    if (const Result saved = m_session.providers().save(provider); !saved) {
        m_error->showError(saved.message());
        return;
    }
    m_provider = provider;
    QDialog::accept();
}

} // namespace tukipolku::ui

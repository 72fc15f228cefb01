#include "families/persondialog.h"

#include "common/datefield.h"
#include "common/errorlabel.h"
#include "domain/labels.h"
#include "rules/identitycode.h"
#include "storage/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
constexpr FamilyRole roles[] = {FamilyRole::Child, FamilyRole::Guardian, FamilyRole::Parent, FamilyRole::OtherAdult};
constexpr PersonLanguage languages[] = {PersonLanguage::Finnish, PersonLanguage::Swedish, PersonLanguage::Other};
} // namespace

PersonDialog::PersonDialog(const Session &session, QString familyId, QWidget *parent)
    : QDialog(parent), m_session(session), m_familyId(std::move(familyId))
{
    m_firstNames = new QLineEdit(this);
    m_lastName = new QLineEdit(this);
    m_identityCode = new QLineEdit(this);
    m_identityCode->setMaxLength(20);
    m_codeStatus = new QLabel(this);
    m_codeStatus->setWordWrap(true);
    m_birthDate = new DateField(this);
    m_language = new QComboBox(this);
    m_role = new QComboBox(this);
    m_phone = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_street = new QLineEdit(this);
    m_postalCode = new QLineEdit(this);
    m_postalCode->setMaxLength(10);
    m_postOffice = new QLineEdit(this);
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    m_form = new QFormLayout;
    auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    addRow(m_firstNames);
    addRow(m_lastName);
    addRow(m_identityCode);
    m_form->addRow(QString(), m_codeStatus);
    addRow(m_birthDate);
    addRow(m_language);
    addRow(m_role);
    addRow(m_phone);
    addRow(m_email);
    addRow(m_street);
    auto *postal = new QHBoxLayout;
    postal->addWidget(m_postalCode, 1);
    postal->addWidget(m_postOffice, 3);
    m_postalLabel = new QLabel(this);
    m_postalLabel->setBuddy(m_postalCode);
    m_form->addRow(m_postalLabel, postal);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_role->setVisible(!m_familyId.isEmpty());
    m_form->labelForField(m_role)->setVisible(!m_familyId.isEmpty());

    connect(m_identityCode, &QLineEdit::textChanged, this, &PersonDialog::checkIdentityCode);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    retranslateUi();
    setMinimumWidth(520);
}

void PersonDialog::setPerson(const Person &person, FamilyRole role)
{
    m_personId = person.id;
    m_firstNames->setText(person.firstNames);
    m_lastName->setText(person.lastName);
    m_identityCode->setText(person.identityCode);
    m_birthDate->setDate(person.birthDate);
    m_language->setCurrentIndex(int(std::find(std::begin(languages), std::end(languages), person.language) - std::begin(languages)));
    m_role->setCurrentIndex(int(std::find(std::begin(roles), std::end(roles), role) - std::begin(roles)));
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_street->setText(person.streetAddress);
    m_postalCode->setText(person.postalCode);
    m_postOffice->setText(person.postOffice);
}

Person PersonDialog::person() const
{
    Person person;
    person.id = m_personId;
    person.firstNames = m_firstNames->text();
    person.lastName = m_lastName->text();
    person.identityCode = m_identityCode->text();
    person.birthDate = m_birthDate->date();
    person.language = languages[std::max(0, m_language->currentIndex())];
    person.phone = m_phone->text();
    person.email = m_email->text();
    person.streetAddress = m_street->text();
    person.postalCode = m_postalCode->text();
    person.postOffice = m_postOffice->text();
    return person;
}

FamilyRole PersonDialog::role() const
{
    return roles[std::max(0, m_role->currentIndex())];
}

void PersonDialog::checkIdentityCode()
{
    const QString text = m_identityCode->text().trimmed();
    m_birthDate->setEnabled(text.isEmpty());
    if (text.isEmpty()) {
        m_codeStatus->setText(tr("No identity code: enter the birth date instead."));
        m_codeStatus->setStyleSheet(QString());
        return;
    }
    const IdentityCodeParse parsed = parseIdentityCode(text);
    if (parsed.isValid()) {
        m_birthDate->setDate(parsed.birthDate);
        QString status = tr("✓ Valid: born %1, %2.")
                             .arg(Labels::date(parsed.birthDate),
                                  parsed.sex == Sex::Female ? tr("female") : tr("male"));
        if (parsed.temporary)
            status += QLatin1Char(' ') + tr("This is a temporary identity code.");
        m_codeStatus->setText(status);
        m_codeStatus->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
    } else {
        m_codeStatus->setText(QStringLiteral("✗ ") + parsed.message());
        m_codeStatus->setStyleSheet(QStringLiteral("QLabel { color: #8a0016; }"));
    }
}

void PersonDialog::accept()
{
    if (!m_birthDate->isAcceptable()) {
        m_error->showError(m_birthDate->toolTip());
        m_birthDate->setFocus();
        return;
    }
    Person edited = person();
    Result saved = m_familyId.isEmpty() ? m_session.persons().save(edited)
                                        : m_session.families().addMember(m_familyId, edited, role());
    if (!saved) {
        m_error->showError(saved.message());
        return;
    }
    m_personId = edited.id;
    QDialog::accept();
}

void PersonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PersonDialog::retranslateUi()
{
    setWindowTitle(m_personId.isEmpty() ? tr("Add a person") : tr("Edit person"));
    auto label = [this](QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    label(m_firstNames)->setText(tr("&First names:"));
    label(m_lastName)->setText(tr("&Last name:"));
    label(m_identityCode)->setText(tr("&Identity code:"));
    label(m_birthDate)->setText(tr("&Birth date:"));
    label(m_language)->setText(tr("Lan&guage:"));
    label(m_role)->setText(tr("&Role in the family:"));
    label(m_phone)->setText(tr("&Phone:"));
    label(m_email)->setText(tr("&E-mail:"));
    label(m_street)->setText(tr("Street &address:"));
    m_postalLabel->setText(tr("P&ostal code and office:"));
    m_identityCode->setPlaceholderText(tr("e.g. 131052-308T"));
    m_identityCode->setWhatsThis(tr("The Finnish personal identity code. It is checked as you type. A person "
                                    "without one (a newborn, a foreigner) is recorded with a birth date."));
    m_postalCode->setPlaceholderText(tr("postal code"));
    m_postOffice->setPlaceholderText(tr("post office"));
    const int language = std::max(0, m_language->currentIndex());
    m_language->clear();
    for (PersonLanguage value : languages)
        m_language->addItem(Labels::language(value));
    m_language->setCurrentIndex(language);
    const int role = std::max(0, m_role->currentIndex());
    m_role->clear();
    for (FamilyRole value : roles)
        m_role->addItem(Labels::role(value));
    m_role->setCurrentIndex(role);
    checkIdentityCode();
}

} // namespace tukipolku::ui

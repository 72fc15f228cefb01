#include "cases/initiationform.h"

#include "cases/notifiergroup.h"
#include "common/clock.h"
#include "common/datefield.h"
#include "common/widgets.h"
#include "domain/labels.h"
#include "rules/deadlines.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
constexpr ContactReason allReasons[] = {
    ContactReason::EverydayCoping,     ContactReason::IllnessOrExhaustion,  ContactReason::Parenthood,
    ContactReason::Upbringing,         ContactReason::Finances,             ContactReason::Violence,
    ContactReason::SchoolAbsence,      ContactReason::ChildSubstanceUse,    ContactReason::ParentSubstanceUse,
    ContactReason::MentalHealth,       ContactReason::NeglectOfCare,        ContactReason::ChildBehaviourOrCrime,
    ContactReason::ViolenceAgainstChild, ContactReason::SuspectedSexualAbuse, ContactReason::ChildOwnRequest,
    ContactReason::Other};

QWidget *row(QWidget *parent, QWidget *first, QWidget *second)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first);
    layout->addWidget(second);
    layout->addStretch();
    return widget;
}
} // namespace

InitiationForm::InitiationForm(QWidget *parent) : QWidget(parent)
{
    buildContactGroup();
    buildUrgencyGroup();
    buildDecisionGroup();
    buildPoliceGroup();
    m_notifierGroup = new NotifierGroup(this);
    connect(m_notifierGroup, &NotifierGroup::edited, this, &InitiationForm::edited);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_contactGroup);
    left->addWidget(m_notifierGroup);
    left->addStretch();
    columns->addLayout(left, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(m_urgencyGroup);
    right->addWidget(m_policeGroup);
    right->addWidget(m_decisionGroup);
    right->addStretch();
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    retranslateUi();
    updateDependentFields();
}

InitiationForm::~InitiationForm() = default;

void InitiationForm::buildContactGroup()
{
    m_contactGroup = new QGroupBox(this);
    m_receivedDate = new DateField(m_contactGroup);
    m_receivedTime = new QTimeEdit(m_contactGroup);
    m_receivedTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_deadline = new QLabel(m_contactGroup);
    m_deadline->setWordWrap(true);
    m_channel = new QComboBox(m_contactGroup);
    m_contactBy = new QComboBox(m_contactGroup);
    m_authority = new QComboBox(m_contactGroup);
    m_notification = new QCheckBox(m_contactGroup);
    m_notifier = new QComboBox(m_contactGroup);
    m_description = new QPlainTextEdit(m_contactGroup);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(70);
    auto *reasons = new QWidget(m_contactGroup);
    auto *reasonGrid = new QGridLayout(reasons);
    reasonGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < int(std::size(allReasons)); ++i) {
        auto *box = new QCheckBox(reasons);
        m_reasons << box;
        reasonGrid->addWidget(box, i / 2, i % 2);
        connect(box, &QCheckBox::toggled, this, &InitiationForm::edited);
        connect(box, &QCheckBox::toggled, this, &InitiationForm::updateDependentFields);
    }
    m_channelChoices = std::make_unique<ChoiceFiller<ContactChannel>>(
        m_channel, std::initializer_list<ContactChannel>{ContactChannel::Phone, ContactChannel::InPerson, ContactChannel::Letter,
                                                         ContactChannel::Electronic, ContactChannel::Other},
        &Labels::channel);
    m_contactByChoices = std::make_unique<ChoiceFiller<ContactBy>>(
        m_contactBy, std::initializer_list<ContactBy>{ContactBy::Parent, ContactBy::Guardian, ContactBy::Child,
                                                      ContactBy::RelativeOrFriend, ContactBy::Authority},
        &Labels::contactBy);
    m_authorityChoices = std::make_unique<ChoiceFiller<AuthorityKind>>(
        m_authority, std::initializer_list<AuthorityKind>{AuthorityKind::None, AuthorityKind::ChildHealthClinic,
                                                          AuthorityKind::School, AuthorityKind::Daycare, AuthorityKind::Police,
                                                          AuthorityKind::HealthCare, AuthorityKind::Other},
        &Labels::authority);
    m_notifierChoices = std::make_unique<ChoiceFiller<NotifierKind>>(
        m_notifier, std::initializer_list<NotifierKind>{NotifierKind::None, NotifierKind::ObligedProfessional,
                                                        NotifierKind::PrivatePerson, NotifierKind::JointContact},
        &Labels::notifier);
    m_notifier->setObjectName(QStringLiteral("notifierKind"));

    m_contactForm = new QFormLayout(m_contactGroup);
    m_contactForm->addRow(buddyLabel(m_contactGroup, m_receivedDate), row(m_contactGroup, m_receivedDate, m_receivedTime));
    m_contactForm->addRow(QString(), m_deadline);
    m_contactForm->addRow(buddyLabel(m_contactGroup, m_channel), m_channel);
    m_contactForm->addRow(buddyLabel(m_contactGroup, m_contactBy), m_contactBy);
    m_contactForm->addRow(buddyLabel(m_contactGroup, m_authority), m_authority);
    m_contactForm->addRow(QString(), m_notification);
    m_contactForm->addRow(buddyLabel(m_contactGroup, m_notifier), m_notifier);
    m_contactForm->addRow(buddyLabel(m_contactGroup, reasons->findChild<QCheckBox *>()), reasons);
    m_contactForm->addRow(buddyLabel(m_contactGroup, m_description), m_description);

    connect(m_receivedDate, &DateField::dateChanged, this, &InitiationForm::updateDependentFields);
    connect(m_contactBy, &QComboBox::currentIndexChanged, this, &InitiationForm::updateDependentFields);
    connect(m_notification, &QCheckBox::toggled, this, &InitiationForm::updateDependentFields);
    connect(m_notifier, &QComboBox::currentIndexChanged, this, &InitiationForm::updateDependentFields);
    connect(m_receivedDate, &QLineEdit::textEdited, this, &InitiationForm::edited);
    connect(m_receivedTime, &QTimeEdit::timeChanged, this, &InitiationForm::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &InitiationForm::edited);
    for (QComboBox *combo : {m_channel, m_contactBy, m_authority, m_notifier})
        connect(combo, &QComboBox::activated, this, &InitiationForm::edited);
    connect(m_notification, &QCheckBox::clicked, this, &InitiationForm::edited);
}

void InitiationForm::buildUrgencyGroup()
{
    m_urgencyGroup = new QGroupBox(this);
    m_urgent = new QComboBox(m_urgencyGroup);
    m_urgencyDate = new DateField(m_urgencyGroup);
    m_urgencyTime = new QTimeEdit(m_urgencyGroup);
    m_urgencyTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_urgencyBy = new QComboBox(m_urgencyGroup);
    m_urgencyForm = new QFormLayout(m_urgencyGroup);
    m_urgencyForm->addRow(buddyLabel(m_urgencyGroup, m_urgent), m_urgent);
    m_urgencyForm->addRow(buddyLabel(m_urgencyGroup, m_urgencyDate), row(m_urgencyGroup, m_urgencyDate, m_urgencyTime));
    m_urgencyForm->addRow(buddyLabel(m_urgencyGroup, m_urgencyBy), m_urgencyBy);
    connect(m_urgent, &QComboBox::activated, this, &InitiationForm::urgencyChosen);
    connect(m_urgent, &QComboBox::activated, this, &InitiationForm::edited);
    connect(m_urgencyDate, &QLineEdit::textEdited, this, &InitiationForm::edited);
    connect(m_urgencyBy, &QComboBox::activated, this, &InitiationForm::edited);
}

void InitiationForm::buildDecisionGroup()
{
    m_decisionGroup = new QGroupBox(this);
    m_assessmentStarts = new QComboBox(m_decisionGroup);
    m_decidedOn = new DateField(m_decisionGroup);
    m_noAssessmentReason = new QLineEdit(m_decisionGroup);
    m_informedOn = new DateField(m_decisionGroup);
    m_decisionForm = new QFormLayout(m_decisionGroup);
    m_decisionForm->addRow(buddyLabel(m_decisionGroup, m_assessmentStarts), m_assessmentStarts);
    m_decisionForm->addRow(buddyLabel(m_decisionGroup, m_decidedOn), m_decidedOn);
    m_decisionForm->addRow(buddyLabel(m_decisionGroup, m_noAssessmentReason), m_noAssessmentReason);
    m_decisionForm->addRow(buddyLabel(m_decisionGroup, m_informedOn), m_informedOn);
    connect(m_assessmentStarts, &QComboBox::currentIndexChanged, this, &InitiationForm::updateDependentFields);
    connect(m_assessmentStarts, &QComboBox::activated, this, &InitiationForm::edited);
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_decidedOn), m_noAssessmentReason, static_cast<QLineEdit *>(m_informedOn)})
        connect(field, &QLineEdit::textEdited, this, &InitiationForm::edited);
}

void InitiationForm::buildPoliceGroup()
{
    m_policeGroup = new QGroupBox(this);
    m_policeGroup->setObjectName(QStringLiteral("policeReport"));
    m_policeReport = new QComboBox(m_policeGroup);
    m_policeChoices = std::make_unique<ChoiceFiller<PoliceReport>>(
        m_policeReport,
        std::initializer_list<PoliceReport>{PoliceReport::Unanswered, PoliceReport::Reported, PoliceReport::NotReported},
        &Labels::policeReport);
    m_policeReportedOn = new DateField(m_policeGroup);
    m_policeNoReportReason = new QLineEdit(m_policeGroup);
    m_policeForm = new QFormLayout(m_policeGroup);
    m_policeForm->addRow(buddyLabel(m_policeGroup, m_policeReport), m_policeReport);
    m_policeForm->addRow(buddyLabel(m_policeGroup, m_policeReportedOn), m_policeReportedOn);
    m_policeForm->addRow(buddyLabel(m_policeGroup, m_policeNoReportReason), m_policeNoReportReason);
    connect(m_policeReport, &QComboBox::currentIndexChanged, this, &InitiationForm::updateDependentFields);
    connect(m_policeReport, &QComboBox::activated, this, [this] {
        if (m_policeChoices->value() == PoliceReport::Reported && !m_policeReportedOn->date().isValid())
            m_policeReportedOn->setDate(Clock::today()); // usually reported the day it is recorded
        emit edited();
    });
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_policeReportedOn), m_policeNoReportReason})
        connect(field, &QLineEdit::textEdited, this, &InitiationForm::edited);
}

void InitiationForm::urgencyChosen()
{
    // Urgency is assessed at once: the time it was recorded is the natural answer.
    if (m_urgent->currentIndex() > 0 && !m_urgencyDate->date().isValid() && m_urgencyDate->text().trimmed().isEmpty()) {
        const QDateTime now = Clock::now();
        m_urgencyDate->setDate(now.date());
        m_urgencyTime->setTime(QTime(now.time().hour(), now.time().minute()));
    }
}

void InitiationForm::setLaterInitiation(bool later)
{
    if (m_later == later)
        return;
    m_later = later;
    // The choices mean other things in the other mode: nothing stays chosen.
    m_assessmentStarts->setCurrentIndex(0);
    fillDecisionChoices();
    retranslateUi();
}

void InitiationForm::fillDecisionChoices()
{
    const QSignalBlocker blocker(m_assessmentStarts);
    const int chosen = std::max(0, m_assessmentStarts->currentIndex());
    m_assessmentStarts->clear();
    if (m_later)
        m_assessmentStarts->addItems({tr("Not yet decided"), tr("Taken into the ongoing work"), tr("No further action")});
    else
        m_assessmentStarts->addItems({tr("Not yet decided"), tr("Yes"), tr("No")});
    m_assessmentStarts->setCurrentIndex(chosen);
}

void InitiationForm::setWorkers(const QList<Worker> &workers)
{
    m_workers = workers;
    const QString current = m_urgencyBy->currentData().toString();
    m_urgencyBy->clear();
    m_urgencyBy->addItem(tr("(not recorded)"), QString());
    for (const Worker &worker : workers)
        m_urgencyBy->addItem(worker.fullName(), worker.id);
    m_urgencyBy->setCurrentIndex(std::max(0, m_urgencyBy->findData(current)));
}

void InitiationForm::setInitiation(const Initiation &initiation)
{
    m_receivedDate->setDate(initiation.receivedAt.date());
    m_receivedTime->setTime(initiation.receivedAt.isValid() ? initiation.receivedAt.time() : QTime(8, 0));
    m_channelChoices->setValue(initiation.channel);
    m_contactByChoices->setValue(initiation.contactBy);
    m_authorityChoices->setValue(initiation.authorityKind);
    m_notification->setChecked(initiation.isNotification);
    m_notifierChoices->setValue(initiation.notifierKind);
    for (int i = 0; i < m_reasons.size(); ++i)
        m_reasons.at(i)->setChecked(initiation.reasons.contains(allReasons[i]));
    m_description->setPlainText(initiation.description);
    m_urgent->setCurrentIndex(!initiation.urgent.has_value() ? 0 : (*initiation.urgent ? 2 : 1));
    m_urgencyDate->setDate(initiation.urgencyAssessedAt.date());
    m_urgencyTime->setTime(initiation.urgencyAssessedAt.isValid() ? initiation.urgencyAssessedAt.time() : QTime(8, 0));
    m_urgencyBy->setCurrentIndex(std::max(0, m_urgencyBy->findData(initiation.urgencyAssessedBy)));
    setLaterInitiation(!initiation.opensCase);
    if (!initiation.assessmentStarts.has_value())
        m_assessmentStarts->setCurrentIndex(0);
    else if (m_later)
        m_assessmentStarts->setCurrentIndex(initiation.intoOngoingWork ? 1 : 2);
    else
        m_assessmentStarts->setCurrentIndex(*initiation.assessmentStarts ? 1 : 2);
    m_notifierGroup->setNotifier(initiation);
    m_policeChoices->setValue(initiation.policeReport);
    m_policeReportedOn->setDate(initiation.policeReportedOn);
    m_policeNoReportReason->setText(initiation.policeNoReportReason);
    m_decidedOn->setDate(initiation.decidedOn);
    m_noAssessmentReason->setText(initiation.noAssessmentReason);
    m_informedOn->setDate(initiation.informedOn);
    updateDependentFields();
}

Initiation InitiationForm::initiation() const
{
    Initiation i;
    if (m_receivedDate->date().isValid())
        i.receivedAt = QDateTime(m_receivedDate->date(), m_receivedTime->time());
    i.channel = m_channelChoices->value();
    i.contactBy = m_contactByChoices->value();
    i.authorityKind = i.contactBy == ContactBy::Authority ? m_authorityChoices->value() : AuthorityKind::None;
    i.isNotification = m_notification->isChecked();
    i.notifierKind = i.isNotification ? m_notifierChoices->value() : NotifierKind::None;
    for (int index = 0; index < m_reasons.size(); ++index) {
        if (m_reasons.at(index)->isChecked())
            i.reasons << allReasons[index];
    }
    i.description = m_description->toPlainText();
    if (m_urgent->currentIndex() > 0)
        i.urgent = m_urgent->currentIndex() == 2;
    if (m_urgencyDate->date().isValid())
        i.urgencyAssessedAt = QDateTime(m_urgencyDate->date(), m_urgencyTime->time());
    i.urgencyAssessedBy = m_urgencyBy->currentData().toString();
    i.opensCase = !m_later;
    if (m_assessmentStarts->currentIndex() > 0) {
        // A later notification starts no assessment of its own: it is taken
        // into the ongoing work or needs nothing more.
        i.assessmentStarts = !m_later && m_assessmentStarts->currentIndex() == 1;
        i.intoOngoingWork = m_later && m_assessmentStarts->currentIndex() == 1;
    }
    i.decidedOn = m_decidedOn->date();
    i.noAssessmentReason = i.assessmentStarts == false && !i.intoOngoingWork ? m_noAssessmentReason->text() : QString();
    m_notifierGroup->fillIn(i);
    if (i.suggestsOffence() || m_policeChoices->value() != PoliceReport::Unanswered) {
        i.policeReport = m_policeChoices->value();
        if (i.policeReport == PoliceReport::Reported)
            i.policeReportedOn = m_policeReportedOn->date();
        if (i.policeReport == PoliceReport::NotReported)
            i.policeNoReportReason = m_policeNoReportReason->text();
    }
    i.informedOn = m_informedOn->date();
    return i;
}

DateField *InitiationForm::invalidDateField() const
{
    for (DateField *field : {m_receivedDate, m_urgencyDate, m_decidedOn, m_informedOn, m_policeReportedOn}) {
        if (!field->isAcceptable())
            return field;
    }
    return nullptr;
}

void InitiationForm::updateDependentFields()
{
    m_authority->setEnabled(m_contactByChoices->value() == ContactBy::Authority);
    m_notifier->setEnabled(m_notification->isChecked());
    m_noAssessmentReason->setEnabled(m_assessmentStarts->currentIndex() == 2);
    m_notifierGroup->setPrivatePerson(m_notification->isChecked()
                                      && m_notifierChoices->value() == NotifierKind::PrivatePerson);
    bool offence = false;
    for (int i = 0; i < m_reasons.size(); ++i)
        offence = offence || (m_reasons.at(i)->isChecked()
                              && (allReasons[i] == ContactReason::ViolenceAgainstChild
                                  || allReasons[i] == ContactReason::SuspectedSexualAbuse));
    // Asked only when a reason suggests an offence, or once answered.
    m_policeGroup->setVisible(offence || m_policeChoices->value() != PoliceReport::Unanswered);
    m_policeReportedOn->setEnabled(m_policeChoices->value() == PoliceReport::Reported);
    m_policeNoReportReason->setEnabled(m_policeChoices->value() == PoliceReport::NotReported);
    const QDate received = m_receivedDate->date();
    if (!received.isValid()) {
        m_deadline->setText(tr("The decision on the assessment is due 7 working days after the day received."));
        return;
    }
    if (m_later) {
        m_deadline->setText(tr("Decision on this notification due by %1 (7 working days).")
                                .arg(Labels::date(Deadlines::initiationDecisionDue(received))));
        return;
    }
    m_deadline->setText(tr("Decision on the assessment due by %1 (7 working days); the assessment must be "
                           "completed by %2.")
                            .arg(Labels::date(Deadlines::initiationDecisionDue(received)),
                                 Labels::date(Deadlines::assessmentDue(received))));
}

void InitiationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InitiationForm::retranslateUi()
{
    m_contactGroup->setTitle(tr("Contact or notification"));
    m_urgencyGroup->setTitle(tr("Urgency assessment (immediately)"));
    m_decisionGroup->setTitle(m_later ? tr("Decision on the notification (7 working days)")
                                      : tr("Decision on the service need assessment"));
    if (auto *label = qobject_cast<QLabel *>(m_contactForm->itemAt(0, QFormLayout::LabelRole)->widget()))
        label->setText(tr("Rece&ived:"));
    setRowLabel(m_contactForm, m_channel, tr("Channe&l:"));
    setRowLabel(m_contactForm, m_contactBy, tr("Contact &made by:"));
    setRowLabel(m_contactForm, m_authority, tr("Au&thority:"));
    m_notification->setText(tr("Child &welfare notification"));
    setRowLabel(m_contactForm, m_notifier, tr("&Notified by:"));
    setRowLabel(m_contactForm, m_reasons.first()->parentWidget(), tr("Reasons:"));
    setRowLabel(m_contactForm, m_description, tr("Desc&ription:"));
    for (int i = 0; i < m_reasons.size(); ++i)
        m_reasons.at(i)->setText(Labels::reason(allReasons[i]));
    m_channelChoices->relabel();
    m_contactByChoices->relabel();
    m_authorityChoices->relabel();
    m_notifierChoices->relabel();

    if (auto *label = qobject_cast<QLabel *>(m_urgencyForm->itemAt(1, QFormLayout::LabelRole)->widget()))
        label->setText(tr("Assessed &on:"));
    setRowLabel(m_urgencyForm, m_urgent, tr("Urgenc&y:"));
    setRowLabel(m_urgencyForm, m_urgencyBy, tr("Assessed &by:"));
    {
        const QSignalBlocker blocker(m_urgent);
        const int urgent = std::max(0, m_urgent->currentIndex());
        m_urgent->clear();
        m_urgent->addItems({tr("Not yet assessed"), tr("Not urgent"), tr("Urgent")});
        m_urgent->setCurrentIndex(urgent);
    }
    setRowLabel(m_decisionForm, m_assessmentStarts, m_later ? tr("Decision:") : tr("Assessment starts:"));
    setRowLabel(m_decisionForm, m_decidedOn, tr("&Decided on:"));
    setRowLabel(m_decisionForm, m_noAssessmentReason, tr("Why not:"));
    setRowLabel(m_decisionForm, m_informedOn, tr("Child and guardian informed:"));
    m_informedOn->setWhatsThis(tr("The child and the guardian must be told that the notification was received "
                                  "(LSL 26 § 3)."));
    m_receivedDate->setWhatsThis(tr("The day the contact or notification reached social care. The deadlines are "
                                    "counted from it: day 1 is the next working day."));
    m_notification->setWhatsThis(tr("A child welfare notification (LSL 25 §): professionals such as school, health "
                                    "care and police staff must make one; anyone else may. It starts the same "
                                    "7-working-day decision as any other contact."));
    m_urgent->setWhatsThis(tr("Whether the child needs urgent child welfare measures is assessed at once when "
                              "the contact arrives (LSL 26 § 2), before anything else."));
    m_assessmentStarts->setWhatsThis(m_later
                                         ? tr("A notification on an open case is decided within 7 working days "
                                              "too: taken into the ongoing work, or no further action with the "
                                              "reason.")
                                         : tr("Within 7 working days it is decided whether a service need assessment "
                                              "starts (LSL 26 § 3). The deadline above shows the last day."));
    fillDecisionChoices();
    m_policeGroup->setTitle(tr("Report to the police (LSL 25 § 3)"));
    m_policeGroup->setToolTip(tr("When there is reason to suspect a violent or sexual offence against the child, "
                                 "a report is made to the police without delay."));
    setRowLabel(m_policeForm, m_policeReport, tr("Police told:"));
    setRowLabel(m_policeForm, m_policeReportedOn, tr("Reported on:"));
    setRowLabel(m_policeForm, m_policeNoReportReason, tr("Why not reported:"));
    m_policeChoices->relabel();
    setWorkers(m_workers);
    updateDependentFields();
}

} // namespace tukipolku::ui

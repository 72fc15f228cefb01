#include "domain/labels.h"

#include "storage/codes.h"

#include <QHash>
#include <QLocale>

namespace tukipolku {

QString Labels::stage(CaseStage stage)
{
    switch (stage) {
    case CaseStage::Initiation: return tr("Initiation");
    case CaseStage::Assessment: return tr("Service need assessment");
    case CaseStage::Plan: return tr("Client plan");
    case CaseStage::Services: return tr("Services");
    case CaseStage::Closed: return tr("Closed");
    }
    return {};
}

QString Labels::role(FamilyRole role)
{
    switch (role) {
    case FamilyRole::Child: return tr("Child");
    case FamilyRole::Guardian: return tr("Guardian");
    case FamilyRole::Parent: return tr("Parent");
    case FamilyRole::OtherAdult: return tr("Other adult");
    }
    return {};
}

QString Labels::language(PersonLanguage language)
{
    switch (language) {
    case PersonLanguage::Finnish: return tr("Finnish");
    case PersonLanguage::Swedish: return tr("Swedish");
    case PersonLanguage::Other: return tr("Other");
    }
    return {};
}

QString Labels::channel(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Phone: return tr("Phone");
    case ContactChannel::InPerson: return tr("In person");
    case ContactChannel::Letter: return tr("Letter");
    case ContactChannel::Electronic: return tr("Electronic");
    case ContactChannel::Other: return tr("Other");
    }
    return {};
}

QString Labels::contactBy(ContactBy contactBy)
{
    switch (contactBy) {
    case ContactBy::Parent: return tr("Parent");
    case ContactBy::Guardian: return tr("Guardian");
    case ContactBy::Child: return tr("The child");
    case ContactBy::RelativeOrFriend: return tr("Relative or friend");
    case ContactBy::Authority: return tr("Another authority");
    }
    return {};
}

QString Labels::authority(AuthorityKind kind)
{
    switch (kind) {
    case AuthorityKind::None: return tr("(not an authority)");
    case AuthorityKind::ChildHealthClinic: return tr("Child health clinic");
    case AuthorityKind::School: return tr("School");
    case AuthorityKind::Daycare: return tr("Early childhood education");
    case AuthorityKind::Police: return tr("Police");
    case AuthorityKind::HealthCare: return tr("Health care");
    case AuthorityKind::Other: return tr("Other authority");
    }
    return {};
}

QString Labels::notifier(NotifierKind kind)
{
    switch (kind) {
    case NotifierKind::None: return tr("(not a notification)");
    case NotifierKind::ObligedProfessional: return tr("Professional obliged to notify");
    case NotifierKind::PrivatePerson: return tr("Private person");
    case NotifierKind::JointContact: return tr("Contact together with the child or parent (LSL 25 a §)");
    }
    return {};
}

QString Labels::reason(ContactReason reason)
{
    switch (reason) {
    case ContactReason::EverydayCoping: return tr("Coping with everyday life");
    case ContactReason::IllnessOrExhaustion: return tr("A family member's illness or exhaustion");
    case ContactReason::Parenthood: return tr("Parenthood");
    case ContactReason::Upbringing: return tr("Raising the child");
    case ContactReason::Finances: return tr("Financial problems");
    case ContactReason::Violence: return tr("Intimate partner or family violence");
    case ContactReason::SchoolAbsence: return tr("School absences");
    case ContactReason::ChildSubstanceUse: return tr("The child's substance use");
    case ContactReason::ParentSubstanceUse: return tr("A parent's substance use");
    case ContactReason::MentalHealth: return tr("Mental health");
    case ContactReason::NeglectOfCare: return tr("Neglect of care");
    case ContactReason::ChildBehaviourOrCrime: return tr("The child's behaviour or offences");
    case ContactReason::ViolenceAgainstChild: return tr("Violence or suspected violence against the child");
    case ContactReason::SuspectedSexualAbuse: return tr("Suspected sexual abuse of the child");
    case ContactReason::ChildOwnRequest: return tr("The child's own request");
    case ContactReason::Other: return tr("Other reason");
    }
    return {};
}

QString Labels::policeReport(PoliceReport report)
{
    switch (report) {
    case PoliceReport::Unanswered: return tr("Not yet answered");
    case PoliceReport::Reported: return tr("Reported to the police");
    case PoliceReport::NotReported: return tr("Not reported");
    }
    return {};
}

QString Labels::needDuration(NeedDuration duration)
{
    switch (duration) {
    case NeedDuration::Unknown: return tr("(not assessed)");
    case NeedDuration::Temporary: return tr("Temporary");
    case NeedDuration::Recurring: return tr("Recurring");
    case NeedDuration::LongTerm: return tr("Long-term");
    }
    return {};
}

QString Labels::noPlanReason(NoPlanReason reason)
{
    switch (reason) {
    case NoPlanReason::None: return tr("A client plan is made");
    case NoPlanReason::TemporaryGuidance: return tr("No plan: temporary advice and guidance only");
    case NoPlanReason::AssessmentSuffices: return tr("No plan: the assessment holds what the plan would");
    }
    return {};
}

QString Labels::deadlineKind(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::InitiationDecision: return tr("Decision on the assessment (7 working days)");
    case DeadlineKind::NotificationDecision: return tr("Decision on a later notification (7 working days)");
    case DeadlineKind::FirstPlan: return tr("Client plan of a child welfare client");
    case DeadlineKind::AssessmentCompletion: return tr("Assessment completed (3 months)");
    case DeadlineKind::PlanReview: return tr("Client plan review");
    }
    return {};
}

QString Labels::deadlineState(DeadlineState state)
{
    switch (state) {
    case DeadlineState::OnTime: return tr("on time");
    case DeadlineState::DueSoon: return tr("due soon");
    case DeadlineState::Overdue: return tr("overdue");
    case DeadlineState::MetOnTime: return tr("done on time");
    case DeadlineState::MetLate: return tr("done late");
    }
    return {};
}

QString Labels::workKind(WorkKind kind)
{
    switch (kind) {
    case WorkKind::UrgencyNotAssessed: return tr("Assess the urgency now");
    case WorkKind::InitiationDecision: return tr("Decide whether the assessment starts");
    case WorkKind::NotificationDecision: return tr("Decide on the later notification");
    case WorkKind::AssessmentCompletion: return tr("Complete the service need assessment");
    case WorkKind::PlanMissing: return tr("Make the client plan");
    case WorkKind::PlanReview: return tr("Review the client plan");
    case WorkKind::NotificationNotTold: return tr("Tell the child and guardian of the notification");
    case WorkKind::PoliceReportOpen: return tr("Record whether the police were told");
    case WorkKind::AgreementUnsigned: return tr("Get the agreement signed");
    case WorkKind::AgreementEnding: return tr("Agreement ends");
    case WorkKind::DecisionEnding: return tr("Decision ends");
    case WorkKind::DecisionUnsent: return tr("Send the decision to every recipient");
    case WorkKind::MeetingsBehind: return tr("Support person met less than planned last month");
    case WorkKind::CriminalRecordDue: return tr("Renew the criminal record extract");
    }
    return {};
}

QString Labels::legalBasis(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::SocialWelfareAct: return tr("Social Welfare Act (SHL)");
    case LegalBasis::ChildWelfareAct: return tr("Child Welfare Act, open care (LSL)");
    }
    return {};
}

QString Labels::measureStatus(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::Planned: return tr("planned");
    case MeasureStatus::Active: return tr("active");
    case MeasureStatus::Ended: return tr("ended");
    case MeasureStatus::Refused: return tr("refused");
    }
    return {};
}

QString Labels::measureStatus(const Measure &measure)
{
    if (measure.status == MeasureStatus::Planned && measure.decisionId.isEmpty())
        return tr("awaiting decision");
    return measureStatus(measure.status);
}

QString Labels::measureKind(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::InHouse: return tr("In-house");
    case MeasureKind::Partner: return tr("Partner");
    case MeasureKind::Financial: return tr("Financial");
    }
    return {};
}

QString Labels::providerKind(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::SupportFamily: return tr("Support family");
    case ProviderKind::SupportPerson: return tr("Support person");
    case ProviderKind::FamilyWorker: return tr("Family worker");
    }
    return {};
}

QString Labels::providerStatus(ProviderStatus status)
{
    switch (status) {
    case ProviderStatus::Active: return tr("active");
    case ProviderStatus::Paused: return tr("paused");
    case ProviderStatus::Ended: return tr("ended");
    }
    return {};
}

QString Labels::visitPlace(VisitPlace place)
{
    switch (place) {
    case VisitPlace::Home: return tr("Home visit");
    case VisitPlace::Office: return tr("At the office");
    case VisitPlace::Other: return tr("Elsewhere");
    }
    return {};
}

QString Labels::measureName(const CatalogueEntry &entry)
{
    // The catalogue holds Finnish and Swedish names; English users see the Finnish one.
    return QLocale().language() == QLocale::Swedish ? entry.nameSv : entry.nameFi;
}

QString Labels::tableName(const QString &table)
{
    if (table == QLatin1String("decisions"))
        return tr("decision");
    if (table == QLatin1String("agreements"))
        return tr("agreement");
    if (table == QLatin1String("client_plans"))
        return tr("client plan");
    if (table == QLatin1String("initiations"))
        return tr("contact form");
    if (table == QLatin1String("cases"))
        return tr("case");
    if (table == QLatin1String("access_log"))
        return tr("access log");
    return table;
}

QString Labels::field(const QString &table, const QString &column)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("received_at"), QT_TR_NOOP("Received")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("contact_by"), QT_TR_NOOP("Contact made by")},
        {QStringLiteral("authority_kind"), QT_TR_NOOP("Authority")},
        {QStringLiteral("is_notification"), QT_TR_NOOP("Child welfare notification")},
        {QStringLiteral("notifier_kind"), QT_TR_NOOP("Notified by")},
        {QStringLiteral("reasons"), QT_TR_NOOP("Reasons")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("urgency_assessed_at"), QT_TR_NOOP("Urgency assessed on")},
        {QStringLiteral("urgency_assessed_by"), QT_TR_NOOP("Urgency assessed by")},
        {QStringLiteral("urgent"), QT_TR_NOOP("Urgent")},
        {QStringLiteral("decided_on"), QT_TR_NOOP("Decided on")},
        {QStringLiteral("assessment_starts"), QT_TR_NOOP("Assessment starts")},
        {QStringLiteral("no_assessment_reason"), QT_TR_NOOP("Why no assessment")},
        {QStringLiteral("informed_on"), QT_TR_NOOP("Child and guardian informed")},
        {QStringLiteral("opens_case"), QT_TR_NOOP("Opened the case")},
        {QStringLiteral("into_ongoing_work"), QT_TR_NOOP("Taken into the ongoing work")},
        {QStringLiteral("notifier_name"), QT_TR_NOOP("Notifier's name")},
        {QStringLiteral("notifier_organisation"), QT_TR_NOOP("Notifier's organisation")},
        {QStringLiteral("notifier_title"), QT_TR_NOOP("Notifier's title")},
        {QStringLiteral("notifier_phone"), QT_TR_NOOP("Notifier's phone")},
        {QStringLiteral("notifier_email"), QT_TR_NOOP("Notifier's e-mail")},
        {QStringLiteral("notifier_anonymous"), QT_TR_NOOP("Notifier anonymous")},
        {QStringLiteral("police_report"), QT_TR_NOOP("Report to the police")},
        {QStringLiteral("police_reported_on"), QT_TR_NOOP("Reported to the police on")},
        {QStringLiteral("police_no_report_reason"), QT_TR_NOOP("Why not reported to the police")},
        {QStringLiteral("separate_case_reason"), QT_TR_NOOP("Why a case of its own")},
        {QStringLiteral("started_on"), QT_TR_NOOP("Started on")},
        {QStringLiteral("completed_on"), QT_TR_NOOP("Completed on")},
        {QStringLiteral("participants"), QT_TR_NOOP("Taking part")},
        {QStringLiteral("need_duration"), QT_TR_NOOP("Need for support")},
        {QStringLiteral("own_worker_needed"), QT_TR_NOOP("Own worker needed")},
        {QStringLiteral("own_worker_id"), QT_TR_NOOP("Own worker")},
        {QStringLiteral("child_welfare_need"), QT_TR_NOOP("Child welfare need")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("responsible_worker_id"), QT_TR_NOOP("Responsible worker")},
        {QStringLiteral("child_welfare_since"), QT_TR_NOOP("Child welfare client since")},
        {QStringLiteral("child_welfare_basis"), QT_TR_NOOP("Child welfare client status based on")},
        {QStringLiteral("no_plan_reason"), QT_TR_NOOP("Client plan")},
        {QStringLiteral("closed_on"), QT_TR_NOOP("Closed on")},
        {QStringLiteral("closure_reason"), QT_TR_NOOP("Reason for closing")},
        {QStringLiteral("made_on"), QT_TR_NOOP("Plan made on")},
        {QStringLiteral("needs"), QT_TR_NOOP("Service and support needs")},
        {QStringLiteral("circumstances"), QT_TR_NOOP("Circumstances to influence")},
        {QStringLiteral("services"), QT_TR_NOOP("Services and support measures")},
        {QStringLiteral("estimated_duration"), QT_TR_NOOP("Estimated time")},
        {QStringLiteral("differing_views"), QT_TR_NOOP("Differing views")},
        {QStringLiteral("child_meetings"), QT_TR_NOOP("Meetings with the child")},
        {QStringLiteral("next_review_on"), QT_TR_NOOP("Next review")},
        {QStringLiteral("child_opinion"), QT_TR_NOOP("Child's own opinion")},
        {QStringLiteral("child_opinion_how"), QT_TR_NOOP("How the child's opinion was found out")},
        {QStringLiteral("guardians_views"), QT_TR_NOOP("Guardians' views")},
        {QStringLiteral("child_met"), QT_TR_NOOP("Child met in person")},
        {QStringLiteral("child_met_how"), QT_TR_NOOP("How the child was met")}};
    const auto it = names.constFind(column);
    return it == names.constEnd() ? table + QLatin1Char('.') + column : tr(it.value());
}

QString Labels::storedValue(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return {};
    static const QStringList yesNo{QStringLiteral("is_notification"), QStringLiteral("urgent"),
                                   QStringLiteral("assessment_starts"), QStringLiteral("own_worker_needed"),
                                   QStringLiteral("child_welfare_need"), QStringLiteral("into_ongoing_work"),
                                   QStringLiteral("opens_case"), QStringLiteral("child_met"),
                                   QStringLiteral("notifier_anonymous")};
    if (yesNo.contains(column))
        return value == QLatin1String("1") ? tr("yes") : tr("no");
    if (column == QLatin1String("need_duration"))
        return needDuration(codes::fromCode(codes::needDurations, value));
    if (column == QLatin1String("no_plan_reason"))
        return noPlanReason(codes::fromCode(codes::noPlanReasons, value));
    if (column == QLatin1String("channel"))
        return channel(codes::fromCode(codes::channels, value));
    if (column == QLatin1String("contact_by"))
        return contactBy(codes::fromCode(codes::contactsBy, value));
    if (column == QLatin1String("authority_kind"))
        return authority(codes::fromCode(codes::authorityKinds, value));
    if (column == QLatin1String("notifier_kind"))
        return notifier(codes::fromCode(codes::notifierKinds, value));
    if (column == QLatin1String("police_report"))
        return policeReport(codes::fromCode(codes::policeReports, value));
    if (column == QLatin1String("reasons")) {
        QStringList names;
        for (const QString &code : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            names << reason(codes::fromCode(codes::reasons, code));
        return names.join(QLatin1String(", "));
    }
    if (const QDate day = QDate::fromString(value, Qt::ISODate); day.isValid())
        return date(day);
    if (const QDateTime moment = QDateTime::fromString(value, Qt::ISODate); moment.isValid())
        return dateTime(moment.toLocalTime());
    return value;
}

QString Labels::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("d.M.yyyy")) : QString();
}

QString Labels::dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("d.M.yyyy HH.mm")) : QString();
}

} // namespace tukipolku

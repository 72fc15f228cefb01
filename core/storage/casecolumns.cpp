#include "storage/casecolumns.h"

#include "storage/codes.h"

#include <QStringList>

namespace tukipolku::casecolumns {

namespace {
QVariant optionalBool(const std::optional<bool> &value)
{
    return value.has_value() ? QVariant(int(*value)) : QVariant();
}

std::optional<bool> toOptionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

QString reasonsText(const QList<ContactReason> &reasons)
{
    QStringList list;
    for (ContactReason reason : reasons)
        list << codes::toCode(codes::reasons, reason);
    return list.join(QLatin1Char(' '));
}

QList<ContactReason> toReasons(const QString &text)
{
    QList<ContactReason> reasons;
    for (const QString &code : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        reasons << codes::fromCode(codes::reasons, code);
    return reasons;
}

QString value(const QSqlRecord &record, const char *name)
{
    return record.value(QLatin1String(name)).toString();
}
} // namespace

QVariantMap fromInitiation(const Initiation &i)
{
    return {{QStringLiteral("received_at"), codes::dateTime(i.receivedAt)},
            {QStringLiteral("channel"), codes::toCode(codes::channels, i.channel)},
            {QStringLiteral("contact_by"), codes::toCode(codes::contactsBy, i.contactBy)},
            {QStringLiteral("authority_kind"), codes::toCode(codes::authorityKinds, i.authorityKind)},
            {QStringLiteral("is_notification"), int(i.isNotification)},
            {QStringLiteral("notifier_kind"), codes::toCode(codes::notifierKinds, i.notifierKind)},
            {QStringLiteral("reasons"), reasonsText(i.reasons)},
            {QStringLiteral("description"), i.description},
            {QStringLiteral("urgency_assessed_at"), codes::dateTime(i.urgencyAssessedAt)},
            {QStringLiteral("urgency_assessed_by"), codes::text(i.urgencyAssessedBy)},
            {QStringLiteral("urgent"), optionalBool(i.urgent)},
            {QStringLiteral("decided_on"), codes::date(i.decidedOn)},
            {QStringLiteral("assessment_starts"), optionalBool(i.assessmentStarts)},
            {QStringLiteral("no_assessment_reason"), i.noAssessmentReason},
            {QStringLiteral("informed_on"), codes::date(i.informedOn)},
            {QStringLiteral("into_ongoing_work"), int(i.intoOngoingWork)},
            {QStringLiteral("notifier_name"), i.notifierName.trimmed()},
            {QStringLiteral("notifier_organisation"), i.notifierOrganisation.trimmed()},
            {QStringLiteral("notifier_title"), i.notifierTitle.trimmed()},
            {QStringLiteral("notifier_phone"), i.notifierPhone.trimmed()},
            {QStringLiteral("notifier_email"), i.notifierEmail.trimmed()},
            {QStringLiteral("notifier_anonymous"), int(i.notifierAnonymous)},
            {QStringLiteral("police_report"), codes::toCode(codes::policeReports, i.policeReport)},
            {QStringLiteral("police_reported_on"), codes::date(i.policeReportedOn)},
            {QStringLiteral("police_no_report_reason"), i.policeNoReportReason.trimmed()},
            {QStringLiteral("separate_case_reason"), i.separateCaseReason.trimmed()}};
}

Initiation toInitiation(const QSqlRecord &r)
{
    Initiation i;
    i.id = value(r, "id");
    i.receivedAt = codes::toDateTime(r.value(QStringLiteral("received_at")));
    i.channel = codes::fromCode(codes::channels, value(r, "channel"));
    i.contactBy = codes::fromCode(codes::contactsBy, value(r, "contact_by"));
    i.authorityKind = codes::fromCode(codes::authorityKinds, value(r, "authority_kind"));
    i.isNotification = r.value(QStringLiteral("is_notification")).toInt() != 0;
    i.notifierKind = codes::fromCode(codes::notifierKinds, value(r, "notifier_kind"));
    i.reasons = toReasons(value(r, "reasons"));
    i.description = value(r, "description");
    i.urgencyAssessedAt = codes::toDateTime(r.value(QStringLiteral("urgency_assessed_at")));
    i.urgencyAssessedBy = value(r, "urgency_assessed_by");
    i.urgent = toOptionalBool(r.value(QStringLiteral("urgent")));
    i.decidedOn = codes::toDate(r.value(QStringLiteral("decided_on")));
    i.assessmentStarts = toOptionalBool(r.value(QStringLiteral("assessment_starts")));
    i.noAssessmentReason = value(r, "no_assessment_reason");
    i.informedOn = codes::toDate(r.value(QStringLiteral("informed_on")));
    i.opensCase = r.value(QStringLiteral("opens_case")).toInt() != 0;
    i.intoOngoingWork = r.value(QStringLiteral("into_ongoing_work")).toInt() != 0;
    i.notifierName = value(r, "notifier_name");
    i.notifierOrganisation = value(r, "notifier_organisation");
    i.notifierTitle = value(r, "notifier_title");
    i.notifierPhone = value(r, "notifier_phone");
    i.notifierEmail = value(r, "notifier_email");
    i.notifierAnonymous = r.value(QStringLiteral("notifier_anonymous")).toInt() != 0;
    i.policeReport = codes::fromCode(codes::policeReports, value(r, "police_report"));
    i.policeReportedOn = codes::toDate(r.value(QStringLiteral("police_reported_on")));
    i.policeNoReportReason = value(r, "police_no_report_reason");
    i.separateCaseReason = value(r, "separate_case_reason");
    return i;
}

QVariantMap fromAssessment(const Assessment &a)
{
    return {{QStringLiteral("started_on"), codes::date(a.startedOn)},
            {QStringLiteral("completed_on"), codes::date(a.completedOn)},
            {QStringLiteral("participants"), a.participants},
            {QStringLiteral("child_met"), int(a.childMet)},
            {QStringLiteral("child_met_how"), a.childMetHow},
            {QStringLiteral("need_duration"), codes::toCode(codes::needDurations, a.needDuration)},
            {QStringLiteral("own_worker_needed"), int(a.ownWorkerNeeded)},
            {QStringLiteral("own_worker_id"), codes::text(a.ownWorkerNeeded ? a.ownWorkerId : QString())},
            {QStringLiteral("child_welfare_need"), int(a.childWelfareNeed)},
            {QStringLiteral("summary"), a.summary}};
}

Assessment toAssessment(const QSqlRecord &r)
{
    Assessment a;
    a.id = value(r, "id");
    a.startedOn = codes::toDate(r.value(QStringLiteral("started_on")));
    a.completedOn = codes::toDate(r.value(QStringLiteral("completed_on")));
    a.participants = value(r, "participants");
    a.childMet = r.value(QStringLiteral("child_met")).toInt() != 0;
    a.childMetHow = value(r, "child_met_how");
    a.needDuration = codes::fromCode(codes::needDurations, value(r, "need_duration"));
    a.ownWorkerNeeded = r.value(QStringLiteral("own_worker_needed")).toInt() != 0;
    a.ownWorkerId = value(r, "own_worker_id");
    a.childWelfareNeed = r.value(QStringLiteral("child_welfare_need")).toInt() != 0;
    a.summary = value(r, "summary");
    return a;
}

QVariantMap fromPlan(const ClientPlan &p)
{
    return {{QStringLiteral("made_on"), codes::date(p.madeOn)},
            {QStringLiteral("participants"), p.participants},
            {QStringLiteral("needs"), p.needs},
            {QStringLiteral("circumstances"), p.circumstances},
            {QStringLiteral("services"), p.services},
            {QStringLiteral("estimated_duration"), p.estimatedDuration},
            {QStringLiteral("differing_views"), p.differingViews},
            {QStringLiteral("child_opinion"), p.childOpinion},
            {QStringLiteral("child_opinion_how"), p.childOpinionHow},
            {QStringLiteral("guardians_views"), p.guardiansViews},
            {QStringLiteral("child_meetings"), p.childMeetings},
            {QStringLiteral("next_review_on"), codes::date(p.nextReviewOn)}};
}

ClientPlan toPlan(const QSqlRecord &r)
{
    ClientPlan p;
    p.id = value(r, "id");
    p.version = r.value(QStringLiteral("version")).toInt();
    p.madeOn = codes::toDate(r.value(QStringLiteral("made_on")));
    p.participants = value(r, "participants");
    p.needs = value(r, "needs");
    p.circumstances = value(r, "circumstances");
    p.services = value(r, "services");
    p.estimatedDuration = value(r, "estimated_duration");
    p.differingViews = value(r, "differing_views");
    p.childOpinion = value(r, "child_opinion");
    p.childOpinionHow = value(r, "child_opinion_how");
    p.guardiansViews = value(r, "guardians_views");
    p.childMeetings = value(r, "child_meetings");
    p.nextReviewOn = codes::toDate(r.value(QStringLiteral("next_review_on")));
    return p;
}

} // namespace tukipolku::casecolumns

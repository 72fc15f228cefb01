#include "documents/clientplandocument.h"

#include <QVariantList>

namespace tukipolku {

using namespace DocumentText;

namespace {
QVariantMap textSection(const QString &key, const QString &text)
{
    return {{key, lines(text)}, {QStringLiteral("has_") + key, !text.trimmed().isEmpty()}};
}
} // namespace

PageDecoration ClientPlanDocument::decoration(const Input &in, const QString &language)
{
    const bool swedish = language == QLatin1String("sv");
    const QString title = swedish ? QStringLiteral("KLIENTPLAN, version %1").arg(in.plan.version)
                                  : QStringLiteral("ASIAKASSUUNNITELMA, versio %1").arg(in.plan.version);
    return {in.organisation.inLanguage(language).organiser, in.organisation.inLanguage(language).unit, title, in.clientCase.caseNumber,
            confidentialityMarking(language), in.organisation.documentFooter, in.organisation.logo};
}

QVariantMap ClientPlanDocument::data(const Input &in, const QString &language)
{
    const ClientPlan &p = in.plan;
    const Person &child = in.clientCase.child;
    QVariantList goals;
    for (const PlanGoal &goal : p.goals)
        goals << QVariantMap{{QStringLiteral("goal"), goal.goal}, {QStringLiteral("target"), day(goal.targetDate)}};
    QVariantList decided;
    for (const DecidedMeasure &m : in.decided)
        decided << QVariantMap{{QStringLiteral("name"), m.name},
                               {QStringLiteral("start"), day(m.start)},
                               {QStringLiteral("end"), day(m.end)},
                               {QStringLiteral("number"), m.decisionNumber}};
    QVariantMap data{{QStringLiteral("language"), language},
                     {QStringLiteral("decided"), decided},
                     {QStringLiteral("has_decided"), !decided.isEmpty()},
                     {QStringLiteral("organiser"), in.organisation.inLanguage(language).organiser},
                     {QStringLiteral("unit"), in.organisation.inLanguage(language).unit},
                     {QStringLiteral("case_number"), in.clientCase.caseNumber},
                     {QStringLiteral("child_name"), child.fullName()},
                     {QStringLiteral("child_identity"), child.identityCode.isEmpty() ? day(child.birthDate) : child.identityCode},
                     {QStringLiteral("version"), p.version},
                     {QStringLiteral("made_on"), day(p.madeOn)},
                     {QStringLiteral("participants"), p.participants},
                     {QStringLiteral("goals"), goals},
                     {QStringLiteral("has_goals"), !goals.isEmpty()},
                     {QStringLiteral("estimated_duration"), p.estimatedDuration},
                     {QStringLiteral("has_estimated_duration"), !p.estimatedDuration.trimmed().isEmpty()},
                     {QStringLiteral("next_review"), day(p.nextReviewOn)},
                     {QStringLiteral("marking"), confidentialityMarking(language)}};
    data.insert(textSection(QStringLiteral("needs"), p.needs));
    data.insert(textSection(QStringLiteral("circumstances"), p.circumstances));
    data.insert(textSection(QStringLiteral("services"), p.services));
    data.insert(textSection(QStringLiteral("differing_views"), p.differingViews));
    data.insert(textSection(QStringLiteral("child_opinion"), p.childOpinion));
    data.insert(textSection(QStringLiteral("child_opinion_how"), p.childOpinionHow));
    data.insert(textSection(QStringLiteral("guardians_views"), p.guardiansViews));
    data.insert(textSection(QStringLiteral("child_meetings"), p.childMeetings));
    return data;
}

} // namespace tukipolku

#include "documents/decisiondocument.h"
#include "common/clock.h"
#include "rules/appealinstructions.h"
#include "rules/decisionrules.h"
#include "rules/serviceprovisions.h"

#include <QLocale>

#include <QVariantList>

namespace tukipolku {

using namespace DocumentText;

PageDecoration DecisionDocument::decoration(const Input &in, const QString &language)
{
    const bool swedish = language == QLatin1String("sv");
    const Organisation o = in.organisation.inLanguage(language);
    QString title = swedish ? QStringLiteral("BESLUT") : QStringLiteral("PÄÄTÖS");
    if (!in.decision.number.isEmpty())
        title += QLatin1Char(' ') + in.decision.number;
    return {o.organiser, o.unit, title, in.clientCase.caseNumber,
            confidentialityMarking(language), o.documentFooter, o.logo};
}

namespace {
QString number(double value, const QString &language)
{
    return QLocale(language == QLatin1String("sv") ? QLocale::Swedish : QLocale::Finnish)
        .toString(value, 'g', 4);
}

// The amounts of an extent, each with whether it is exactly one (the
// templates' words differ: "1 hoitovuorokausi", "2 hoitovuorokautta").
QVariantMap amounts(const DecisionExtent &e, const QString &language)
{
    return {{QStringLiteral("days"), number(e.daysPerMonth, language)},
            {QStringLiteral("days_one"), qFuzzyCompare(e.daysPerMonth, 1.0)},
            {QStringLiteral("meetings"), QString::number(e.meetingsPerMonth)},
            {QStringLiteral("meetings_one"), e.meetingsPerMonth == 1},
            {QStringLiteral("hours"), number(e.hoursPerWeek, language)},
            {QStringLiteral("hours_one"), qFuzzyCompare(e.hoursPerWeek, 1.0)},
            {QStringLiteral("intensified"), e.intensified}};
}

QString providerKindCode(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::SupportFamily: return QStringLiteral("support_family");
    case ProviderKind::SupportPerson: return QStringLiteral("support_person");
    case ProviderKind::FamilyWorker: return QStringLiteral("family_worker");
    }
    return {};
}

// A provider by name and kind, never by address (a support family's address
// is not the child's family's business, nor the other way round).
QVariantMap providerData(const Provider &p)
{
    const QString kind = providerKindCode(p.kind);
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("is_support_family"), kind == QLatin1String("support_family")},
            {QStringLiteral("is_support_person"), kind == QLatin1String("support_person")},
            {QStringLiteral("is_family_worker"), kind == QLatin1String("family_worker")}};
}
} // namespace

QVariantMap DecisionDocument::extentData(const Input &in, const QString &language)
{
    const Decision &d = in.decision;
    const InDepthType inDepth = in.service.inDepth;
    const bool grants = DecisionRules::grantsExtent(d.subject);
    QVariantMap data{{QStringLiteral("grants"), grants},
                     {QStringLiteral("amount"), amounts(d.extent, language)},
                     {QStringLiteral("is_support_family"), grants && inDepth == InDepthType::SupportFamily},
                     {QStringLiteral("is_support_person"), grants && inDepth == InDepthType::SupportPerson},
                     {QStringLiteral("is_family_work"), grants && inDepth == InDepthType::FamilyWork},
                     {QStringLiteral("in_house"), in.service.kind == MeasureKind::InHouse},
                     {QStringLiteral("partner"), in.service.kind == MeasureKind::Partner},
                     {QStringLiteral("financial"), in.service.kind == MeasureKind::Financial},
                     {QStringLiteral("has_provider"), grants && !in.provider.id.isEmpty()},
                     {QStringLiteral("provider"), providerData(in.provider)}};
    // Child welfare open-care support, social work and guidance cost the
    // client nothing (client fees act 734/1992 4 §); a financial support is no service.
    const int freePoint = ServiceProvisions::freeOfChargePoint(in.service.code, d.basis, in.service.kind);
    data.insert(QStringLiteral("free_of_charge"), grants && freePoint > 0);
    data.insert(QStringLiteral("free_point"), QString::number(freePoint));
    QVariantList changes;
    if (d.subject == DecisionSubject::Change && !in.granted.id.isEmpty()) {
        for (DecisionChange change : DecisionRules::changes(in.granted, d)) {
            QVariantMap row{{QStringLiteral("days"), change == DecisionChange::DaysPerMonth},
                            {QStringLiteral("meetings"), change == DecisionChange::MeetingsPerMonth},
                            {QStringLiteral("hours"), change == DecisionChange::HoursPerWeek},
                            {QStringLiteral("intensified_change"), change == DecisionChange::Intensified},
                            {QStringLiteral("end_date"), change == DecisionChange::EndDate},
                            {QStringLiteral("provider_change"), change == DecisionChange::Provider},
                            {QStringLiteral("before"), amounts(in.granted.extent, language)},
                            {QStringLiteral("after"), amounts(d.extent, language)},
                            {QStringLiteral("end_before"), day(in.granted.end)},
                            {QStringLiteral("end_after"), day(d.end)},
                            {QStringLiteral("provider_before"), in.grantedProvider.name},
                            {QStringLiteral("provider_after"), in.provider.name}};
            changes.append(row);
        }
    }
    data.insert(QStringLiteral("changes"), changes);
    data.insert(QStringLiteral("has_changes"), !changes.isEmpty());
    data.insert(QStringLiteral("granted_number"), in.granted.number);
    data.insert(QStringLiteral("granted_issued"), day(in.granted.issuedOn));
    return data;
}

QVariantMap DecisionDocument::hearingData(const Input &in)
{
    const Decision &d = in.decision;
    QVariantList hearings;
    for (const QString &party : DecisionRules::partyLines(d)) {
        const auto found = std::find_if(d.hearings.cbegin(), d.hearings.cend(),
                                        [&party](const DecisionHearing &h) { return h.party == party; });
        const DecisionHearing h = found != d.hearings.cend() ? *found : DecisionHearing{};
        hearings.append(QVariantMap{
            {QStringLiteral("party"), party},
            {QStringLiteral("heard"), h.exception == HearingException::None && h.heardOn.isValid()},
            {QStringLiteral("heard_on"), day(h.heardOn)},
            {QStringLiteral("how"), h.how},
            {QStringLiteral("not_recorded"), !h.isRecorded()},
            {QStringLiteral("dismissed"), h.exception == HearingException::Dismissed},
            {QStringLiteral("granted_or_needless"), h.exception == HearingException::GrantedOrNeedless},
            {QStringLiteral("jeopardises"), h.exception == HearingException::Jeopardises}});
    }
    return {{QStringLiteral("has_hearings"), std::any_of(d.hearings.cbegin(), d.hearings.cend(),
                                                          [](const DecisionHearing &h) { return h.isRecorded(); })},
            {QStringLiteral("hearings"), hearings},
            {QStringLiteral("child_opinion_found"), d.childOpinion == ChildOpinion::FoundOut},
            {QStringLiteral("child_opinion_not_found"), d.childOpinion == ChildOpinion::CouldNotBeFoundOut},
            {QStringLiteral("child_opinion"), lines(d.childOpinionText)},
            {QStringLiteral("child_opinion_how"), lines(d.childOpinionHow)}};
}

QVariantMap DecisionDocument::data(const Input &in, const QString &language)
{
    const Decision &d = in.decision;
    const Person &child = in.clientCase.child;
    const Organisation o = in.organisation.inLanguage(language);
    QStringList maker{in.decisionMaker.fullName()};
    if (!in.decisionMaker.title.isEmpty())
        maker << in.decisionMaker.title;
    QVariantMap data{{QStringLiteral("language"), language},
            {QStringLiteral("organiser"), o.organiser},
            {QStringLiteral("unit"), o.unit},
            {QStringLiteral("postal_address"), o.fullPostalAddress()},
            {QStringLiteral("phone"), o.phone},
            {QStringLiteral("phone_hours"), o.phoneHours},
            {QStringLiteral("email"), o.email},
            {QStringLiteral("emergency_line"), o.emergencyLine},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("draft"), d.status == DecisionStatus::Draft},
            {QStringLiteral("issued_on"), day(d.issuedOn)},
            {QStringLiteral("case_number"), in.clientCase.caseNumber},
            {QStringLiteral("child_name"), child.fullName()},
            {QStringLiteral("child_identity"), child.identityCode.isEmpty() ? day(child.birthDate) : child.identityCode},
            {QStringLiteral("subject_start"), d.subject == DecisionSubject::Start},
            {QStringLiteral("subject_continue"), d.subject == DecisionSubject::Continue},
            {QStringLiteral("subject_change"), d.subject == DecisionSubject::Change},
            {QStringLiteral("subject_end"), d.subject == DecisionSubject::End},
            {QStringLiteral("subject_refuse"), d.subject == DecisionSubject::Refuse},
            {QStringLiteral("child_welfare_act"), d.basis == LegalBasis::ChildWelfareAct},
            {QStringLiteral("service"), in.serviceName},
            {QStringLiteral("goal"), lines(d.goal)},
            {QStringLiteral("start"), day(d.start)},
            {QStringLiteral("end"), day(d.end)},
            {QStringLiteral("provisions"), d.provisions},
            {QStringLiteral("facts"), lines(d.facts)},
            {QStringLiteral("views"), lines(d.views)},
            {QStringLiteral("has_views"), !d.views.trimmed().isEmpty()},
            {QStringLiteral("reasons"), lines(d.reasons)},
            {QStringLiteral("parties"), lines(d.parties)},
            {QStringLiteral("decision_maker"), maker.join(QLatin1String(", "))},
            {QStringLiteral("contact_person"), d.contactPerson},
            {QStringLiteral("board_name"), o.boardName},
            {QStringLiteral("registry_address"), o.registryAddress},
            {QStringLiteral("registry_email"), o.registryEmail},
            {QStringLiteral("registry_hours"), o.registryHours},
            // The names of version 26 and before, for an organiser's own templates.
            {QStringLiteral("board_address"), o.registryAddress},
            {QStringLiteral("board_email"), o.registryEmail},
            {QStringLiteral("child_may_appeal"),
             AppealInstructions::childMayAppeal(child, d.basis, d.issuedOn.isValid() ? d.issuedOn : Clock::today())},
            {QStringLiteral("child_appeal_age"), AppealInstructions::childAppealAge(d.basis)},
            {QStringLiteral("marking"), confidentialityMarking(language)},
            {QStringLiteral("corrects"), !d.correctsId.isEmpty()},
            {QStringLiteral("corrected_number"), in.corrected.number},
            {QStringLiteral("corrected_issued"), day(in.corrected.issuedOn)},
            // Sections for what the settings may leave empty.
            {QStringLiteral("has_registry_address"), !o.registryAddress.isEmpty()},
            {QStringLiteral("has_registry_email"), !o.registryEmail.isEmpty()},
            {QStringLiteral("has_registry_hours"), !o.registryHours.isEmpty()},
            {QStringLiteral("has_board_address"), !o.registryAddress.isEmpty()},
            {QStringLiteral("has_board_email"), !o.registryEmail.isEmpty()},
            {QStringLiteral("has_emergency_line"), !o.emergencyLine.isEmpty()},
            {QStringLiteral("has_phone"), !o.phone.isEmpty()},
            {QStringLiteral("has_phone_hours"), !o.phoneHours.isEmpty()},
            {QStringLiteral("has_email"), !o.email.isEmpty()},
            {QStringLiteral("has_postal_address"), !o.fullPostalAddress().isEmpty()},
            {QStringLiteral("extent"), extentData(in, language)},
            {QStringLiteral("error_of_fact"), d.correctionGround == CorrectionGround::ErrorOfFact},
            {QStringLiteral("clerical_error"), d.correctionGround == CorrectionGround::ClericalError},
            {QStringLiteral("correction_detriment"), d.correctionDetriment},
            {QStringLiteral("correction_consent"), lines(d.correctionConsent)}};
    data.insert(hearingData(in));
    return data;
}

} // namespace tukipolku

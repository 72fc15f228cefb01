#include "documents/decisiondocument.h"
#include "common/clock.h"
#include "rules/appealinstructions.h"

#include <QVariantList>

namespace tukipolku {

using namespace DocumentText;

PageDecoration DecisionDocument::decoration(const Input &in, const QString &language)
{
    const bool swedish = language == QLatin1String("sv");
    QString title = swedish ? QStringLiteral("BESLUT") : QStringLiteral("PÄÄTÖS");
    if (!in.decision.number.isEmpty())
        title += QLatin1Char(' ') + in.decision.number;
    return {in.organisation.organiser, in.organisation.unit, title, in.clientCase.caseNumber,
            confidentialityMarking(language), in.organisation.documentFooter, in.organisation.logo};
}

QVariantMap DecisionDocument::data(const Input &in, const QString &language)
{
    const Decision &d = in.decision;
    const Person &child = in.clientCase.child;
    QStringList maker{in.decisionMaker.fullName()};
    if (!in.decisionMaker.title.isEmpty())
        maker << in.decisionMaker.title;
    return {{QStringLiteral("language"), language},
            {QStringLiteral("organiser"), in.organisation.organiser},
            {QStringLiteral("unit"), in.organisation.unit},
            {QStringLiteral("postal_address"), in.organisation.fullPostalAddress()},
            {QStringLiteral("phone"), in.organisation.phone},
            {QStringLiteral("phone_hours"), in.organisation.phoneHours},
            {QStringLiteral("email"), in.organisation.email},
            {QStringLiteral("emergency_line"), in.organisation.emergencyLine},
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
            {QStringLiteral("board_name"), in.organisation.boardName},
            {QStringLiteral("board_address"), in.organisation.boardAddress},
            {QStringLiteral("board_email"), in.organisation.boardEmail},
            {QStringLiteral("child_may_appeal"),
             AppealInstructions::childMayAppeal(child, d.basis, d.issuedOn.isValid() ? d.issuedOn : Clock::today())},
            {QStringLiteral("child_appeal_age"), AppealInstructions::childAppealAge(d.basis)},
            {QStringLiteral("marking"), confidentialityMarking(language)},
            {QStringLiteral("corrects"), !d.correctsId.isEmpty()},
            {QStringLiteral("corrected_number"), in.corrected.number},
            {QStringLiteral("corrected_issued"), day(in.corrected.issuedOn)},
            // Sections for what the settings may leave empty.
            {QStringLiteral("has_board_address"), !in.organisation.boardAddress.isEmpty()},
            {QStringLiteral("has_board_email"), !in.organisation.boardEmail.isEmpty()},
            {QStringLiteral("has_emergency_line"), !in.organisation.emergencyLine.isEmpty()},
            {QStringLiteral("has_phone"), !in.organisation.phone.isEmpty()},
            {QStringLiteral("has_phone_hours"), !in.organisation.phoneHours.isEmpty()},
            {QStringLiteral("has_email"), !in.organisation.email.isEmpty()},
            {QStringLiteral("has_postal_address"), !in.organisation.fullPostalAddress().isEmpty()}};
}

} // namespace tukipolku

#include "storage/frozencontent.h"

#include "storage/codes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tukipolku {

namespace {
QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

QByteArray FrozenContent::of(const Agreement &a)
{
    QJsonArray parties;
    for (const AgreementParty &party : a.parties) {
        parties.append(QJsonObject{{QStringLiteral("role"), codes::toCode(codes::partyRoles, party.role)},
                                   {QStringLiteral("name"), party.name},
                                   {QStringLiteral("signed_on"), day(party.signedOn)}});
    }
    const QJsonObject content{{QStringLiteral("version"), a.version},
                              {QStringLiteral("goals"), a.goals},
                              {QStringLiteral("start_on"), day(a.start)},
                              {QStringLiteral("end_on"), day(a.end)},
                              {QStringLiteral("support_need"), a.supportNeed},
                              {QStringLiteral("frequency"), a.frequency},
                              {QStringLiteral("place_and_manner"), a.placeAndManner},
                              {QStringLiteral("transport"), a.transport},
                              {QStringLiteral("contacts"), a.contacts},
                              {QStringLiteral("illness_and_cancelling"), a.illnessAndCancelling},
                              {QStringLiteral("review_and_ending"), a.reviewAndEnding},
                              {QStringLiteral("confidentiality"), a.confidentiality},
                              {QStringLiteral("fee_cents"), a.feeCents},
                              {QStringLiteral("fee_unit"), codes::toCode(codes::rateUnits, a.feeUnit)},
                              {QStringLiteral("expenses_cents"), a.expensesCents},
                              {QStringLiteral("expenses_unit"), codes::toCode(codes::rateUnits, a.expensesUnit)},
                              {QStringLiteral("mileage_cents_per_km"), a.mileageCentsPerKm},
                              {QStringLiteral("parties"), parties}};
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

QByteArray FrozenContent::of(const Decision &d, const QString &appealInstructions)
{
    QJsonArray hearings;
    for (const DecisionHearing &h : d.hearings) {
        hearings.append(QJsonObject{{QStringLiteral("party"), h.party},
                                    {QStringLiteral("heard_on"), day(h.heardOn)},
                                    {QStringLiteral("how"), h.how},
                                    {QStringLiteral("exception"), codes::toCode(codes::hearingExceptions, h.exception)}});
    }
    const QJsonObject content{{QStringLiteral("number"), d.number},
                              {QStringLiteral("issued_on"), day(d.issuedOn)},
                              {QStringLiteral("subject"), codes::toCode(codes::decisionSubjects, d.subject)},
                              {QStringLiteral("service_id"), d.serviceId},
                              {QStringLiteral("legal_basis"), codes::toCode(codes::legalBases, d.basis)},
                              {QStringLiteral("provisions"), d.provisions},
                              {QStringLiteral("goal"), d.goal},
                              {QStringLiteral("start_on"), day(d.start)},
                              {QStringLiteral("end_on"), day(d.end)},
                              {QStringLiteral("facts"), d.facts},
                              {QStringLiteral("views"), d.views},
                              {QStringLiteral("reasons"), d.reasons},
                              {QStringLiteral("parties"), d.parties},
                              {QStringLiteral("decision_maker_id"), d.decisionMakerId},
                              {QStringLiteral("contact_person"), d.contactPerson},
                              {QStringLiteral("corrects_id"), d.correctsId},
                              {QStringLiteral("correction_ground"), codes::toCode(codes::correctionGrounds, d.correctionGround)},
                              {QStringLiteral("correction_detriment"), d.correctionDetriment},
                              {QStringLiteral("correction_consent"), d.correctionConsent},
                              {QStringLiteral("backdating_reason"), d.backdatingReason},
                              {QStringLiteral("child_opinion"), codes::toCode(codes::childOpinions, d.childOpinion)},
                              {QStringLiteral("child_opinion_text"), d.childOpinionText},
                              {QStringLiteral("child_opinion_how"), d.childOpinionHow},
                              {QStringLiteral("hearings"), hearings},
                              {QStringLiteral("days_per_month"), d.extent.daysPerMonth},
                              {QStringLiteral("meetings_per_month"), d.extent.meetingsPerMonth},
                              {QStringLiteral("hours_per_week"), d.extent.hoursPerWeek},
                              {QStringLiteral("intensified"), d.extent.intensified},
                              {QStringLiteral("provider_id"), d.extent.providerId},
                              {QStringLiteral("appeal_instructions"), appealInstructions}};
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

} // namespace tukipolku

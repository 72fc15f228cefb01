#include "documents/agreementdocument.h"

#include <QVariantList>

namespace tukipolku {

using namespace DocumentText;

namespace {
bool isSwedish(const QString &language)
{
    return language == QLatin1String("sv");
}

QString title(InDepthType kind, const QString &language)
{
    if (kind == InDepthType::SupportPerson)
        return isSwedish(language) ? QStringLiteral("AVTAL OM STÖDPERSON") : QStringLiteral("TUKIHENKILÖSOPIMUS");
    if (kind == InDepthType::FamilyWork)
        return isSwedish(language) ? QStringLiteral("AVTAL OM FAMILJEARBETE") : QStringLiteral("PERHETYÖN SOPIMUS");
    return isSwedish(language) ? QStringLiteral("AVTAL OM STÖDFAMILJ") : QStringLiteral("TUKIPERHESOPIMUS");
}

QVariantList parties(const AgreementDocument::Input &in, const QString &language)
{
    QVariantList list;
    for (const AgreementParty &party : in.agreement.parties)
        list << QVariantMap{{QStringLiteral("role"), AgreementDocument::roleText(party.role, in.kind, language)},
                            {QStringLiteral("name"), party.name},
                            {QStringLiteral("signed"), party.signedOn.isValid()},
                            {QStringLiteral("signed_on"), day(party.signedOn)}};
    return list;
}
} // namespace

QString AgreementDocument::templateKind(InDepthType kind)
{
    switch (kind) {
    case InDepthType::SupportPerson: return QStringLiteral("support_person_agreement");
    case InDepthType::FamilyWork: return QStringLiteral("family_work_agreement");
    case InDepthType::SupportFamily:
    case InDepthType::None: break;
    }
    return QStringLiteral("support_family_agreement");
}

QString AgreementDocument::unitText(RateUnit unit, const QString &language)
{
    const bool sv = isSwedish(language);
    switch (unit) {
    case RateUnit::PerDayOfCare:
        return sv ? QStringLiteral("per vårddygn") : QStringLiteral("hoitovuorokaudelta");
    case RateUnit::PerMeeting:
        return sv ? QStringLiteral("per träff") : QStringLiteral("tapaamiskerralta");
    case RateUnit::PerMonth:
        return sv ? QStringLiteral("per månad") : QStringLiteral("kuukaudessa");
    }
    return {};
}

QString AgreementDocument::roleText(PartyRole role, InDepthType kind, const QString &language)
{
    const bool sv = isSwedish(language);
    switch (role) {
    case PartyRole::Guardian:
        return sv ? QStringLiteral("Vårdnadshavare") : QStringLiteral("Huoltaja");
    case PartyRole::Provider:
        if (kind == InDepthType::SupportPerson)
            return sv ? QStringLiteral("Stödperson") : QStringLiteral("Tukihenkilö");
        if (kind == InDepthType::FamilyWork)
            return sv ? QStringLiteral("Familjearbetare") : QStringLiteral("Perhetyöntekijä");
        return sv ? QStringLiteral("Stödfamilj") : QStringLiteral("Tukiperhe");
    case PartyRole::Unit:
        return sv ? QStringLiteral("Företrädare för anordnaren") : QStringLiteral("Järjestäjän edustaja");
    case PartyRole::Child:
        return sv ? QStringLiteral("Barn") : QStringLiteral("Lapsi");
    }
    return {};
}

PageDecoration AgreementDocument::decoration(const Input &in, const QString &language)
{
    QString heading = title(in.kind, language);
    if (in.agreement.version > 1)
        heading += isSwedish(language) ? QStringLiteral(", version %1").arg(in.agreement.version)
                                       : QStringLiteral(", versio %1").arg(in.agreement.version);
    return {in.organisation.inLanguage(language).organiser, in.organisation.inLanguage(language).unit, heading, in.clientCase.caseNumber,
            confidentialityMarking(language), in.organisation.documentFooter, in.organisation.logo};
}

QVariantMap AgreementDocument::data(const Input &in, const QString &language)
{
    const Agreement &a = in.agreement;
    const Person &child = in.clientCase.child;
    return {{QStringLiteral("language"), language},
            {QStringLiteral("title"), title(in.kind, language)},
            {QStringLiteral("organiser"), in.organisation.inLanguage(language).organiser},
            {QStringLiteral("unit"), in.organisation.inLanguage(language).unit},
            {QStringLiteral("case_number"), in.clientCase.caseNumber},
            {QStringLiteral("child_name"), child.fullName()},
            // A copy goes to the support family or person: the birth date, never the identity code.
            {QStringLiteral("child_born"), day(child.birthDate)},
            {QStringLiteral("service"), in.serviceName},
            {QStringLiteral("version"), a.version},
            {QStringLiteral("is_new_version"), a.version > 1},
            {QStringLiteral("draft"), a.status == AgreementStatus::Draft},
            {QStringLiteral("start"), day(a.start)},
            {QStringLiteral("end"), day(a.end)},
            {QStringLiteral("goals"), lines(a.goals)},
            {QStringLiteral("support_need"), lines(a.supportNeed)},
            {QStringLiteral("frequency"), lines(a.frequency)},
            {QStringLiteral("place_and_manner"), lines(a.placeAndManner)},
            {QStringLiteral("transport"), lines(a.transport)},
            {QStringLiteral("contacts"), lines(a.contacts)},
            {QStringLiteral("illness_and_cancelling"), lines(a.illnessAndCancelling)},
            {QStringLiteral("review_and_ending"), lines(a.reviewAndEnding)},
            {QStringLiteral("confidentiality"), lines(a.confidentiality)},
            {QStringLiteral("fee"), euros(a.feeCents, language)},
            {QStringLiteral("fee_unit"), unitText(a.feeUnit, language)},
            {QStringLiteral("has_fee"), a.feeCents > 0},
            {QStringLiteral("expenses"), euros(a.expensesCents, language)},
            {QStringLiteral("expenses_unit"), unitText(a.expensesUnit, language)},
            {QStringLiteral("has_expenses"), a.expensesCents > 0},
            {QStringLiteral("mileage"), euros(a.mileageCentsPerKm, language)},
            {QStringLiteral("has_mileage"), a.mileageCentsPerKm > 0},
            // Optional practices are left out of the document when empty.
            {QStringLiteral("has_frequency"), !a.frequency.trimmed().isEmpty()},
            {QStringLiteral("has_place_and_manner"), !a.placeAndManner.trimmed().isEmpty()},
            {QStringLiteral("has_transport"), !a.transport.trimmed().isEmpty()},
            {QStringLiteral("has_contacts"), !a.contacts.trimmed().isEmpty()},
            {QStringLiteral("has_illness_and_cancelling"), !a.illnessAndCancelling.trimmed().isEmpty()},
            {QStringLiteral("parties"), parties(in, language)},
            {QStringLiteral("marking"), confidentialityMarking(language)}};
}

} // namespace tukipolku

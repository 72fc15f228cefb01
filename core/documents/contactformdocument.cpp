#include "documents/contactformdocument.h"

#include <QVariantList>

namespace tukipolku {

using namespace DocumentText;

namespace {
// The blank form leaves room for two guardians.
constexpr int blankGuardians = 2;

QString address(const Person &person)
{
    const QString town = QString(person.postalCode + QLatin1Char(' ') + person.postOffice).trimmed();
    if (person.streetAddress.isEmpty())
        return town;
    return town.isEmpty() ? person.streetAddress : person.streetAddress + QStringLiteral(", ") + town;
}

QString identity(const Person &person)
{
    return person.identityCode.isEmpty() ? day(person.birthDate) : person.identityCode;
}

QVariantMap personData(const Person &person)
{
    return {{QStringLiteral("name"), person.fullName().trimmed()},
            {QStringLiteral("identity"), identity(person)},
            {QStringLiteral("phone"), person.phone},
            {QStringLiteral("address"), address(person)}};
}

// Who contacted and why, as ticks for the template's check boxes: the labels
// are the template's own, in the document's language.
QVariantMap ticks(const Initiation &initiation)
{
    const auto by = [&initiation](ContactBy who) { return initiation.contactBy == who; };
    const auto authority = [&initiation](AuthorityKind kind) {
        return initiation.contactBy == ContactBy::Authority && initiation.authorityKind == kind;
    };
    const auto reason = [&initiation](ContactReason r) { return initiation.reasons.contains(r); };
    return {{QStringLiteral("by_parent"), by(ContactBy::Parent) || by(ContactBy::Guardian)},
            {QStringLiteral("by_child"), by(ContactBy::Child)},
            {QStringLiteral("by_relative"), by(ContactBy::RelativeOrFriend)},
            {QStringLiteral("by_authority"), by(ContactBy::Authority)},
            {QStringLiteral("authority_clinic"), authority(AuthorityKind::ChildHealthClinic)},
            {QStringLiteral("authority_school"), authority(AuthorityKind::School)},
            {QStringLiteral("authority_daycare"), authority(AuthorityKind::Daycare)},
            {QStringLiteral("authority_police"), authority(AuthorityKind::Police)},
            {QStringLiteral("authority_health"), authority(AuthorityKind::HealthCare)},
            {QStringLiteral("authority_other"), authority(AuthorityKind::Other)},
            {QStringLiteral("reason_everyday"), reason(ContactReason::EverydayCoping)},
            {QStringLiteral("reason_illness"), reason(ContactReason::IllnessOrExhaustion)},
            {QStringLiteral("reason_parenthood"), reason(ContactReason::Parenthood)},
            {QStringLiteral("reason_upbringing"), reason(ContactReason::Upbringing)},
            {QStringLiteral("reason_finances"), reason(ContactReason::Finances)},
            {QStringLiteral("reason_violence"), reason(ContactReason::Violence)}};
}
} // namespace

PageDecoration ContactFormDocument::decoration(const Input &in, const QString &language)
{
    const QString title = language == QLatin1String("sv")
                              ? QStringLiteral("KONTAKT MED SOCIALVÅRDEN FÖR BEDÖMNING AV STÖDBEHOVET")
                              : QStringLiteral("YHTEYDENOTTO SOSIAALIHUOLTOON TUEN TARPEEN ARVIOIMISEKSI");
    const QString caseNumber = in.clientCase ? in.clientCase->caseNumber : QString();
    return {in.organisation.inLanguage(language).organiser, in.organisation.inLanguage(language).unit, title, caseNumber, confidentialityMarking(language),
            in.organisation.documentFooter, in.organisation.logo};
}

QVariantMap ContactFormDocument::data(const Input &in, const QString &language)
{
    const Organisation o = in.organisation.inLanguage(language);
    QVariantMap data{{QStringLiteral("language"), language},
                     {QStringLiteral("blank"), !in.clientCase.has_value()},
                     {QStringLiteral("marking"), confidentialityMarking(language)},
                     {QStringLiteral("organiser"), o.organiser},
                     {QStringLiteral("unit"), o.unit},
                     {QStringLiteral("has_unit"), !o.unit.isEmpty()},
                     {QStringLiteral("postal_address"), o.fullPostalAddress()},
                     {QStringLiteral("has_postal_address"), !o.fullPostalAddress().isEmpty()},
                     {QStringLiteral("phone"), o.phone},
                     {QStringLiteral("has_phone"), !o.phone.isEmpty()},
                     {QStringLiteral("phone_hours"), o.phoneHours},
                     {QStringLiteral("has_phone_hours"), !o.phoneHours.isEmpty()},
                     {QStringLiteral("email"), o.email},
                     {QStringLiteral("has_email"), !o.email.isEmpty()},
                     {QStringLiteral("emergency_line"), o.emergencyLine},
                     {QStringLiteral("has_emergency_line"), !o.emergencyLine.isEmpty()}};
    QVariantList guardians;
    if (!in.clientCase) {
        for (int i = 0; i < blankGuardians; ++i)
            guardians << personData(Person());
        // Every box of the blank form is empty.
        const QVariantMap boxes = ticks(Initiation());
        for (auto box = boxes.cbegin(); box != boxes.cend(); ++box)
            data.insert(box.key(), false);
        data.insert(QStringLiteral("guardians"), guardians);
        return data;
    }
    const ClientCase &c = *in.clientCase;
    for (const Person &guardian : in.guardians)
        guardians << personData(guardian);
    const bool swedish = c.child.language == PersonLanguage::Swedish;
    data.insert(QStringLiteral("guardians"), guardians);
    data.insert(QStringLiteral("child"), personData(c.child));
    data.insert(QStringLiteral("child_finnish"), !swedish);
    data.insert(QStringLiteral("child_swedish"), swedish);
    data.insert(ticks(c.initiation));
    data.insert(QStringLiteral("description"), lines(c.initiation.description));
    data.insert(QStringLiteral("received_on"), day(c.initiation.receivedAt.date()));
    data.insert(QStringLiteral("case_number"), c.caseNumber);
    return data;
}

} // namespace tukipolku

// DemoGenerator: who notified, the police report, and the notifications that
// reach a case after it was opened.
#include "demo/demogenerator.h"

#include "rules/deadlines.h"
#include "rules/workingdays.h"

#include <array>

namespace tukipolku {

namespace {
// The reasons as often as workers meet them: the common ones many times over.
constexpr std::array commonReasons{
    ContactReason::EverydayCoping,       ContactReason::EverydayCoping,   ContactReason::Upbringing,
    ContactReason::Upbringing,           ContactReason::Parenthood,       ContactReason::IllnessOrExhaustion,
    ContactReason::SchoolAbsence,        ContactReason::SchoolAbsence,    ContactReason::ParentSubstanceUse,
    ContactReason::ChildSubstanceUse,    ContactReason::MentalHealth,     ContactReason::NeglectOfCare,
    ContactReason::ChildBehaviourOrCrime, ContactReason::Violence,        ContactReason::Finances,
    ContactReason::ViolenceAgainstChild, ContactReason::ChildOwnRequest,  ContactReason::Other};

struct Professional {
    AuthorityKind kind;
    const char *name;
    const char *organisation;
    const char *title;
};
constexpr std::array professionals{
    Professional{AuthorityKind::ChildHealthClinic, "Sari Niemelä", "Ounasrinteen neuvola", "terveydenhoitaja"},
    Professional{AuthorityKind::School, "Jukka Hirvonen", "Korkalovaaran koulu", "koulukuraattori"},
    Professional{AuthorityKind::Daycare, "Minna Aho", "Päiväkoti Revontuli", "varhaiskasvatuksen opettaja"},
    Professional{AuthorityKind::Police, "Teemu Salmi", "Lapin poliisilaitos", "vanhempi konstaapeli"},
    Professional{AuthorityKind::HealthCare, "Anna Kivelä", "Rovaniemen terveyskeskus", "lääkäri"},
    Professional{AuthorityKind::Other, "Petri Laine", "Nuorisopalvelut", "nuoriso-ohjaaja"}};

// What a later notification says, by who made it: a relative or friend, then
// by authority (AuthorityKind order from the child health clinic on).
constexpr std::array laterDescriptions{
    "Naapuri soittaa: lapset ovat olleet myöhään ulkona ilman aikuista.",
    "Terveydenhoitaja ilmoittaa, että lapsi ei ole tullut sovituille käynneille.",
    "Koulu ilmoittaa, että poissaolot ovat jatkuneet suunnitelman jälkeenkin.",
    "Päiväkoti ilmoittaa, että lasta on haettu useana päivänä myöhässä ja väsyneenä.",
    "Poliisi ilmoittaa kotihälytyksestä viikonloppuna; lapset olivat kotona.",
    "Päivystys ilmoittaa nuoren päihtymyksestä perjantai-iltana.",
    "Nuorisopalvelut ilmoittavat nuoren toistuvista myöhäisistä kotiintuloista."};
} // namespace

ContactReason DemoGenerator::commonReason()
{
    return commonReasons.at(std::size_t(pick(int(commonReasons.size()))));
}

void DemoGenerator::describeNotifier(Initiation &i)
{
    if (i.contactBy == ContactBy::Authority) {
        const Professional &who = professionals.at(std::size_t(std::max(0, int(i.authorityKind) - 1)));
        i.notifierName = QString::fromUtf8(who.name);
        i.notifierOrganisation = QString::fromUtf8(who.organisation);
        i.notifierTitle = QString::fromUtf8(who.title);
        i.notifierPhone = QStringLiteral("040 %1 %2").arg(100 + pick(900)).arg(1000 + pick(9000));
        i.notifierEmail = QStringLiteral("%1@rovaniemi.example").arg(i.notifierName.toLower().replace(QLatin1Char(' '), QLatin1Char('.')));
        // Sometimes the professional comes together with the parent (LSL 25 a §).
        if (i.isNotification && chance(0.15))
            i.notifierKind = NotifierKind::JointContact;
    } else if (i.notifierKind == NotifierKind::PrivatePerson) {
        i.notifierAnonymous = chance(0.4);
        if (!i.notifierAnonymous) {
            i.notifierName = QStringLiteral("Helena Rautio");
            i.notifierTitle = QStringLiteral("naapuri");
            i.notifierPhone = QStringLiteral("050 %1 %2").arg(100 + pick(900)).arg(1000 + pick(9000));
        }
    }
    // An offence against the child is reported to the police (LSL 25 § 3 mom);
    // a recent one may still wait for the answer.
    if (i.suggestsOffence() && i.receivedAt.date() < m_options.today.addDays(-3)) {
        if (chance(0.8)) {
            i.policeReport = PoliceReport::Reported;
            i.policeReportedOn = i.receivedAt.date();
        } else {
            i.policeReport = PoliceReport::NotReported;
            i.policeNoReportReason = QStringLiteral("Poliisi teki ilmoituksen itse kotihälytyksen yhteydessä.");
        }
    }
}

void DemoGenerator::addLaterNotifications(ClientCase &c)
{
    // About a third of child welfare clients have more than one notification.
    if (!c.isChildWelfareClient() || !chance(0.35))
        return;
    const QDate from = c.childWelfareSince.addDays(1);
    const QDate to = c.isClosed() ? c.closedOn : m_options.today;
    if (from > to)
        return;
    const int count = 1 + pick(3);
    QList<QDate> days;
    for (int n = 0; n < count; ++n)
        days << randomDate(from, to);
    std::sort(days.begin(), days.end());
    for (const QDate &received : std::as_const(days)) {
        Initiation later;
        later.id = id();
        later.opensCase = false;
        later.receivedAt = QDateTime(received, QTime(8 + pick(8), pick(60)));
        later.channel = chance(0.5) ? ContactChannel::Electronic : ContactChannel::Phone;
        later.contactBy = chance(0.75) ? ContactBy::Authority : ContactBy::RelativeOrFriend;
        if (later.contactBy == ContactBy::Authority)
            later.authorityKind = static_cast<AuthorityKind>(1 + pick(6));
        later.isNotification = true;
        later.notifierKind = later.contactBy == ContactBy::Authority ? NotifierKind::ObligedProfessional
                                                                     : NotifierKind::PrivatePerson;
        later.reasons = {commonReason()};
        later.description = QString::fromUtf8(laterDescriptions.at(std::size_t(int(later.authorityKind))));
        describeNotifier(later);
        const bool recent = !c.isClosed() && received > m_options.today.addDays(-2);
        // A notification received today may still wait for its urgency assessment.
        if (!(recent && chance(0.5))) {
            later.urgencyAssessedAt = later.receivedAt.addSecs(60 * (5 + pick(90)));
            later.urgencyAssessedBy = c.responsibleWorkerId;
            later.urgent = chance(0.08);
        }
        // A closed case decided every notification by the day it closed.
        QDate decided = WorkingDays::addWorkingDays(received, 1 + pick(6));
        if (c.isClosed())
            decided = std::min(decided, c.closedOn);
        if (decided <= to && !recent) {
            later.decidedOn = decided;
            later.informedOn = decided;
            later.assessmentStarts = false;
            later.intoOngoingWork = chance(0.85);
            if (!later.intoOngoingWork)
                later.noAssessmentReason = QStringLiteral("Asia on jo työn alla; ei uusia toimenpiteitä.");
        }
        c.laterInitiations.append(later);
    }
}

} // namespace tukipolku

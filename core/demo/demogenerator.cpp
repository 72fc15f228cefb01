#include "demo/demogenerator.h"

#include "demo/demonames.h"
#include "rules/deadlines.h"
#include "rules/identitycode.h"
#include "rules/workingdays.h"
#include "storage/database.h"
#include "storage/demowriter.h"

#include <QUuid>

namespace tukipolku {

namespace {
template <typename Names>
QString nameFrom(const Names &names, int index)
{
    return QString::fromUtf8(names[std::size_t(index) % names.size()]);
}
} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options) : m_options(options), m_random(options.seed) {}

int DemoGenerator::pick(int count)
{
    return std::uniform_int_distribution<int>(0, count - 1)(m_random);
}

bool DemoGenerator::chance(double probability)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < probability;
}

QString DemoGenerator::id()
{
    // A version 4 UUID from the seeded generator, so the same seed gives the
    // same ids. The first six bytes count up, so that the rows go to the end of
    // each key index instead of all over it: 100,000 families write faster.
    std::array<uchar, 16> bytes;
    for (uchar &byte : bytes)
        byte = uchar(m_random() & 0xff);
    ++m_idCounter;
    for (int i = 0; i < 6; ++i)
        bytes[std::size_t(i)] = uchar((m_idCounter >> (8 * (5 - i))) & 0xff);
    bytes[6] = uchar((bytes[6] & 0x0f) | 0x40);
    bytes[8] = uchar((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16)).toString(QUuid::WithoutBraces);
}

QDate DemoGenerator::randomDate(const QDate &from, const QDate &to)
{
    return from.addDays(std::uniform_int_distribution<qint64>(0, from.daysTo(to))(m_random));
}

QList<Worker> DemoGenerator::workers()
{
    if (!m_workers.isEmpty())
        return m_workers;
    const int count = std::max(4, m_options.families / 40);
    for (int i = 0; i < count; ++i) {
        const bool female = chance(0.8);
        Worker worker;
        worker.id = id();
        worker.firstNames = female ? nameFrom(demo::finnishGirls, pick(1000)) : nameFrom(demo::finnishBoys, pick(1000));
        worker.lastName = nameFrom(demo::finnishLastNames, pick(1000));
        worker.title = nameFrom(demo::workerTitles, i);
        // Titles cycle: three social workers, a social counsellor, a family worker.
        static constexpr Profession professions[] = {Profession::SocialWorker, Profession::SocialWorker,
                                                     Profession::SocialWorker, Profession::SocialCounsellor,
                                                     Profession::FamilyWorker};
        worker.profession = professions[i % std::size(professions)];
        worker.licensed = worker.profession == Profession::SocialWorker;
        worker.registerNumber = worker.licensed ? QStringLiteral("%1").arg(10004321 + 17 * i) : QString();
        worker.decisionAuthority = worker.profession == Profession::SocialWorker;
        worker.phone = QStringLiteral("040 %1 %2").arg(100 + pick(900)).arg(1000 + pick(9000));
        worker.email = QStringLiteral("%1.%2@example.fi").arg(worker.firstNames.toLower(), worker.lastName.toLower());
        m_workers.append(worker);
    }
    return m_workers;
}

Person DemoGenerator::withAddress(Person person, const std::optional<Person> &from)
{
    if (from) {
        person.streetAddress = from->streetAddress;
        person.postalCode = from->postalCode;
        person.postOffice = from->postOffice;
        return person;
    }
    // Fictional streets under real postal codes of Rovaniemi.
    static constexpr std::array postalCodes{"96100", "96190", "96200", "96300", "96400", "96440", "96460", "96500"};
    person.streetAddress = QStringLiteral("%1 %2").arg(nameFrom(demo::streets, pick(1000))).arg(1 + pick(40));
    if (chance(0.4))
        person.streetAddress += QStringLiteral(" %1 %2").arg(QChar(u'A' + pick(4))).arg(1 + pick(12));
    person.postalCode = QLatin1String(postalCodes.at(std::size_t(pick(int(postalCodes.size())))));
    person.postOffice = QStringLiteral("Rovaniemi");
    return person;
}

Person DemoGenerator::makePerson(const QString &lastName, bool swedish, bool female, const QDate &birth)
{
    Person person;
    person.id = id();
    person.lastName = lastName;
    if (swedish)
        person.firstNames = female ? nameFrom(demo::swedishGirls, pick(1000)) : nameFrom(demo::swedishBoys, pick(1000));
    else
        person.firstNames = female ? nameFrom(demo::finnishGirls, pick(1000)) : nameFrom(demo::finnishBoys, pick(1000));
    person.language = swedish ? PersonLanguage::Swedish : PersonLanguage::Finnish;
    person.birthDate = birth;
    // Newborns and some immigrants have no identity code yet.
    if (birth.daysTo(m_options.today) < 30 || chance(0.02))
        return person;
    // Fictional codes only: individual numbers 900–999, odd for men, even for women.
    for (int attempt = 0; attempt < 50; ++attempt) {
        int number = 900 + pick(100);
        if ((number % 2 == 1) == female)
            number = number == 999 ? 998 : number + 1;
        const QString code = makeIdentityCode(birth, number);
        if (!m_identityCodes.contains(code)) {
            m_identityCodes.insert(code);
            person.identityCode = code;
            return person;
        }
    }
    return person; // every temporary number of that day is taken: recorded by birth date
}

QList<Provider> DemoGenerator::providers()
{
    if (!m_providers.isEmpty())
        return m_providers;
    const int families = std::max(3, m_options.families / 12);
    const int persons = std::max(3, m_options.families / 10);
    const QDate today = m_options.today;
    auto base = [&](ProviderKind kind, bool swedish) {
        Provider p;
        p.id = id();
        p.kind = kind;
        p.languages = swedish ? QStringList{QStringLiteral("sv"), QStringLiteral("fi")} : QStringList{QStringLiteral("fi")};
        p.status = chance(0.9) ? ProviderStatus::Active : ProviderStatus::Paused;
        p.trainingCompletedOn = randomDate(today.addYears(-8), today.addMonths(-2));
        p.criminalRecordCheckedOn = randomDate(today.addYears(-6), today.addMonths(-1));
        p.streetAddress = QStringLiteral("%1 %2").arg(nameFrom(demo::streets, pick(1000))).arg(1 + pick(40));
        p.postalCode = QStringLiteral("%1").arg(96100 + 10 * pick(20));
        p.postOffice = QStringLiteral("Rovaniemi");
        p.iban = QStringLiteral("FI2112345600000785");
        return p;
    };
    for (int i = 0; i < families; ++i) {
        const bool swedish = chance(0.15);
        Provider p = base(ProviderKind::SupportFamily, swedish);
        const QString last = swedish ? nameFrom(demo::swedishLastNames, pick(1000)) : nameFrom(demo::finnishLastNames, pick(1000));
        const QString mother = swedish ? nameFrom(demo::swedishGirls, pick(1000)) : nameFrom(demo::finnishGirls, pick(1000));
        const QString father = swedish ? nameFrom(demo::swedishBoys, pick(1000)) : nameFrom(demo::finnishBoys, pick(1000));
        p.name = QStringLiteral("%1, %2 ja %3").arg(last, mother, father); // data, in Finnish
        p.adults = mother + QLatin1Char(' ') + last + QLatin1Char('\n') + father + QLatin1Char(' ') + last;
        p.capacity = 1 + pick(3);
        p.minAge = pick(2) * 4;
        p.maxAge = 12 + pick(6);
        m_providers.append(p);
    }
    for (int i = 0; i < persons; ++i) {
        const bool swedish = chance(0.15);
        Provider p = base(ProviderKind::SupportPerson, swedish);
        const bool female = chance(0.6);
        const QString last = swedish ? nameFrom(demo::swedishLastNames, pick(1000)) : nameFrom(demo::finnishLastNames, pick(1000));
        const QString first = swedish ? (female ? nameFrom(demo::swedishGirls, pick(1000)) : nameFrom(demo::swedishBoys, pick(1000)))
                                      : (female ? nameFrom(demo::finnishGirls, pick(1000)) : nameFrom(demo::finnishBoys, pick(1000)));
        p.name = last + QStringLiteral(", ") + first;
        p.identityCode = makeIdentityCode(randomDate(today.addYears(-60), today.addYears(-22)), female ? 900 + 2 * pick(50) : 901 + 2 * pick(49));
        if (m_identityCodes.contains(p.identityCode))
            p.identityCode.clear();
        m_identityCodes.insert(p.identityCode);
        p.capacity = 1 + pick(2);
        p.minAge = 6;
        p.maxAge = 17;
        m_providers.append(p);
    }
    for (const Worker &worker : workers()) {
        if (worker.title != QStringLiteral("perhetyöntekijä"))
            continue;
        Provider p = base(ProviderKind::FamilyWorker, false);
        p.name = worker.lastName + QStringLiteral(", ") + worker.firstNames;
        p.workerId = worker.id;
        p.capacity = 40; // families a family worker works with
        p.iban.clear();
        m_providers.append(p);
    }
    for (qsizetype row = 0; row < m_providers.size(); ++row)
        m_providerRows.insert(m_providers.at(row).id, row);
    return m_providers;
}

QList<CompensationRate> DemoGenerator::rates() const
{
    // The board's example rates (Satakunta 2023), raised from the start of 2026;
    // support persons moved from a monthly to a per-meeting fee then.
    const QDate until2025(2025, 12, 31);
    const QDate from2026(2026, 1, 1);
    return {{QStringLiteral("3b0f6a8e-2a55-4d8f-8f2e-6a3b1c0d9e01"), ProviderKind::SupportFamily, QDate(2023, 1, 1), until2025,
             5200, RateUnit::PerDayOfCare, 3100, RateUnit::PerDayOfCare, 33},
            {QStringLiteral("3b0f6a8e-2a55-4d8f-8f2e-6a3b1c0d9e02"), ProviderKind::SupportFamily, from2026, QDate(), 5500,
             RateUnit::PerDayOfCare, 3200, RateUnit::PerDayOfCare, 35},
            {QStringLiteral("3b0f6a8e-2a55-4d8f-8f2e-6a3b1c0d9e03"), ProviderKind::SupportPerson, QDate(2023, 1, 1), until2025,
             10000, RateUnit::PerMonth, 3600, RateUnit::PerMonth, 33},
            {QStringLiteral("3b0f6a8e-2a55-4d8f-8f2e-6a3b1c0d9e04"), ProviderKind::SupportPerson, from2026, QDate(), 5000,
             RateUnit::PerMeeting, 1800, RateUnit::PerMeeting, 35}};
}

Organisation DemoGenerator::organisation()
{
    Organisation o;
    o.organiser = QStringLiteral("Kuvitteellinen hyvinvointialue");
    o.organiserSv = QStringLiteral("Fiktivt välfärdsområde");
    o.unit = QStringLiteral("Lapsiperheiden sosiaalityö ja lastensuojelun avohuolto");
    o.unitSv = QStringLiteral("Socialt arbete för barnfamiljer och barnskyddets öppenvård");
    o.postalAddress = QStringLiteral("PL 100");
    o.postalCode = QStringLiteral("96101");
    o.postOffice = QStringLiteral("Rovaniemi");
    o.visitingAddress = QStringLiteral("Esimerkkikatu 2, 96100 Rovaniemi");
    o.phone = QStringLiteral("016 123 4567");
    o.phoneHours = QStringLiteral("ma–pe klo 9–10");
    o.email = QStringLiteral("perhesosiaalityo@example.fi");
    o.emergencyLine = QStringLiteral("0800 123 456");
    o.boardName = QStringLiteral("Hyvinvointialueen yksilöasioiden jaosto");
    o.registryAddress = QStringLiteral("PL 200, 96101 Rovaniemi");
    o.boardNameSv = QStringLiteral("Välfärdsområdets sektion för individärenden");
    o.registryEmail = QStringLiteral("kirjaamo@example.fi");
    o.registryHours = QStringLiteral("9.00–15.00 (ma–pe / mån–fre)");
    o.documentFooter = QStringLiteral("Kuvitteellinen hyvinvointialue – esittelyaineisto");
    return o;
}

QString DemoGenerator::providerOf(ProviderKind kind, bool current)
{
    // Lists per kind, built once: the whole registry and those with room now.
    if (m_allProviders.isEmpty()) {
        for (const Provider &provider : providers()) {
            if (provider.status != ProviderStatus::Active)
                continue;
            m_allProviders[int(provider.kind)] << provider.id;
            m_freeProviders[int(provider.kind)] << provider.id;
            m_capacity.insert(provider.id, provider.capacity);
        }
    }
    // A current measure needs a provider with room; none when all are full
    // (the child waits for one). An ended one had any provider.
    QStringList &pool = current ? m_freeProviders[int(kind)] : m_allProviders[int(kind)];
    if (pool.isEmpty())
        return {};
    const int index = pick(int(pool.size()));
    const QString id = pool.at(index);
    if (current && ++m_load[id] >= m_capacity.value(id))
        pool.removeAt(index);
    return id;
}

DemoFamily DemoGenerator::nextFamily()
{
    DemoFamily demo;
    const bool swedish = chance(0.15);
    const QString lastName = swedish ? nameFrom(demo::swedishLastNames, pick(1000))
                                     : nameFrom(demo::finnishLastNames, pick(1000));
    demo.family.id = id();
    demo.family.name = lastName;
    const QDate today = m_options.today;
    const int guardians = chance(0.65) ? 2 : 1;
    QDate youngestGuardian = today.addYears(-55);
    // The family's home; a second guardian lives elsewhere now and then,
    // so that a decision goes out in two envelopes.
    const Person home = withAddress(Person());
    const bool apart = guardians == 2 && chance(0.3);
    for (int i = 0; i < guardians; ++i) {
        Person adult = makePerson(lastName, swedish, i == 0 ? chance(0.8) : false,
                                  randomDate(today.addYears(-55), today.addYears(-24)));
        adult = i == 1 && apart ? withAddress(adult) : withAddress(adult, home);
        youngestGuardian = std::max(youngestGuardian, adult.birthDate);
        demo.family.members.append({id(), adult, FamilyRole::Guardian});
    }
    // Children born when the youngest guardian was at least 18.
    const QDate firstBirth = std::max(today.addYears(-18).addDays(1), youngestGuardian.addYears(18));
    const int children = 1 + pick(4);
    for (int i = 0; i < children; ++i) {
        const Person child = withAddress(makePerson(lastName, swedish, chance(0.5), randomDate(firstBirth, today)), home);
        demo.family.members.append({id(), child, FamilyRole::Child});
    }
    // One case for a child, sometimes a second for a sibling.
    const QList<Person> kids = demo.family.membersWithRole(FamilyRole::Child);
    const int first = pick(int(kids.size()));
    demo.cases.append(makeCase(demo, kids.at(first)));
    if (kids.size() > 1 && chance(0.2))
        demo.cases.append(makeCase(demo, kids.at((first + 1) % kids.size()))); // a sibling
    for (const ClientCase &c : std::as_const(demo.cases))
        addMeasures(demo, c);
    return demo;
}

ClientCase DemoGenerator::makeCase(const DemoFamily &family, const Person &child)
{
    ClientCase c;
    c.id = id();
    c.familyId = family.family.id;
    c.child = child;
    // The responsible worker is a licensed social worker (LSL 13 b §).
    QList<Worker> staff = workers();
    staff.removeIf([](const Worker &w) { return !w.licensed; });
    c.responsibleWorkerId = staff.at(pick(int(staff.size()))).id;
    Initiation &i = c.initiation;
    i.id = id();
    // Received within the last two years, never before the child was born.
    QDate received = randomDate(m_options.today.addDays(-730), m_options.today);
    if (child.birthDate.isValid() && received < child.birthDate)
        received = child.birthDate;
    i.receivedAt = QDateTime(received, QTime(8 + pick(8), pick(60)));
    i.channel = static_cast<ContactChannel>(pick(4));
    i.contactBy = static_cast<ContactBy>(pick(5));
    if (i.contactBy == ContactBy::Authority)
        i.authorityKind = static_cast<AuthorityKind>(1 + pick(6));
    i.isNotification = i.contactBy == ContactBy::Authority || chance(0.2);
    if (i.isNotification)
        i.notifierKind = i.contactBy == ContactBy::Authority ? NotifierKind::ObligedProfessional : NotifierKind::PrivatePerson;
    i.reasons = {commonReason()};
    if (const ContactReason second = commonReason(); chance(0.4) && !i.reasons.contains(second))
        i.reasons.append(second);
    i.description = i.contactBy == ContactBy::Authority
                        ? nameFrom(demo::authorityDescriptions, int(i.authorityKind) - 1)
                        : nameFrom(demo::familyDescriptions, pick(1000));
    i.urgencyAssessedAt = i.receivedAt.addSecs(60 * (10 + pick(120)));
    i.urgencyAssessedBy = c.responsibleWorkerId;
    i.urgent = chance(0.05);
    describeNotifier(i);
    advanceCase(c);
    addLaterNotifications(c);
    return c;
}

void DemoGenerator::advanceCase(ClientCase &c)
{
    const QDate today = m_options.today;
    const QDate received = c.initiation.receivedAt.date();
    // Most decisions come in time, a few late, recent ones may still be open.
    const QDate due = Deadlines::initiationDecisionDue(received);
    const QDate decided = WorkingDays::addWorkingDays(received, chance(0.9) ? 1 + pick(7) : 8 + pick(5));
    if (decided > today)
        return; // still at initiation (some overdue)
    c.initiation.decidedOn = decided;
    c.initiation.informedOn = decided;
    c.initiation.assessmentStarts = !chance(0.08);
    if (!*c.initiation.assessmentStarts) {
        c.initiation.noAssessmentReason = QStringLiteral("Tilapäinen neuvonta ja ohjaus riittivät.");
        if (chance(0.7)) {
            c.closedOn = decided;
            c.closureReason = QStringLiteral("Ei palvelutarvetta.");
        }
        return;
    }
    Q_UNUSED(due)
    Assessment a;
    a.id = id();
    a.startedOn = decided;
    a.participants = QStringLiteral("lapsi, huoltajat, sosiaalityöntekijä");
    // The child is met in person; a small child at home, with the parents.
    const int age = c.child.ageOn(decided);
    a.childMet = age >= 1 || chance(0.7);
    a.childMetHow = !a.childMet ? QStringLiteral("Vauva oli sairaalassa; vointi selvitettiin hoitajilta puhelimitse.")
                  : age < 3   ? QStringLiteral("Kotikäynnillä vanhempien kanssa; lapsen vointia ja vuorovaikutusta havainnoitiin.")
                              : QStringLiteral("Tapaaminen kahden kesken koululla sekä kotikäynnillä.");
    const QDate completed = decided.addDays(20 + pick(90));
    c.assessment = a;
    if (completed > today)
        return; // assessment under way, some past the 3 months
    a.completedOn = completed;
    a.needDuration = static_cast<NeedDuration>(1 + pick(3));
    a.childWelfareNeed = chance(0.5);
    a.summary = QStringLiteral("Perhe hyötyy tuesta arjessa; tavoitteet sovittu yhdessä.");
    c.assessment = a;
    if (a.childWelfareNeed) {
        c.childWelfareSince = completed;
        c.childWelfareBasis = ChildWelfareBasis::Assessment;
    }
    const QDate planned = completed.addDays(7 + pick(30));
    if (planned > today)
        return; // waiting for the plan
    if (!a.childWelfareNeed && chance(0.3)) {
        c.noPlanReason = NoPlanReason::AssessmentSuffices;
    } else {
        ClientPlan plan;
        plan.id = id();
        plan.version = 1;
        plan.madeOn = planned;
        plan.participants = QStringLiteral("lapsi, huoltajat, sosiaalityöntekijä");
        plan.needs = QStringLiteral("Tuki vanhemmuuteen ja lapsen koulunkäyntiin.");
        plan.services = QStringLiteral("Perhetyö, tukihenkilö");
        const int ageAtPlan = c.child.ageOn(planned);
        if (ageAtPlan >= 3) {
            plan.childOpinion = ageAtPlan < 12 ? QStringLiteral("Lapsi toivoo, että kotona riideltäisiin vähemmän ja että "
                                                                "hän saisi käydä harrastuksessa.")
                                               : QStringLiteral("Nuori haluaa tukea koulunkäyntiin mutta ei halua, että "
                                                                "asioista puhutaan koulussa muiden kuullen.");
            plan.childOpinionHow = QStringLiteral("Keskustelu lapsen kanssa kahden kesken ennen suunnitelmapalaveria.");
        } else {
            plan.childOpinionHow = QStringLiteral("Lapsi on %1-vuotias: mielipidettä ei voi selvittää keskustelemalla; "
                                                  "vointia havainnoitiin kotikäynnillä.")
                                       .arg(ageAtPlan);
        }
        plan.guardiansViews = QStringLiteral("Huoltajat pitävät tukea tarpeellisena ja haluavat perhetyön iltapäiviin.");
        plan.nextReviewOn = Deadlines::latestPlanReview(planned).addDays(-pick(180));
        plan.goals = {{id(), nameFrom(demo::goals, pick(1000)), planned.addMonths(6)},
                      {id(), nameFrom(demo::goals, pick(1000)), planned.addMonths(12)}};
        c.plans.append(plan);
        // Most plans are reviewed around their review date; a few reviews are late.
        while (c.plans.constLast().nextReviewOn < today.addDays(-20) && chance(0.9)) {
            ClientPlan review = c.plans.constLast();
            review.id = id();
            review.version += 1;
            review.madeOn = std::min(today, review.nextReviewOn.addDays(pick(30) - 25));
            review.nextReviewOn = Deadlines::latestPlanReview(review.madeOn).addDays(-pick(180));
            for (PlanGoal &goal : review.goals)
                goal.id = id();
            c.plans.append(review);
        }
    }
    if (chance(0.12)) {
        c.closedOn = std::min(today, planned.addDays(60 + pick(200)));
        c.closureReason = QStringLiteral("Tavoitteet saavutettu.");
    }
}
} // namespace tukipolku

#include "testdatabase.h"
#include "catchshim.h"

#include "demo/demogenerator.h"

#include "rules/identitycode.h"
#include "rules/decisionrules.h"
#include "common/clock.h"
#include "storage/decisionrepository.h"
#include "storage/familyrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"

namespace tukipolku::test {

TestDatabase::TestDatabase()
{
    if (!m_database.open(m_dir.filePath(QStringLiteral("test.sqlite"))))
        qFatal("cannot open the test database: %s", qPrintable(m_database.error().message()));
    m_worker = addWorker(QStringLiteral("Aino"), QStringLiteral("Sosiaalinen"));
}

Worker TestDatabase::addWorker(const QString &firstNames, const QString &lastName)
{
    Worker worker;
    worker.firstNames = firstNames;
    worker.lastName = lastName;
    worker.title = QStringLiteral("sosiaalityöntekijä");
    worker.profession = Profession::SocialWorker;
    worker.licensed = true;
    worker.registerNumber = QStringLiteral("10001234");
    worker.decisionAuthority = true;
    WorkerRepository repository(connection(), m_worker.id);
    if (const Result saved = repository.save(worker); !saved)
        qFatal("cannot save a worker: %s", qPrintable(saved.message()));
    return worker;
}

Family TestDatabase::addFamilyWithTwoChildren()
{
    FamilyRepository families(connection(), m_worker.id);
    Family family;
    family.name = QStringLiteral("Virtanen");
    if (!families.save(family))
        qFatal("cannot save a family");
    Person guardian;
    guardian.firstNames = QStringLiteral("Maria");
    guardian.lastName = QStringLiteral("Virtanen");
    guardian.identityCode = makeIdentityCode(QDate(1988, 4, 12), 904);
    Person first;
    first.firstNames = QStringLiteral("Eetu");
    first.lastName = QStringLiteral("Virtanen");
    first.identityCode = makeIdentityCode(QDate(2015, 9, 3), 911);
    Person second;
    second.firstNames = QStringLiteral("Ella");
    second.lastName = QStringLiteral("Virtanen");
    second.birthDate = QDate(2021, 2, 27); // no identity code yet
    if (!families.addMember(family.id, guardian, FamilyRole::Guardian)
        || !families.addMember(family.id, first, FamilyRole::Child)
        || !families.addMember(family.id, second, FamilyRole::Child))
        qFatal("cannot add members");
    return *families.find(family.id);
}

QDateTime at10(const QDate &date)
{
    return QDateTime(date, QTime(10, 0));
}

void recordHearing(Decision &decision, const QDate &heardOn)
{
    decision.childOpinion = ChildOpinion::FoundOut;
    decision.childOpinionText = QStringLiteral("Lapsi haluaa käydä tukiperheessä.");
    decision.childOpinionHow = QStringLiteral("Keskustelu lapsen kanssa kahden kesken kotikäynnillä");
    decision.hearings.clear();
    for (const QString &party : DecisionRules::partyLines(decision))
        decision.hearings.append({QString(), party, heardOn, QStringLiteral("tapaamisessa toimistolla"),
                                  HearingException::None});
    if (DecisionRules::grantsExtent(decision.subject) && decision.extent.daysPerMonth <= 0)
        decision.extent.daysPerMonth = 2;
}

QString backdated()
{
    return QStringLiteral("Päätös tehtiin tapaamisessa; kirjattiin myöhemmin.");
}

void guardiansReadSwedish(const QSqlDatabase &database, const QString &workerId, const QString &familyId)
{
    const Family family = FamilyRepository(database, workerId).find(familyId).value();
    for (Person guardian : family.membersWithRole(FamilyRole::Guardian)) {
        guardian.language = PersonLanguage::Swedish;
        REQUIRE(PersonRepository(database, workerId).save(guardian).ok());
    }
}

void decideMeasure(const QSqlDatabase &database, const QString &workerId, Measure &measure)
{
    OrganisationRepository settings(database, workerId);
    Organisation organisation = settings.read().value();
    if (organisation.boardName.isEmpty()) {
        organisation.boardName = QStringLiteral("Yksilöasioiden jaosto");
        organisation.registryEmail = QStringLiteral("kirjaamo@example.fi");
        organisation.registryHours = QStringLiteral("ma–pe klo 9–15");
        REQUIRE(settings.save(organisation).ok());
    }
    DecisionRepository decisions(database, workerId);
    Decision decision = decisions.draftFromMeasure(measure, DecisionSubject::Start);
    if (decision.decisionMakerId.isEmpty())
        decision.decisionMakerId = workerId;
    if (decision.goal.isEmpty())
        decision.goal = QStringLiteral("Arki sujuu.");
    if (!decision.end.isValid())
        decision.end = decision.start.addMonths(12);
    if (decision.contactPerson.isEmpty())
        decision.contactPerson = QStringLiteral("Sosiaalityöntekijä, puh. 040 123 4567");
    decision.facts = QStringLiteral("Perhe tarvitsee tukea arjessa.");
    decision.reasons = QStringLiteral("Tuki vastaa lapsen tarpeisiin.");
    const QDate issuedOn = std::min(measure.start, Clock::today());
    recordHearing(decision, issuedOn.addDays(-3));
    REQUIRE(decisions.save(decision).ok());
    const Result issued = decisions.issue(decision.id, issuedOn, backdated());
    INFO(issued.message().toStdString());
    REQUIRE(issued.ok());
    measure = MeasureRepository(database, workerId).find(measure.id).value();
}

QString makeDatabaseFile(const QString &path, int families)
{
    Database database;
    REQUIRE(database.open(path));
    if (families > 0) {
        DemoOptions demo;
        demo.families = families;
        REQUIRE(DemoGenerator::fill(database, demo).ok());
    }
    return path;
}

} // namespace tukipolku::test

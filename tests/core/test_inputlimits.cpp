#include "catchshim.h"
#include "testdatabase.h"

#include "rules/identitycode.h"
#include "storage/caserepository.h"
#include "storage/familyrepository.h"

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

TEST_CASE("Input limits: a 1 MB note, every Nordic and Sámi letter and emoji round-trip whole", "[inputlimits]")
{
    TestDatabase db;
    FamilyRepository families(db.connection(), db.worker().id);
    Family family;
    family.name = QStringLiteral("Åström-Ŋuorra");
    REQUIRE(families.save(family).ok());
    Person child;
    // Finnish, Swedish, Norwegian and Danish letters, the Sámi alphabets' own, and an emoji.
    child.firstNames = QStringLiteral("ÅÄÖåäöÆØæø Áá Čč Đđ Ŋŋ Šš Ŧŧ Žž Ǥǥ Ǧǧ Ǩǩ Ʒʒ Ǯǯ 🌈");
    child.lastName = QStringLiteral("Ŋuorra-Åström");
    child.birthDate = QDate(2016, 2, 29);
    REQUIRE(families.addMember(family.id, child, FamilyRole::Child).ok());

    ClientCase c;
    c.familyId = family.id;
    c.child = child;
    c.initiation.receivedAt = at10(QDate(2026, 3, 2));
    QString note;
    note.reserve(1'000'000);
    while (note.size() < 1'000'000)
        note += QStringLiteral("Äiti kertoo arjesta, åäö – ŋ 🌈\n");
    c.initiation.description = note;
    CaseRepository cases(db.connection(), db.worker().id);
    REQUIRE(cases.open(c).ok());

    const Outcome<ClientCase> stored = cases.find(c.id);
    REQUIRE(stored.has_value());
    CHECK(stored->initiation.description.size() == note.size()); // never truncated silently
    CHECK(stored->initiation.description == note);
    CHECK(stored->child.firstNames == child.firstNames);
    CHECK(stored->child.lastName == child.lastName);
    CHECK(families.find(family.id)->name == family.name);
}

TEST_CASE("Input limits: dates far away and identity codes typed loosely", "[inputlimits]")
{
    // Lower case and spaces around are accepted and stored normalised; other noise is refused.
    const IdentityCodeParse loose = parseIdentityCode(QStringLiteral("  010101a900x \t"));
    CHECK(loose.normalized == QStringLiteral("010101A900X"));
    const IdentityCodeParse strict = parseIdentityCode(makeIdentityCode(QDate(2001, 1, 1), 900).toLower() + QLatin1Char(' '));
    CHECK(strict.isValid());
    CHECK(strict.normalized == makeIdentityCode(QDate(2001, 1, 1), 900));
    CHECK_FALSE(parseIdentityCode(QStringLiteral("010101-90 0X")).isValid());
    CHECK_FALSE(parseIdentityCode(QString(2000, QLatin1Char('1'))).isValid());

    // A birth in the 1800s and a review far ahead are kept as they are.
    TestDatabase db;
    FamilyRepository families(db.connection(), db.worker().id);
    Family family;
    family.name = QStringLiteral("Vanha");
    REQUIRE(families.save(family).ok());
    Person old;
    old.firstNames = QStringLiteral("Iso");
    old.lastName = QStringLiteral("Vanha");
    old.birthDate = QDate(1899, 12, 31);
    REQUIRE(families.addMember(family.id, old, FamilyRole::OtherAdult).ok());
    CHECK(families.find(family.id)->members.first().person.birthDate == QDate(1899, 12, 31));
}

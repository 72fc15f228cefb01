#include "catchshim.h"
#include "testdatabase.h"

#include "models/caselistmodel.h"
#include "models/searchtext.h"
#include "rules/identitycode.h"
#include "storage/caserepository.h"
#include "storage/familyrepository.h"
#include "storage/personrepository.h"

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
// A family with one child and one case; returns the case number.
QString addChildCase(TestDatabase &db, const QString &familyName, const QString &first, const QString &last,
                     const QString &guardianFirst, int number)
{
    FamilyRepository families(db.connection(), db.worker().id);
    Family family;
    family.name = familyName;
    REQUIRE(families.save(family).ok());
    Person child;
    child.firstNames = first;
    child.lastName = last;
    child.identityCode = makeIdentityCode(QDate(2015, 3, 1 + number), 900 + number * 2);
    REQUIRE(families.addMember(family.id, child, FamilyRole::Child).ok());
    Person guardian;
    guardian.firstNames = guardianFirst;
    guardian.lastName = last;
    guardian.birthDate = QDate(1985, 1, 1);
    REQUIRE(families.addMember(family.id, guardian, FamilyRole::Guardian).ok());
    ClientCase c;
    c.familyId = family.id;
    c.child = child;
    c.initiation.receivedAt = at10(QDate(2026, 3, 2 + number));
    REQUIRE(CaseRepository(db.connection(), db.worker().id).open(c).ok());
    return c.caseNumber;
}

QStringList children(CaseListModel &model, const QString &typed)
{
    CaseListFilter filter;
    filter.text = typed;
    model.setFilter(filter);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, CaseListModel::ChildColumn).data().toString();
    return names;
}
} // namespace

TEST_CASE("Search text: names, identity codes and case numbers", "[search]")
{
    SearchText s = SearchText::parse(QStringLiteral("  maria   virt "));
    CHECK(s.words == QStringList({QStringLiteral("maria"), QStringLiteral("virt")}));
    CHECK(s.ftsQuery == QLatin1String("\"maria\"* \"virt\"*"));
    CHECK(s.exactChildQuery == QLatin1String("child : \"maria\" child : \"virt\""));
    CHECK(s.codePrefix.isEmpty());

    s = SearchText::parse(QStringLiteral("131052-30"));
    CHECK(s.codePrefix == QLatin1String("131052-30"));
    CHECK(s.ftsQuery.isEmpty());
    s = SearchText::parse(QStringLiteral("010115a9"));
    CHECK(s.codePrefix == QLatin1String("010115A9"));

    s = SearchText::parse(QStringLiteral("2026-001"));
    CHECK(s.caseNumberPrefix == QLatin1String("2026-001"));
    s = SearchText::parse(QStringLiteral("2026"));
    CHECK(s.caseNumberPrefix == QLatin1String("2026"));
    CHECK(s.codePrefix == QLatin1String("2026")); // could be either

    // Quotes and operators typed by the user cannot break the FTS query.
    s = SearchText::parse(QStringLiteral("\"Anna-Liisa\" OR *"));
    CHECK(s.ftsQuery == QLatin1String("\"Anna-Liisa\"* \"OR\"*"));
    CHECK(SearchText::parse(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("Search: any name part, diacritics-insensitive, exact matches first", "[search]")
{
    TestDatabase db;
    const QString hamalainen = addChildCase(db, QStringLiteral("Hämäläinen"), QStringLiteral("Eetu"),
                                            QStringLiteral("Hämäläinen"), QStringLiteral("Päivi"), 1);
    addChildCase(db, QStringLiteral("Åström"), QStringLiteral("Saga Ellen"), QStringLiteral("Åström"),
                 QStringLiteral("Björn"), 2);
    addChildCase(db, QStringLiteral("Laineenoja"), QStringLiteral("Onni"), QStringLiteral("Laineenoja"),
                 QStringLiteral("Mari"), 3);
    addChildCase(db, QStringLiteral("Laine"), QStringLiteral("Aino"), QStringLiteral("Laine"),
                 QStringLiteral("Tiina"), 4);
    CaseListModel model;
    model.setDatabase(db.connection());

    CHECK(children(model, QStringLiteral("hamal")) == QStringList({QStringLiteral("Hämäläinen, Eetu")}));
    CHECK(children(model, QStringLiteral("Hämä")) == QStringList({QStringLiteral("Hämäläinen, Eetu")}));
    CHECK(children(model, QStringLiteral("astr")) == QStringList({QStringLiteral("Åström, Saga Ellen")}));
    // A later first name is a name part too.
    CHECK(children(model, QStringLiteral("ellen")) == QStringList({QStringLiteral("Åström, Saga Ellen")}));
    // A guardian's name finds the children's cases.
    CHECK(children(model, QStringLiteral("paivi")) == QStringList({QStringLiteral("Hämäläinen, Eetu")}));
    CHECK(children(model, QStringLiteral("bjorn astr")) == QStringList({QStringLiteral("Åström, Saga Ellen")}));
    // "laine" is the whole last name of Aino and a prefix of Laineenoja: exact first.
    CHECK(children(model, QStringLiteral("laine"))
          == QStringList({QStringLiteral("Laine, Aino"), QStringLiteral("Laineenoja, Onni")}));
    CHECK(children(model, QStringLiteral("xyz")).isEmpty());
    // The case number and the identity code by their start.
    CHECK(children(model, hamalainen) == QStringList({QStringLiteral("Hämäläinen, Eetu")}));
    CHECK(children(model, makeIdentityCode(QDate(2015, 3, 3), 904).left(8))
          == QStringList({QStringLiteral("Åström, Saga Ellen")}));
}

TEST_CASE("Search: the index follows renames and household changes", "[search]")
{
    TestDatabase db;
    addChildCase(db, QStringLiteral("Virtanen"), QStringLiteral("Ella"), QStringLiteral("Virtanen"),
                 QStringLiteral("Maria"), 1);
    CaseListModel model;
    model.setDatabase(db.connection());
    REQUIRE(children(model, QStringLiteral("ella")).size() == 1);
    CaseRepository cases(db.connection(), db.worker().id);
    const QString caseId = model.index(0, 0).data(CaseListModel::CaseIdRole).toString();
    Person child = cases.find(caseId)->child;
    child.lastName = QStringLiteral("Nyström");
    REQUIRE(PersonRepository(db.connection(), db.worker().id).save(child).ok());
    CHECK(children(model, QStringLiteral("nystr")) == QStringList({QStringLiteral("Nyström, Ella")}));
    CHECK(children(model, QStringLiteral("nyström")) == QStringList({QStringLiteral("Nyström, Ella")}));
    // The old name reaches the case only through the guardian, Maria Virtanen.
    CHECK(children(model, QStringLiteral("ella virt")) == QStringList({QStringLiteral("Nyström, Ella")}));
    CHECK(children(model, QStringLiteral("ella virtanen maria")) == QStringList({QStringLiteral("Nyström, Ella")}));
    // A guardian who leaves the household no longer finds the child.
    FamilyRepository families(db.connection(), db.worker().id);
    const Family family = *families.find(cases.find(caseId)->familyId);
    for (const FamilyMember &member : family.members) {
        if (member.role == FamilyRole::Guardian)
            REQUIRE(families.removeMember(member.id).ok());
    }
    CHECK(children(model, QStringLiteral("maria")).isEmpty());
}

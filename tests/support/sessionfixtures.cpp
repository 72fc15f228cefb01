#include "sessionfixtures.h"

#include "catchshim.h"

namespace tukipolku::test {

ClientCase familyOfIida(Session &session, PersonLanguage language)
{
    Family family;
    family.name = QStringLiteral("Mäkelä");
    REQUIRE(session.families().save(family).ok());
    Person child;
    child.firstNames = QStringLiteral("Iida");
    child.lastName = QStringLiteral("Mäkelä");
    child.birthDate = QDate(2017, 9, 9);
    child.language = language;
    REQUIRE(session.families().addMember(family.id, child, FamilyRole::Child).ok());
    ClientCase c;
    c.familyId = family.id;
    c.child = child;
    return c;
}

ClientCase openCaseOfIida(Session &session, const QDateTime &received, PersonLanguage language)
{
    ClientCase c = familyOfIida(session, language);
    c.initiation.receivedAt = received;
    REQUIRE(session.cases().open(c).ok());
    return c;
}

} // namespace tukipolku::test

#include "catchshim.h"
#include "testdatabase.h"

#include "storage/organisationrepository.h"

using namespace tukipolku;
using tukipolku::test::TestDatabase;

namespace {
// A PNG image of two pixels.
QByteArray tinyPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGNgMJ55Jo0BAAaaAf/0HrIAAAAAAElFTkSuQmCC");
}
} // namespace

TEST_CASE("Organisation: the logo is kept as given, only as a PNG of reasonable size", "[organisation]")
{
    TestDatabase db;
    OrganisationRepository organisations(db.connection(), db.worker().id);
    Organisation organisation;
    organisation.organiser = QStringLiteral("Pohjanmaan hyvinvointialue");
    organisation.logo = tinyPng();
    REQUIRE(organisations.save(organisation).ok());
    CHECK(organisations.load().logo == tinyPng());
    CHECK(organisations.load().organiser == organisation.organiser);

    Organisation jpeg = organisation;
    jpeg.logo = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'x');
    const Result refused = organisations.save(jpeg);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("PNG")));

    Organisation huge = organisation;
    huge.logo = tinyPng() + QByteArray(600 * 1024, '\0');
    CHECK_FALSE(organisations.save(huge).ok());
    CHECK(organisations.load().logo == tinyPng()); // what was saved stays

    organisation.logo.clear();
    REQUIRE(organisations.save(organisation).ok());
    CHECK(organisations.load().logo.isEmpty());
}

#include "catchshim.h"
#include "testfiles.h"

#include "storage/database.h"
#include "storage/fileheader.h"

#include <QTemporaryDir>

using namespace tukipolku;

TEST_CASE("The SQLite header is read without SQLite", "[fileheader]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        Database database;
        REQUIRE(database.open(path));
    }
    const SqliteFileHeader header = SqliteFileHeader::read(path);
    CHECK(header.exists);
    CHECK(header.isSqlite);
    CHECK(header.applicationId == Database::applicationId);
    CHECK(header.userVersion == Database::latestSchemaVersion());
    CHECK(header.pageSize >= 512);
    CHECK_FALSE(header.looksTruncated());
    CHECK_FALSE(header.isBlankDatabase());
}

TEST_CASE("A missing or foreign file is described honestly", "[fileheader]")
{
    QTemporaryDir dir;
    CHECK_FALSE(SqliteFileHeader::read(dir.filePath(QStringLiteral("none"))).exists);
    const QString text = dir.filePath(QStringLiteral("text"));
    tukipolku::test::writeFile(text, QByteArray(200, 'x'));
    const SqliteFileHeader header = SqliteFileHeader::read(text);
    CHECK(header.exists);
    CHECK(header.readable);
    CHECK_FALSE(header.isSqlite);
    CHECK(header.fileSize == 200);
}

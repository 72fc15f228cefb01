#include "catchshim.h"

#include "storage/migrations.h"
#include "storage/sqlitehandle.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tukipolku;

namespace {
int userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}
} // namespace

TEST_CASE("Migrations are numbered without gaps and each bumps the version", "[migrations]")
{
    const auto &steps = Migrations::all();
    REQUIRE(steps.size() >= 2);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        CHECK(steps.at(i).version == i + 1);
        CHECK_FALSE(steps.at(i).script.trimmed().isEmpty());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("steps"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        const SqliteHandle handle(db);
        for (const auto &step : steps) {
            REQUIRE(Migrations::apply(handle, step.version - 1, step.version, 42).isEmpty());
            CHECK(userVersion(db) == step.version);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("steps"));
}

TEST_CASE("A failing migration is rolled back with its version", "[migrations]")
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fail"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        const SqliteHandle handle(db);
        REQUIRE(Migrations::apply(handle, 0, 1, 42).isEmpty());
        // Step 2 cannot run when one of its tables already exists: it must
        // leave neither its other tables nor its version behind.
        REQUIRE(handle.execScript(QStringLiteral("CREATE TABLE families (x)")).isEmpty());
        const QString error = Migrations::apply(handle, 1, 2, 42);
        CHECK(error.contains(QStringLiteral("0002")));
        CHECK(userVersion(db) == 1);
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'persons'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fail"));
}

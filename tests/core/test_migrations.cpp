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

TEST_CASE("Migration 27: recipients from the sendings recorded before, which are kept", "[migrations][decisions]")
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("serve"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        const SqliteHandle handle(db);
        REQUIRE(Migrations::apply(handle, 0, 26, 42).isEmpty());
        // Helmi, born on 29 February, turns 15 on 28 February 2027; her mother reads Swedish.
        // Decision A was kept in Finnish and handed over in person, then sent again by letter;
        // decision B, of 2020, has no sending recorded.
        const QString setup = QStringLiteral(R"(
            INSERT INTO families (id, name) VALUES ('00000000-0000-4000-8000-000000000001', 'Virtanen');
            INSERT INTO persons (id, first_names, last_name, birth_date, language)
                VALUES ('00000000-0000-4000-8000-000000000002', 'Maria', 'Virtanen', '1985-01-01', 'sv'),
                       ('00000000-0000-4000-8000-000000000003', 'Helmi', 'Virtanen', '2012-02-29', 'fi');
            INSERT INTO family_members (id, family_id, person_id, role)
                VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000001',
                        '00000000-0000-4000-8000-000000000002', 'guardian'),
                       ('00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000001',
                        '00000000-0000-4000-8000-000000000003', 'child');
            INSERT INTO cases (id, case_number, family_id, child_id)
                VALUES ('00000000-0000-4000-8000-000000000006', '2026-00001', '00000000-0000-4000-8000-000000000001',
                        '00000000-0000-4000-8000-000000000003');
            INSERT INTO decisions (id, case_id, subject, legal_basis, status, number, issued_on, end_on,
                                   rendered_html, rendered_language)
                VALUES ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000006', 'start',
                        'shl', 'issued', '2027/0001', '2027-02-28', '2027-12-31', '<html>A</html>', 'fi'),
                       ('00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-000000000006', 'start',
                        'shl', 'issued', '2020/0001', '2020-01-10', '2020-12-31', NULL, NULL);
            INSERT INTO decision_notifications (id, decision_id, method, sent_on)
                VALUES ('00000000-0000-4000-8000-00000000000c', '00000000-0000-4000-8000-00000000000a', 'in_person',
                        '2027-03-01'),
                       ('00000000-0000-4000-8000-00000000000d', '00000000-0000-4000-8000-00000000000a', 'letter',
                        '2027-03-05');
            INSERT INTO organisation_settings (id, key, value)
                VALUES ('00000000-0000-4000-8000-00000000000e', 'board_email', 'kirjaamo@example.fi');
        )");
        REQUIRE(handle.execScript(setup).isEmpty());
        REQUIRE(Migrations::apply(handle, 26, 27, 42).isEmpty());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT name, role, language, method, sent_on, received_on "
                                          "FROM decision_recipients WHERE decision_id = "
                                          "'00000000-0000-4000-8000-00000000000a' ORDER BY position")));
        QStringList rows;
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < 6; ++i)
                row << query.value(i).toString();
            rows << row.join(QLatin1Char('|'));
        }
        // Helmi is 15 on 28 February in a common year; every copy in the language it was kept in;
        // the first sending is theirs, handed over: received that day.
        CHECK(rows == QStringList{QStringLiteral("Helmi Virtanen|child|fi|in_person|2027-03-01|2027-03-01"),
                                  QStringLiteral("Maria Virtanen|guardian|fi|in_person|2027-03-01|2027-03-01")});
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM decision_recipients WHERE decision_id = "
                                          "'00000000-0000-4000-8000-00000000000b'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0); // served long ago without a record: no reminder now
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM decision_notifications")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 2); // every sending recorded before is kept
        REQUIRE(query.exec(QStringLiteral("SELECT language, rendered_html FROM decision_documents")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("fi"));
        CHECK(query.value(1).toString() == QStringLiteral("<html>A</html>"));
        CHECK_FALSE(query.next());
        REQUIRE(query.exec(QStringLiteral("SELECT key FROM organisation_settings")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("registry_email"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("serve"));
}

TEST_CASE("Migration 29: every initiation kept as the one that opened its case, a second one fits", "[migrations]")
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("repeats"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        const SqliteHandle handle(db);
        REQUIRE(Migrations::apply(handle, 0, 28, 42).isEmpty());
        const QString setup = QStringLiteral(R"(
            INSERT INTO families (id, name) VALUES ('00000000-0000-4000-8000-000000000001', 'Virtanen');
            INSERT INTO persons (id, first_names, last_name, birth_date)
                VALUES ('00000000-0000-4000-8000-000000000003', 'Helmi', 'Virtanen', '2012-02-29');
            INSERT INTO cases (id, case_number, family_id, child_id, next_deadline_due)
                VALUES ('00000000-0000-4000-8000-000000000006', '2026-00001', '00000000-0000-4000-8000-000000000001',
                        '00000000-0000-4000-8000-000000000003', '2026-03-11');
            INSERT INTO initiations (id, case_id, received_at, reasons, decided_on, assessment_starts)
                VALUES ('00000000-0000-4000-8000-000000000007', '00000000-0000-4000-8000-000000000006',
                        '2026-03-02T10:00:00.000', 'violence upbringing', '2026-03-04', 1);
            UPDATE cases SET next_deadline_due = '2026-06-02' WHERE id = '00000000-0000-4000-8000-000000000006';
        )");
        REQUIRE(handle.execScript(setup).isEmpty());
        REQUIRE(Migrations::apply(handle, 28, 29, 42).isEmpty());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT opens_case, reasons, decided_on, assessment_starts, police_report "
                                          "FROM initiations")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
        CHECK(query.value(1).toString() == QStringLiteral("violence upbringing"));
        CHECK(query.value(2).toString() == QStringLiteral("2026-03-04"));
        CHECK(query.value(3).toInt() == 1);
        CHECK(query.value(4).toString().isEmpty());
        CHECK_FALSE(query.next());

        // A later notification fits beside it; a second opening one does not.
        const QString later = QStringLiteral(R"(
            INSERT INTO initiations (id, case_id, received_at, opens_case)
                VALUES ('00000000-0000-4000-8000-000000000008', '00000000-0000-4000-8000-000000000006',
                        '2026-03-31T10:00:00.000', 0);
            UPDATE cases SET next_deadline_due = '2026-04-13' WHERE id = '00000000-0000-4000-8000-000000000006';
        )");
        REQUIRE(handle.execScript(later).isEmpty());
        CHECK_FALSE(handle.execScript(QStringLiteral(
                        "INSERT INTO initiations (id, case_id, received_at) VALUES "
                        "('00000000-0000-4000-8000-000000000009', '00000000-0000-4000-8000-000000000006', "
                        "'2026-04-01T10:00:00.000')")).isEmpty());
        // The open deadlines table keeps the first one's dates and the later one's receipt.
        REQUIRE(query.exec(QStringLiteral("SELECT received_at, later_received_on FROM open_deadline_cases")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString().startsWith(QStringLiteral("2026-03-02")));
        CHECK(query.value(1).toString() == QStringLiteral("2026-03-31"));
        CHECK(handle.execScript(QStringLiteral("DELETE FROM initiations")).contains(QStringLiteral("archived")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("repeats"));
}

// A field copy brings only what was sent: from its own database, with the
// families and cases sealed in it, and never a rewrite of this database's
// logs, history or workers.
#include "agreementfixture.h"
#include "catchshim.h"
#include "testdatabase.h"

#include "backup/backupfile.h"
#include "fieldcopy/fieldcopyexport.h"
#include "fieldcopy/fieldcopyimport.h"
#include "storage/familyrepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

using namespace tukipolku;
using tukipolku::test::AgreementFixture;
using tukipolku::test::TestDatabase;

namespace {
const QString password = QStringLiteral("kotikäynti 2026");

QString exportFamily(Database &from, const QString &familyId, const QString &file)
{
    const Result written = FieldCopyExport::write(from, {{familyId}, file, password, {}, QStringLiteral("Testi")});
    INFO(written.message());
    REQUIRE(written.ok());
    return file;
}

int countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// Runs statements on a decrypted field copy, as someone with its password could.
void tamper(const QString &plain, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(plain);
        REQUIRE(db.open());
        QSqlQuery query(db);
        // The append-only guards of the copy's own schema go first, as an attacker's would.
        QStringList triggers;
        REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
        while (query.next())
            triggers << query.value(0).toString();
        for (const QString &trigger : triggers)
            REQUIRE(query.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger)));
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

// An INSERT that copies the row `id` of `table` with a new id and the given values.
QString copyRow(const QSqlDatabase &db, const QString &table, const QString &id, const QString &newId,
                const QMap<QString, QString> &values)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    QStringList selected;
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name == QLatin1String("search_id"))
            continue;
        names << name;
        selected << (name == QLatin1String("id") ? QStringLiteral("'%1'").arg(newId)
                     : values.contains(name)     ? QStringLiteral("'%1'").arg(values.value(name))
                                                 : name);
    }
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE id = '%4'")
        .arg(table, names.join(QLatin1String(", ")), selected.join(QLatin1String(", ")), id);
}
} // namespace

TEST_CASE("Field copy: a copy of another database is refused and changes nothing", "[fieldcopy]")
{
    AgreementFixture officeA;
    AgreementFixture officeB;
    QTemporaryDir dir;
    const QString fromB = exportFamily(officeB.db.database(), officeB.clientCase.familyId,
                                       dir.filePath(QStringLiteral("b.tpfield")));
    // Both offices hold a family Virtanen: the same names, different records.
    const int families = countOf(officeA.db.connection(), QStringLiteral("SELECT count(*) FROM families"));
    {
        FieldCopyImport import(officeA.db.database());
        const Result read = import.read(fromB, password);
        CHECK_FALSE(read.ok());
        CHECK(read.message().contains(QStringLiteral("another database")));
        CHECK_FALSE(import.apply({}, officeA.db.worker().id).ok());
    }
    CHECK(countOf(officeA.db.connection(), QStringLiteral("SELECT count(*) FROM families")) == families);

    // A laptop that took A's copy takes no copy of B.
    TestDatabase laptop;
    {
        FieldCopyImport fromA(laptop.database());
        REQUIRE(fromA.read(exportFamily(officeA.db.database(), officeA.clientCase.familyId,
                                        dir.filePath(QStringLiteral("a.tpfield"))),
                           password)
                    .ok());
        REQUIRE(fromA.apply({}, laptop.worker().id).ok());
    }
    FieldCopyImport second(laptop.database());
    const Result refused = second.read(fromB, password);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("another database than the one this laptop's copy came from")));
    // And the laptop sends back only the families it was given.
    Family own;
    own.name = QStringLiteral("Omanen");
    REQUIRE(FamilyRepository(laptop.connection(), laptop.worker().id).save(own).ok());
    const Result widened = FieldCopyExport::write(laptop.database(), {{own.id}, dir.filePath(QStringLiteral("w.tpfield")),
                                                                      password, {}, QStringLiteral("Testi")});
    INFO(widened.message().toStdString());
    CHECK_FALSE(widened.ok());
    CHECK(widened.message().contains(QStringLiteral("only the families its field copy brought")));
}

TEST_CASE("Field copy: a crafted copy cannot widen its list nor rewrite logs, history or workers", "[fieldcopy]")
{
    AgreementFixture office;
    QTemporaryDir dir;
    const QString file = exportFamily(office.db.database(), office.clientCase.familyId,
                                      dir.filePath(QStringLiteral("out.tpfield")));
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    const QSqlDatabase here = office.db.connection();

    SECTION("a list widened after the copy was made breaks its seal")
    {
        REQUIRE(BackupFile::decrypt(file, plain, password).ok());
        tamper(plain, {QStringLiteral("UPDATE field_copy_info SET value = value || ',%1' WHERE key = 'scope_cases'")
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))});
        FieldCopyImport import(office.db.database());
        const Result read = import.readPlain(plain);
        CHECK_FALSE(read.ok());
        CHECK(read.message().contains(QStringLiteral("has been changed after the copy was made")));
    }
    SECTION("records outside the list, and rewrites of what is this database's own, are not taken")
    {
        REQUIRE(BackupFile::decrypt(file, plain, password).ok());
        const QString foreignCase = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString foreignLog = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString logId;
        {
            QSqlQuery first(here);
            REQUIRE(first.exec(QStringLiteral("SELECT id, detail FROM access_log ORDER BY created_at LIMIT 1")));
            REQUIRE(first.next());
            logId = first.value(0).toString();
        }
        const int logged = countOf(here, QStringLiteral("SELECT count(*) FROM access_log"));
        const int history = countOf(here, QStringLiteral("SELECT count(*) FROM record_history"));
        tamper(plain, {copyRow(here, QStringLiteral("cases"), office.clientCase.id, foreignCase,
                               {{QStringLiteral("case_number"), QStringLiteral("2099-99999")}}),
                       copyRow(here, QStringLiteral("access_log"), logId, foreignLog,
                               {{QStringLiteral("case_id"), foreignCase}}),
                       QStringLiteral("UPDATE access_log SET detail = 'forged' WHERE id = '%1'").arg(logId),
                       QStringLiteral("UPDATE record_history SET new_value = 'forged'"),
                       QStringLiteral("UPDATE workers SET last_name = 'Väärennös', updated_at = '2099-01-01T00:00:00.000Z'")});
        FieldCopyImport import(office.db.database());
        const Result read = import.readPlain(plain);
        INFO(read.message());
        REQUIRE(read.ok());
        CHECK_FALSE(import.summary().refused.isEmpty());
        CHECK(import.summary().refused.join(QLatin1Char(' ')).contains(QStringLiteral("not among the families and cases")));
        REQUIRE(import.apply({}, office.db.worker().id).ok());

        CHECK(countOf(here, QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1'").arg(foreignCase)) == 0);
        CHECK(countOf(here, QStringLiteral("SELECT count(*) FROM access_log WHERE id = '%1'").arg(foreignLog)) == 0);
        CHECK(countOf(here, QStringLiteral("SELECT count(*) FROM access_log")) == logged);
        CHECK(countOf(here, QStringLiteral("SELECT count(*) FROM access_log WHERE detail = 'forged'")) == 0);
        CHECK(countOf(here, QStringLiteral("SELECT count(*) FROM record_history")) == history);
        CHECK(countOf(here, QStringLiteral("SELECT count(*) FROM record_history WHERE new_value = 'forged'")) == 0);
        CHECK(countOf(here, QStringLiteral("SELECT count(*) FROM workers WHERE last_name = 'Väärennös'")) == 0);
    }
}

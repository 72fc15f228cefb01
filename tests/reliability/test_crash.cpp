#include "catchshim.h"

#include "storage/database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace tukipolku;

namespace {
int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}
} // namespace

// The writer is killed with SIGKILL at random moments, 200 times: after each
// kill the file passes integrity_check and the schema check, every case the
// writer reported as committed is there, and no case is half-written (each
// has its child and its initiation).
TEST_CASE("Crash: 200 kills while writing leave a whole file with every commit", "[reliability][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QStringList committed;
    int kills = 0;
    QRandomGenerator random(2026);
    for (int round = 0; round < 200; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(TUKIPOLKU_CRASH_WRITER), {path});
        REQUIRE(writer.waitForStarted(10000));
        QThread::msleep(10 + random.bounded(80));
        ::kill(pid_t(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(10000));
        ++kills;
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (line.size() == 36)
                committed << QString::fromLatin1(line);
        }
        Database database;
        INFO("round " << round);
        const bool opened = database.open(path); // the lock of the killed writer is taken over
        INFO(database.error().message().toStdString());
        REQUIRE(opened);
        CHECK(database.check().isEmpty());
        const QSqlDatabase db = database.connection();
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases c LEFT JOIN initiations i ON i.case_id = c.id "
                                       "LEFT JOIN persons p ON p.id = c.child_id WHERE i.id IS NULL OR p.id IS NULL"))
              == 0);
        if (!committed.isEmpty()) {
            QSqlQuery found(db);
            found.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"));
            found.addBindValue(committed.last());
            REQUIRE(found.exec());
            REQUIRE(found.next());
            CHECK(found.value(0).toInt() == 1);
        }
        if (round % 50 == 49 || round == 199) {
            // Now and then every reported commit, not only the last.
            QSet<QString> stored;
            QSqlQuery all(db);
            REQUIRE(all.exec(QStringLiteral("SELECT id FROM cases")));
            while (all.next())
                stored.insert(all.value(0).toString());
            for (const QString &id : std::as_const(committed))
                CHECK(stored.contains(id));
        }
    }
    CHECK(kills == 200);
    // The writer did get work done between the kills. Under AddressSanitizer
    // with the other suite running beside it, most of each 10-90 ms goes to
    // starting the process: 46 commits were seen once (about 100 usually).
    CHECK(committed.size() > 25);
    std::printf("crash test: %d kills survived, %lld commits checked\n", kills, static_cast<long long>(committed.size()));
}

// A disk that fills up: the writer may grow the files by only 1 MB more.
// The write that does not fit fails with the program's message, nothing
// half-written is left, and everything saved before it is there.
TEST_CASE("Disk full: the write that does not fit fails with a message, the rest stays whole", "[reliability][diskfull]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.sqlite"));
    {
        Database created; // the schema first, without a limit
        REQUIRE(created.open(path));
    }
    QProcess writer;
    writer.start(QStringLiteral(TUKIPOLKU_CRASH_WRITER), {path, QStringLiteral("--limit-bytes"), QStringLiteral("1000000")});
    REQUIRE(writer.waitForFinished(120000));
    CHECK(writer.exitStatus() == QProcess::NormalExit); // no crash, no SIGXFSZ
    CHECK(writer.exitCode() == 3);
    const QString message = QString::fromUtf8(writer.readAllStandardError());
    // The file-size limit makes SQLite's write fail as an I/O error (a full
    // disk would say "disk is full"): the message says the real cause.
    CHECK(message.contains(QStringLiteral("The disk could not write to the database")));
    CHECK(message.contains(QStringLiteral("the change was not saved")));
    QStringList committed;
    for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
        if (line.size() == 36)
            committed << QString::fromLatin1(line);
    }
    CHECK(committed.size() >= 3); // some work was saved before the disk filled

    Database database;
    REQUIRE(database.open(path));
    CHECK(database.check().isEmpty());
    const QSqlDatabase db = database.connection();
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases c LEFT JOIN initiations i ON i.case_id = c.id "
                                   "WHERE i.id IS NULL"))
          == 0);
    QSqlQuery found(db);
    found.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"));
    for (const QString &id : std::as_const(committed)) {
        found.addBindValue(id);
        REQUIRE(found.exec());
        REQUIRE(found.next());
        CHECK(found.value(0).toInt() == 1);
    }
    std::printf("disk-full test: %lld commits kept, then: %s\n", static_cast<long long>(committed.size()),
                qPrintable(message.trimmed().left(80)));
}

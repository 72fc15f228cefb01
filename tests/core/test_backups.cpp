#include "catchshim.h"
#include "agreementfixture.h"

#include "backup/backupfile.h"
#include "backup/backuplocation.h"
#include "backup/backups.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace tukipolku;
using tukipolku::test::AgreementFixture;

namespace {
// Every row of every table, as text, table by table: two databases hold the
// same records when their dumps are equal.
QStringList dump(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE 'search%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        while (q.next()) {
            QStringList values{table};
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

QStringList dumpOf(const QString &path)
{
    Database restored;
    REQUIRE(restored.open(path, Database::Mode::ReadOnly));
    return dump(restored.connection());
}

void flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(offset));
    REQUIRE(file.putChar(char(byte ^ 0x20)));
}
} // namespace

TEST_CASE("Backups: a plain and an encrypted backup restore record by record", "[backups]")
{
    AgreementFixture f; // a family, a case, a provider, a measure, rates
    Agreement a = f.signable();
    f.signAll(a, QDate(2025, 11, 28));
    const QStringList original = dump(f.db.connection());
    REQUIRE(original.size() > 40);
    QTemporaryDir dir;

    const QString plain = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(Backups::write(f.db.database(), plain).ok());
    CHECK_FALSE(BackupFile::isEncrypted(plain));
    const QString fromPlain = dir.filePath(QStringLiteral("restored.sqlite"));
    REQUIRE(Backups::restore(plain, fromPlain).ok());
    CHECK(dumpOf(fromPlain) == original);

    const QString sealed = dir.filePath(QStringLiteral("backup.tpbackup"));
    REQUIRE(Backups::write(f.db.database(), sealed, QStringLiteral("salasana äö")).ok());
    CHECK(BackupFile::isEncrypted(sealed));
    QFile raw(sealed);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("Virtanen")); // nothing readable without the password
    const QString fromSealed = dir.filePath(QStringLiteral("restored-encrypted.sqlite"));
    REQUIRE(Backups::restore(sealed, fromSealed, QStringLiteral("salasana äö")).ok());
    CHECK(dumpOf(fromSealed) == original);

    // Nothing is ever overwritten.
    CHECK_FALSE(Backups::write(f.db.database(), plain).ok());
    const Result again = Backups::restore(plain, fromPlain);
    CHECK_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("already exists")));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 4); // no partial files left behind
}

TEST_CASE("Backups: a wrong password, a changed byte or a cut-off file is refused clearly", "[backups]")
{
    AgreementFixture f;
    QTemporaryDir dir;
    const QString sealed = dir.filePath(QStringLiteral("backup.tpbackup"));
    REQUIRE(Backups::write(f.db.database(), sealed, QStringLiteral("oikea")).ok());

    const QString target = dir.filePath(QStringLiteral("restored.sqlite"));
    const Result wrong = Backups::restore(sealed, target, QStringLiteral("väärä"));
    CHECK_FALSE(wrong.ok());
    CHECK(wrong.message().contains(QStringLiteral("password is wrong or the file is damaged")));
    CHECK_FALSE(QFile::exists(target));

    const QString flipped = dir.filePath(QStringLiteral("flipped.tpbackup"));
    REQUIRE(QFile::copy(sealed, flipped));
    flipByte(flipped, QFileInfo(flipped).size() / 2);
    CHECK_FALSE(Backups::restore(flipped, target, QStringLiteral("oikea")).ok());
    CHECK_FALSE(QFile::exists(target));

    const QString cut = dir.filePath(QStringLiteral("cut.tpbackup"));
    REQUIRE(QFile::copy(sealed, cut));
    {
        QFile file(cut);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() - 100));
    }
    CHECK_FALSE(Backups::restore(cut, target, QStringLiteral("oikea")).ok());
    CHECK_FALSE(QFile::exists(target));

    // A plain backup damaged in the middle does not pass the check either.
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    REQUIRE(Backups::write(f.db.database(), plain).ok());
    {
        QFile file(plain);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 2));
    }
    CHECK_FALSE(Backups::restore(plain, target).ok());
    CHECK_FALSE(QFile::exists(target));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.partial-*")}, QDir::Files).isEmpty());
}

TEST_CASE("Backups: a folder keeps the newest of 7 days, 4 weeks and 12 months", "[backups]")
{
    // A backup every evening for 400 days up to Monday 23.11.2026.
    QList<QPair<QString, QDateTime>> backups;
    const QDate last(2026, 11, 23);
    for (int i = 0; i < 400; ++i) {
        const QDate day = last.addDays(-i);
        backups.append({day.toString(Qt::ISODate), QDateTime(day, QTime(20, 0))});
    }
    const QStringList removed = Backups::toRemove(backups);
    QStringList kept;
    for (const auto &backup : backups) {
        if (!removed.contains(backup.first))
            kept << backup.first;
    }
    // The last 7 days; the newest of the 3 weeks before (Sundays); the newest
    // (last) day of each of the 12 months, counting November 2026.
    for (int i = 0; i < 7; ++i)
        CHECK(kept.contains(last.addDays(-i).toString(Qt::ISODate)));
    CHECK(kept.contains(QStringLiteral("2026-11-15")));
    CHECK(kept.contains(QStringLiteral("2026-11-08")));
    CHECK(kept.contains(QStringLiteral("2026-10-31")));
    CHECK(kept.contains(QStringLiteral("2025-12-31")));
    CHECK_FALSE(kept.contains(QStringLiteral("2025-11-30"))); // the 13th month back
    CHECK_FALSE(kept.contains(QStringLiteral("2026-11-10")));
    CHECK(kept.size() == 7 + 2 + 11);
}

namespace {
// A fake /sys/class/block entry for `name` pointing into `devicePath`, with
// the whole disk's "removable" flag.
void fakeBlockDevice(const QDir &sys, const QString &devicePath, const QString &name, const QByteArray &removable)
{
    const QString partition = sys.filePath(devicePath + QStringLiteral("/") + name);
    REQUIRE(QDir().mkpath(partition));
    QFile flag(QFileInfo(partition).absolutePath() + QStringLiteral("/removable"));
    REQUIRE(flag.open(QIODevice::WriteOnly));
    flag.write(removable + "\n");
    REQUIRE(QDir().mkpath(sys.filePath(QStringLiteral("class/block"))));
    REQUIRE(QFile::link(partition, sys.filePath(QStringLiteral("class/block/") + name)));
}
} // namespace

TEST_CASE("Backups: a removable or USB disk is told apart from the computer's own", "[backups]")
{
    QTemporaryDir dir;
    const QDir sys(dir.path());
    fakeBlockDevice(sys, QStringLiteral("devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0/block/sdz"),
                    QStringLiteral("sdz1"), "0"); // a USB disk that calls itself fixed
    fakeBlockDevice(sys, QStringLiteral("devices/platform/mmc0/block/mmcblk9"), QStringLiteral("mmcblk9p1"), "1");
    fakeBlockDevice(sys, QStringLiteral("devices/pci0000:00/0000:00:05.0/virtio2/block/vdz"), QStringLiteral("vdz1"), "0");
    CHECK(BackupLocation::isRemovableBlockDevice(QStringLiteral("/dev/sdz1"), sys.path()));
    CHECK(BackupLocation::isRemovableBlockDevice(QStringLiteral("/dev/mmcblk9p1"), sys.path()));
    CHECK_FALSE(BackupLocation::isRemovableBlockDevice(QStringLiteral("/dev/vdz1"), sys.path()));
    CHECK_FALSE(BackupLocation::isRemovableBlockDevice(QStringLiteral("/dev/nothing"), sys.path()));
    CHECK_FALSE(BackupLocation::isRemovableBlockDevice(QStringLiteral("tmpfs"), sys.path()));
}

TEST_CASE("Backups: a plain backup is refused on a removable disk, an encrypted one is written", "[backups]")
{
    AgreementFixture f;
    QTemporaryDir dir;
    const QString stick = dir.filePath(QStringLiteral("stick"));
    BackupLocation::setDetectorForTesting([stick](const QString &path) { return path.startsWith(stick); });
    struct Restore {
        ~Restore() { BackupLocation::setDetectorForTesting({}); }
    } restore;
    REQUIRE(QDir().mkpath(stick));
    const QString plain = QDir(stick).filePath(QStringLiteral("unit.sqlite"));
    const Result refused = Backups::write(f.db.database(), plain);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("removable")));
    CHECK_FALSE(QFile::exists(plain));
    CHECK(QDir(stick).entryList(QDir::Files).isEmpty()); // nothing half-written left behind
    const QString sealed = QDir(stick).filePath(QStringLiteral("unit.tpbackup"));
    REQUIRE(Backups::write(f.db.database(), sealed, QStringLiteral("pitkä salasana")).ok());
    CHECK(BackupFile::isEncrypted(sealed));
}

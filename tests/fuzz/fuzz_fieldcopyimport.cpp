// The import of a damaged field copy. The encryption refuses any changed byte
// of the file itself, so the damage is done to the decrypted contents: a
// valid field copy made once at the start, with the input's bytes written
// over it at the offsets the input names. Whatever the damage, the import
// never crashes, and the database it imports into stays whole.
#include "fuzzsupport.h"

#include "backup/backupfile.h"
#include "fieldcopy/fieldcopyexport.h"
#include "fieldcopy/fieldcopyimport.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/familyrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tukipolku;

namespace {
QTemporaryDir *work = nullptr;
QByteArray validCopy; // the decrypted bytes of a field copy of one family
QByteArray emptyDatabase; // the bytes of a new, empty database to import into

QString pathOf(const char *name)
{
    return work->filePath(QString::fromLatin1(name));
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    fuzz::require(file.open(QIODevice::ReadOnly), "the set-up file can be read");
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    QFile file(path);
    fuzz::require(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), "the work file is written");
}

// One family with a child and a case, exported; the copy's plain contents kept.
void makeValidCopy()
{
    {
        Database empty;
        fuzz::require(empty.open(pathOf("empty.sqlite")), "an empty database opens");
    }
    emptyDatabase = bytesOf(pathOf("empty.sqlite"));
    Database office;
    fuzz::require(office.open(pathOf("office.sqlite")), "the office database opens");
    FamilyRepository families(office.connection(), {});
    Family family;
    family.name = QStringLiteral("Mäkelä");
    fuzz::require(families.save(family).ok(), "the family is saved");
    Person child;
    child.firstNames = QStringLiteral("Iida");
    child.lastName = QStringLiteral("Mäkelä");
    child.birthDate = QDate(2017, 9, 9);
    fuzz::require(families.addMember(family.id, child, FamilyRole::Child).ok(), "the child is saved");
    ClientCase c;
    c.familyId = family.id;
    c.child = child;
    c.initiation.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0));
    fuzz::require(CaseRepository(office.connection(), {}).open(c).ok(), "the case is opened");
    // The plain contents: what an import has after decrypting the file.
    const QString sealed = pathOf("copy.tpfield");
    const QString password = QStringLiteral("fuzzing 2026");
    fuzz::require(FieldCopyExport::write(office, {{family.id}, sealed, password, {}, {}}).ok(),
                  "the field copy is written");
    fuzz::require(BackupFile::decrypt(sealed, pathOf("copy.sqlite"), password).ok(), "the field copy decrypts");
    validCopy = bytesOf(pathOf("copy.sqlite"));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    work = new QTemporaryDir;
    makeValidCopy();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Each 4 input bytes: a 24-bit offset into the copy and the byte to put there.
    QByteArray damaged = validCopy;
    for (size_t i = 0; i + 4 <= size; i += 4) {
        const qsizetype offset = qsizetype((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]) % damaged.size();
        damaged[offset] = char(data[i + 3]);
    }
    const QString copyPath = pathOf("damaged.sqlite");
    writeBytes(copyPath, damaged);
    QFile::remove(copyPath + QStringLiteral("-journal"));
    const QString targetPath = pathOf("target.sqlite");
    writeBytes(targetPath, emptyDatabase);
    Database target;
    fuzz::require(target.open(targetPath), "the target opens");
    {
        FieldCopyImport import(target);
        if (import.readPlain(copyPath).ok())
            import.apply({}, {}); // may refuse: nothing half-written either way
    }
    QSqlQuery check(target.connection());
    fuzz::require(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next()
                      && check.value(0).toString() == QLatin1String("ok"),
                  "the target stays whole");
    QSqlQuery keys(target.connection());
    fuzz::require(keys.exec(QStringLiteral("PRAGMA foreign_key_check")) && !keys.next(), "no record points nowhere");
    return 0;
}

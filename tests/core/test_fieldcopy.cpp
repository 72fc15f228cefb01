#include "catchshim.h"
#include "agreementfixture.h"

#include "backup/backups.h"
#include "fieldcopy/fieldcopyexport.h"
#include "fieldcopy/fieldcopyimport.h"
#include "fieldcopy/fieldcopytables.h"
#include "storage/caserepository.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/personrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

using namespace tukipolku;
using tukipolku::test::AgreementFixture;
using tukipolku::test::TestDatabase;

namespace {
const QString password = QStringLiteral("kotikäynti 2026");

// The rows of a table as text, without the local search number, sorted.
QStringList rowsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            if (FieldCopyTables::isCopied(q.record().fieldName(i)))
                values << q.value(i).toString();
        }
        rows << values.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

QString exportTo(Database &from, const QString &familyId, const QString &file)
{
    FieldCopyExport::Request request{{familyId}, file, password, {}, QStringLiteral("Testi")};
    const Result written = FieldCopyExport::write(from, request);
    INFO(written.message());
    REQUIRE(written.ok());
    return file;
}

// Reads `file` into `into` and writes it with the conflicts as chosen.
FieldCopySummary importInto(Database &into, const QString &file, const QList<ConflictChoice> &choices = {},
                            QList<FieldCopyConflict> *conflicts = nullptr)
{
    FieldCopyImport import(into);
    const Result read = import.read(file, password);
    INFO(read.message());
    REQUIRE(read.ok());
    if (conflicts)
        *conflicts = import.conflicts();
    const FieldCopySummary summary = import.summary();
    const Result applied = import.apply(choices, {});
    INFO(applied.message());
    REQUIRE(applied.ok());
    return summary;
}

QString phoneOf(const QSqlDatabase &db, const QString &personId)
{
    return PersonRepository(db, {}).find(personId)->phone;
}

// updated_at has millisecond precision: two changes never share a time.
void nextMillisecond()
{
    QThread::msleep(3);
}
} // namespace

TEST_CASE("Field copy: exported families arrive on another installation record by record", "[fieldcopy]")
{
    AgreementFixture office;
    Agreement a = office.signable();
    office.signAll(a, QDate(2025, 11, 28));
    test::decideMeasure(office.db.connection(), office.db.worker().id, office.measure);
    CareDays stay;
    stay.measureId = office.measure.id;
    stay.from = QDate(2026, 3, 6);
    stay.to = QDate(2026, 3, 8);
    REQUIRE(MeasureLogRepository(office.db.connection(), office.db.worker().id).saveCareDays(stay).ok());
    QTemporaryDir dir;
    const QString file = exportTo(office.db.database(), office.clientCase.familyId, dir.filePath(QStringLiteral("a.tpfield")));

    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("Virtanen")); // encrypted

    TestDatabase laptop;
    QList<FieldCopyConflict> conflicts;
    const FieldCopySummary summary = importInto(laptop.database(), file, {}, &conflicts);
    CHECK(conflicts.isEmpty());
    CHECK(summary.refused.isEmpty());
    CHECK(summary.familyNames == QStringList{QStringLiteral("Virtanen")});
    CHECK(summary.exportedBy == QStringLiteral("Testi"));
    CHECK(summary.added > 20);

    for (const FieldCopyTable &table : FieldCopyTables::all()) {
        // The built-in catalogue is in every database already, stamped when each was made.
        if (table.name == QLatin1String("measure_catalogue"))
            continue;
        INFO(table.name.toStdString());
        const QStringList there = rowsOf(laptop.connection(), table.name);
        for (const QString &row : rowsOf(office.db.connection(), table.name)) {
            if (table.name == QLatin1String("access_log") && row.contains(QLatin1String("|export|")))
                continue; // written while exporting, after the copy was taken
            CHECK(there.contains(row));
        }
    }
    // The laptop finds the child by name: the search index was filled.
    QSqlQuery search(laptop.connection());
    REQUIRE(search.exec(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH 'virtanen'")));
    REQUIRE(search.next());
    CHECK(search.value(0).toInt() == 1);
    search.finish();
    // Exporting is logged for the case on the office side.
    QSqlQuery logged(office.db.connection());
    REQUIRE(logged.exec(QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'export' AND case_id = '%1'")
                            .arg(office.clientCase.id)));
    REQUIRE(logged.next());
    CHECK(logged.value(0).toInt() == 1);

    // The same file again changes nothing.
    const FieldCopySummary again = importInto(laptop.database(), file);
    CHECK(again.added == 0);
    CHECK(again.taken == 0);
    CHECK(again.refused.isEmpty());
}

namespace {
QString guardianOf(const QSqlDatabase &db, const QString &familyId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT person_id FROM family_members WHERE family_id = ? AND role = 'guardian'"));
    q.addBindValue(familyId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

void setPhone(const QSqlDatabase &db, const QString &workerId, const QString &personId, const QString &phone)
{
    PersonRepository persons(db, workerId);
    Person p = *persons.find(personId);
    p.phone = phone;
    const Result saved = persons.save(p);
    INFO(saved.message());
    REQUIRE(saved.ok());
}
} // namespace

TEST_CASE("Field copy: one-sided changes are taken and changes on both sides are conflicts", "[fieldcopy]")
{
    AgreementFixture office;
    test::decideMeasure(office.db.connection(), office.db.worker().id, office.measure);
    QTemporaryDir dir;
    TestDatabase laptop;
    importInto(laptop.database(), exportTo(office.db.database(), office.clientCase.familyId,
                                           dir.filePath(QStringLiteral("out.tpfield"))));
    const QString guardian = guardianOf(office.db.connection(), office.clientCase.familyId);
    const QString child = office.clientCase.child.id;
    nextMillisecond();

    // On the home visit: the guardian's new phone, a stay logged, the measure's goals sharpened.
    setPhone(laptop.connection(), laptop.worker().id, guardian, QStringLiteral("040 111 2222"));
    CareDays stay;
    stay.measureId = office.measure.id;
    stay.from = QDate(2026, 3, 6);
    stay.to = QDate(2026, 3, 8);
    REQUIRE(MeasureLogRepository(laptop.connection(), laptop.worker().id).saveCareDays(stay).ok());
    MeasureRepository laptopMeasures(laptop.connection(), laptop.worker().id);
    Measure m = *laptopMeasures.find(office.measure.id);
    m.goals = QStringLiteral("Turvallinen aikuinen ja oma harrastus");
    REQUIRE(laptopMeasures.save(m).ok());
    // Meanwhile at the office: the guardian's phone from another call, the child's e-mail.
    setPhone(office.db.connection(), office.db.worker().id, guardian, QStringLiteral("050 999 8888"));
    PersonRepository officePersons(office.db.connection(), office.db.worker().id);
    Person c = *officePersons.find(child);
    c.email = QStringLiteral("eetu@example.fi");
    REQUIRE(officePersons.save(c).ok());

    const QString back = exportTo(laptop.database(), office.clientCase.familyId, dir.filePath(QStringLiteral("back.tpfield")));
    {
    FieldCopyImport import(office.db.database());
    REQUIRE(import.read(back, password).ok());
    // Exactly one conflict: the guardian's phone, side by side.
    REQUIRE(import.conflicts().size() == 1);
    const FieldCopyConflict &conflict = import.conflicts().first();
    CHECK(conflict.table == QStringLiteral("persons"));
    CHECK(conflict.recordId == guardian);
    REQUIRE(conflict.differences.size() == 1);
    CHECK(conflict.differences.first().column == QStringLiteral("phone"));
    CHECK(conflict.differences.first().here == QStringLiteral("050 999 8888"));
    CHECK(conflict.differences.first().there == QStringLiteral("040 111 2222"));
    CHECK(import.summary().added >= 1);  // the stay
    CHECK(import.summary().taken >= 1);  // the measure
    CHECK(import.summary().keptHere >= 1); // the child's e-mail
    // Reading writes nothing.
    CHECK(phoneOf(office.db.connection(), guardian) == QStringLiteral("050 999 8888"));

    // Undecided: everything else goes in, the conflict stays as it is here.
    REQUIRE(import.apply({}, office.db.worker().id).ok());
    CHECK(phoneOf(office.db.connection(), guardian) == QStringLiteral("050 999 8888"));
    CHECK(PersonRepository(office.db.connection(), {}).find(child)->email == QStringLiteral("eetu@example.fi"));
    CHECK(MeasureRepository(office.db.connection(), {}).find(office.measure.id)->goals
          == QStringLiteral("Turvallinen aikuinen ja oma harrastus"));
    CHECK(MeasureLogRepository(office.db.connection(), {}).careDays(office.measure.id)->size() == 1);
    }

    // The same file again: only the undecided conflict comes back; taking the laptop's phone.
    QList<FieldCopyConflict> again;
    const FieldCopySummary second = importInto(office.db.database(), back, {ConflictChoice::TakeCopy}, &again);
    CHECK(again.size() == 1);
    CHECK(second.added == 0);
    CHECK(second.taken == 0);
    CHECK(phoneOf(office.db.connection(), guardian) == QStringLiteral("040 111 2222"));
    QList<FieldCopyConflict> none;
    importInto(office.db.database(), back, {}, &none);
    CHECK(none.isEmpty());

    // Back to the laptop: the office's e-mail is taken, the laptop's own changes stay.
    const QString out2 = exportTo(office.db.database(), office.clientCase.familyId, dir.filePath(QStringLiteral("out2.tpfield")));
    QList<FieldCopyConflict> onLaptop;
    importInto(laptop.database(), out2, {}, &onLaptop);
    CHECK(onLaptop.isEmpty());
    CHECK(PersonRepository(laptop.connection(), {}).find(child)->email == QStringLiteral("eetu@example.fi"));
    CHECK(phoneOf(laptop.connection(), guardian) == QStringLiteral("040 111 2222"));
}

TEST_CASE("Field copy: a signed agreement never conflicts with a draft", "[fieldcopy]")
{
    AgreementFixture office;
    const Agreement draft = office.signable();
    QTemporaryDir dir;
    TestDatabase laptop;
    importInto(laptop.database(), exportTo(office.db.database(), office.clientCase.familyId,
                                           dir.filePath(QStringLiteral("out.tpfield"))));
    nextMillisecond();
    // The office signs; the laptop still edits the draft.
    office.signAll(draft, QDate(2025, 11, 28));
    AgreementRepository laptopAgreements(laptop.connection(), laptop.worker().id);
    Agreement edited = *laptopAgreements.find(draft.id);
    edited.transport = QStringLiteral("Tukiperhe hakee lapsen koulusta");
    REQUIRE(laptopAgreements.save(edited).ok());

    QList<FieldCopyConflict> conflicts;
    const QString back = exportTo(laptop.database(), office.clientCase.familyId, dir.filePath(QStringLiteral("back.tpfield")));
    const FieldCopySummary summary = importInto(office.db.database(), back, {}, &conflicts);
    CHECK(conflicts.isEmpty());
    CHECK(summary.refused.isEmpty());
    const Agreement signedHere = *office.agreements.find(draft.id);
    CHECK(signedHere.status == AgreementStatus::Signed);
    CHECK(signedHere.transport == draft.transport);

    // The other way the signed one replaces the laptop's draft.
    const QString out2 = exportTo(office.db.database(), office.clientCase.familyId, dir.filePath(QStringLiteral("out2.tpfield")));
    importInto(laptop.database(), out2, {}, &conflicts);
    CHECK(conflicts.isEmpty());
    CHECK(laptopAgreements.find(draft.id)->status == AgreementStatus::Signed);
    CHECK(laptopAgreements.find(draft.id)->transport == draft.transport);
}

TEST_CASE("Field copy: a wrong password or a changed byte or another file is refused and changes nothing", "[fieldcopy]")
{
    AgreementFixture office;
    QTemporaryDir dir;
    const QString file = exportTo(office.db.database(), office.clientCase.familyId, dir.filePath(QStringLiteral("a.tpfield")));
    TestDatabase laptop;
    const QStringList before = rowsOf(laptop.connection(), QStringLiteral("persons"));

    FieldCopyImport import(laptop.database());
    const Result wrong = import.read(file, QStringLiteral("väärä salasana"));
    CHECK_FALSE(wrong.ok());
    CHECK(wrong.message().contains(QStringLiteral("password")));
    CHECK_FALSE(import.apply({}, {}).ok());

    QFile damaged(file);
    REQUIRE(damaged.open(QIODevice::ReadWrite));
    REQUIRE(damaged.seek(damaged.size() / 2));
    char byte = 0;
    REQUIRE(damaged.getChar(&byte));
    REQUIRE(damaged.seek(damaged.size() / 2));
    REQUIRE(damaged.putChar(char(byte ^ 0x01)));
    damaged.close();
    CHECK_FALSE(import.read(file, password).ok());

    const QString backup = dir.filePath(QStringLiteral("b.tpbackup"));
    REQUIRE(Backups::write(office.db.database(), backup, password).ok());
    const Result notACopy = import.read(backup, password);
    CHECK_FALSE(notACopy.ok());
    CHECK(notACopy.message().contains(QStringLiteral("backup")));
    CHECK_FALSE(import.read(office.db.path(), password).ok());
    CHECK(rowsOf(laptop.connection(), QStringLiteral("persons")) == before);

    FieldCopyExport::Request shortPassword{{office.clientCase.familyId}, dir.filePath(QStringLiteral("c.tpfield")),
                                           QStringLiteral("lyhyt"), {}, {}};
    CHECK_FALSE(FieldCopyExport::write(office.db.database(), shortPassword).ok());
    CHECK_FALSE(QFile::exists(shortPassword.target));
    FieldCopyExport::Request unknown{{QStringLiteral("no-such-family")}, shortPassword.target, password, {}, {}};
    CHECK(FieldCopyExport::write(office.db.database(), unknown).message().contains(QStringLiteral("no-such-family")));
    CHECK_FALSE(QFile::exists(shortPassword.target));
}

TEST_CASE("Field copy: a person whose identity code is taken here is refused with what hangs on them", "[fieldcopy]")
{
    AgreementFixture office;
    QTemporaryDir dir;
    const QString file = exportTo(office.db.database(), office.clientCase.familyId, dir.filePath(QStringLiteral("a.tpfield")));
    TestDatabase laptop;
    // The laptop already has the child under another record (typed in by hand).
    Person same = office.clientCase.child;
    same.id.clear();
    REQUIRE(PersonRepository(laptop.connection(), laptop.worker().id).save(same).ok());

    FieldCopyImport import(laptop.database());
    REQUIRE(import.read(file, password).ok());
    REQUIRE_FALSE(import.summary().refused.isEmpty());
    CHECK(import.summary().refused.first().contains(same.identityCode));
    REQUIRE(import.apply({}, {}).ok()); // the rest goes in; nothing half-written
    QSqlQuery cases(laptop.connection());
    REQUIRE(cases.exec(QStringLiteral("SELECT count(*) FROM cases")));
    REQUIRE(cases.next());
    CHECK(cases.value(0).toInt() == 0); // the case hangs on the refused child
}

TEST_CASE("Field copy: a notification recorded on the home visit arrives on the office's case", "[fieldcopy][notifications]")
{
    AgreementFixture office;
    QTemporaryDir dir;
    TestDatabase laptop;
    importInto(laptop.database(), exportTo(office.db.database(), office.clientCase.familyId,
                                           dir.filePath(QStringLiteral("out.tpfield"))));
    nextMillisecond();
    Initiation later;
    later.receivedAt = test::at10(QDate(2026, 3, 31));
    later.contactBy = ContactBy::Child;
    later.reasons = {ContactReason::ChildOwnRequest};
    later.description = QStringLiteral("Eetu kertoi kotikäynnillä riidoista ja pyysi apua.");
    REQUIRE(CaseRepository(laptop.connection(), laptop.worker().id).addInitiation(office.clientCase.id, later).ok());

    QList<FieldCopyConflict> conflicts;
    const FieldCopySummary summary = importInto(office.db.database(),
                                                exportTo(laptop.database(), office.clientCase.familyId,
                                                         dir.filePath(QStringLiteral("back.tpfield"))),
                                                {}, &conflicts);
    CHECK(conflicts.isEmpty());
    CHECK(summary.refused.isEmpty());
    CHECK(summary.added >= 1); // with its history
    const ClientCase merged = *CaseRepository(office.db.connection(), office.db.worker().id).find(office.clientCase.id);
    REQUIRE(merged.laterInitiations.size() == 1);
    CHECK(merged.laterInitiations.first().id == later.id);
    CHECK(merged.laterInitiations.first().description == later.description);
    CHECK(merged.initiation.id == office.clientCase.initiation.id); // the first one stays the opening one
}

#include "fieldcopy/fieldcopyexport.h"

#include "backup/backupfile.h"
#include "fieldcopy/fieldcopyfile.h"
#include "fieldcopy/fieldcopyscope.h"
#include "fieldcopy/fieldcopytables.h"
#include "storage/accesslog.h"
#include "storage/codes.h"
#include "storage/database.h"
#include "storage/recordwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include "files/outputfile.h"
#include "files/privateworkfolder.h"

#include <algorithm>

namespace tukipolku {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Runs one statement; a failure becomes the user's message.
Result run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    query.finish(); // a statement left reading would hold the transaction open
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Result::failure(FieldCopyExport::tr("The field copy could not be written: %1")
                                   .arg(query.lastError().text()));
    return {};
}

// The chosen families, their cases and their members as temporary tables
// that the tables' selections refer to.
Result chooseFamilies(QSqlQuery &query, const QStringList &familyIds)
{
    for (const char *sql : {"DROP TABLE IF EXISTS temp.fc_families", "DROP TABLE IF EXISTS temp.fc_cases",
                            "DROP TABLE IF EXISTS temp.fc_persons",
                            "CREATE TEMP TABLE fc_families (id TEXT PRIMARY KEY)",
                            "CREATE TEMP TABLE fc_cases (id TEXT PRIMARY KEY)",
                            "CREATE TEMP TABLE fc_persons (id TEXT PRIMARY KEY)"}) {
        if (Result done = run(query, QString::fromLatin1(sql)); !done)
            return done;
    }
    for (const QString &id : familyIds) {
        if (Result done = run(query, QStringLiteral("SELECT 1 FROM main.families WHERE id = ?"), {id}); !done)
            return done;
        const bool known = query.next();
        query.finish();
        if (!known)
            return Result::failure(FieldCopyExport::tr("There is no family with the id %1.").arg(id));
        if (Result done = run(query, QStringLiteral("INSERT OR IGNORE INTO fc_families (id) VALUES (?)"), {id}); !done)
            return done;
    }
    if (Result done = run(query, QStringLiteral("INSERT INTO fc_cases SELECT id FROM main.cases "
                                                "WHERE family_id IN (SELECT id FROM fc_families)"));
        !done)
        return done;
    return run(query, QStringLiteral("INSERT OR IGNORE INTO fc_persons SELECT person_id FROM main.family_members "
                                     "WHERE family_id IN (SELECT id FROM fc_families) "
                                     "UNION SELECT child_id FROM main.cases WHERE id IN (SELECT id FROM fc_cases)"));
}

Result copyRows(QSqlQuery &query, const QSqlDatabase &connection)
{
    for (const QString &name : FieldCopyTables::writeOrder()) {
        const auto table = *std::find_if(FieldCopyTables::all().cbegin(), FieldCopyTables::all().cend(),
                                         [&](const FieldCopyTable &t) { return t.name == name; });
        const QStringList columns = FieldCopyTables::copiedColumns(connection, table.name);
        QStringList updates;
        for (const QString &column : columns)
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
        // The catalogue's built-in entries are already in the new file: they
        // take this database's version of them.
        const QString sql = QStringLiteral("INSERT INTO copy.%1 (%2) SELECT %2 FROM main.%1 WHERE (%3) "
                                           "ORDER BY created_at ON CONFLICT (id) DO UPDATE SET %4")
                                .arg(table.name, columns.join(QLatin1String(", ")), table.selection,
                                     updates.join(QLatin1String(", ")));
        if (Result done = run(query, sql); !done)
            return done;
    }
    return {};
}

Result describeCopy(QSqlQuery &query, const QSqlDatabase &connection, const FieldCopyExport::Request &request)
{
    if (Result done = run(query, QStringLiteral("CREATE TABLE copy.%1 (key TEXT PRIMARY KEY, value TEXT)")
                                     .arg(FieldCopyFile::infoTable));
        !done)
        return done;
    // The families and cases it may hold, sealed by the database they belong to.
    QStringList caseIds;
    if (Result done = run(query, QStringLiteral("SELECT id FROM fc_cases")); !done)
        return done;
    while (query.next())
        caseIds << query.value(0).toString();
    FieldCopyScope scope;
    if (Result scoped = FieldCopyScope::forExport(connection, request.familyIds, caseIds, scope); !scoped)
        return scoped;
    const QList<std::pair<QString, QString>> info{
        {QStringLiteral("exported_at"), codes::nowUtc()},
        {QStringLiteral("exported_by"), request.exportedBy},
        {QStringLiteral("families"), QString::number(request.familyIds.size())},
        {QStringLiteral("home_database"), scope.homeId},
        {QStringLiteral("scope_families"), scope.familyIds.join(QLatin1Char(','))},
        {QStringLiteral("scope_cases"), scope.caseIds.join(QLatin1Char(','))},
        {QStringLiteral("scope_seal"), scope.seal}};
    for (const auto &[key, value] : info) {
        if (Result done = run(query, QStringLiteral("INSERT INTO copy.%1 (key, value) VALUES (?, ?)")
                                         .arg(FieldCopyFile::infoTable),
                              {key, value});
            !done)
            return done;
    }
    return {};
}

// Every exported case is logged as exported (asiakastietolaki 703/2023).
Result logExport(const QSqlDatabase &connection, const FieldCopyExport::Request &request)
{
    QSqlQuery cases(connection);
    if (!cases.exec(QStringLiteral("SELECT id FROM fc_cases")))
        return Result::failure(FieldCopyExport::tr("The field copy could not be written: %1")
                                   .arg(cases.lastError().text()));
    AccessLog log(connection, request.workerId);
    const QString detail = FieldCopyExport::tr("field copy %1").arg(QFileInfo(request.target).fileName());
    while (cases.next()) {
        const QString caseId = cases.value(0).toString();
        if (Result done = log.record(AccessAction::Export, QStringLiteral("cases"), caseId, caseId, {}, detail); !done)
            return done;
    }
    return {};
}

// The versions now on both sides become the base of the next import.
Result rememberBase(QSqlQuery &query)
{
    for (const FieldCopyTable &table : FieldCopyTables::all()) {
        if (table.kind != FieldCopyTable::Kind::Record)
            continue;
        if (Result done = run(query, QStringLiteral("INSERT INTO main.field_copy_base (record_id, table_name, updated_at) "
                                                    "SELECT id, '%1', updated_at FROM copy.%1 WHERE true "
                                                    "ON CONFLICT (record_id) DO UPDATE SET updated_at = excluded.updated_at")
                                         .arg(table.name));
            !done)
            return done;
    }
    return {};
}

Result fillCopy(const QSqlDatabase &connection, const FieldCopyExport::Request &request)
{
    QSqlQuery query(connection);
    Transaction transaction(connection);
    if (!transaction.isActive())
        return Result::failure(FieldCopyExport::tr("The field copy could not be written: %1")
                                   .arg(connection.lastError().text()));
    // A signed agreement's parties are written before the agreement itself:
    // the foreign keys are checked when the whole copy is in.
    Result done = run(query, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    if (done)
        done = chooseFamilies(query, request.familyIds);
    if (done)
        done = logExport(connection, request);
    if (done)
        done = copyRows(query, connection);
    if (done)
        done = describeCopy(query, connection, request);
    if (done)
        done = transaction.commit();
    return done;
}
} // namespace

QList<FieldCopyExport::Candidate> FieldCopyExport::candidates(const Database &database, const QString &workerId,
                                                               const QString &alsoFamilyId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT f.id, f.name, (SELECT group_concat(p.first_names, ', ') FROM family_members m "
        "  JOIN persons p ON p.id = m.person_id WHERE m.family_id = f.id AND m.role = 'child' "
        "  AND m.archived_at IS NULL) "
        "FROM families f WHERE f.id IN (SELECT family_id FROM cases WHERE responsible_worker_id = ? "
        "  AND stage <> 'closed' AND archived_at IS NULL) OR f.id = ? "
        "ORDER BY f.name COLLATE NOCASE, f.id"));
    query.addBindValue(workerId);
    query.addBindValue(alsoFamilyId);
    QList<Candidate> candidates;
    if (!query.exec())
        return candidates;
    while (query.next())
        candidates << Candidate{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    return candidates;
}

Result FieldCopyExport::write(const Database &database, const Request &request)
{
    if (request.familyIds.isEmpty())
        return Result::failure(tr("Choose at least one family for the field copy."));
    if (request.password.size() < minimumPasswordLength)
        return Result::failure(tr("The password of a field copy must have at least %1 characters.")
                                   .arg(minimumPasswordLength));
    if (QFileInfo::exists(request.target))
        return Result::failure(tr("The file %1 already exists: a field copy never overwrites a file.")
                                   .arg(native(request.target)));
    if (Result allowed = OutputFile::checkTarget(request.target, Overwrite::Refuse); !allowed)
        return allowed;
    PrivateWorkFolder work; // the plain copy only on this disk, private
    if (!work.isValid())
        return Result::failure(tr("The field copy could not be written: %1").arg(work.errorString()));
    const QString plain = work.filePath(QStringLiteral("fieldcopy.sqlite"));
    {
        Database empty;
        if (!empty.open(plain))
            return Result::failure(empty.error().message());
    }
    const QSqlDatabase connection = database.connection();
    QSqlQuery query(connection);
    if (Result done = run(query, QStringLiteral("ATTACH DATABASE ? AS copy"), {plain}); !done)
        return done;
    // The plain copy must be whole in its one file before it is encrypted.
    Result done = run(query, QStringLiteral("PRAGMA copy.journal_mode = DELETE"));
    query.finish(); // it answers with the new mode, which is not needed
    if (done)
        done = fillCopy(connection, request);
    if (done)
        done = BackupFile::encrypt(plain, request.target, request.password);
    if (done) {
        Transaction transaction(connection);
        done = rememberBase(query);
        if (done)
            done = transaction.commit();
    }
    query.finish();
    QSqlQuery detach(connection);
    if (!detach.exec(QStringLiteral("DETACH DATABASE copy")))
        qWarning("field copy export: %s", qPrintable(detach.lastError().text()));
    if (!done)
        QFile::remove(request.target);
    return done;
}

} // namespace tukipolku

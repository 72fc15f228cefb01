#include "fieldcopy/fieldcopyimport.h"

#include "backup/backupfile.h"
#include "fieldcopy/fieldcopyfile.h"
#include "fieldcopy/fieldcopytables.h"
#include "fieldcopy/fieldlabels.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include "files/privateworkfolder.h"

namespace tukipolku {

namespace {
QVariantMap rowOf(const QSqlQuery &query)
{
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    return row;
}

// Values compared as stored text; a null and an empty text are alike.
QString comparable(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QString readFailure(const QSqlQuery &query)
{
    return FieldCopyImport::tr("The field copy could not be read: %1").arg(query.lastError().text());
}
} // namespace

FieldCopyImport::FieldCopyImport(const Database &database) : m_connection(database.connection()) {}

FieldCopyImport::~FieldCopyImport()
{
    detach();
}

void FieldCopyImport::detach()
{
    if (!m_attached)
        return;
    QSqlQuery detach(m_connection);
    if (!detach.exec(QStringLiteral("DETACH DATABASE copy")))
        qWarning("field copy import: %s", qPrintable(detach.lastError().text()));
    m_attached = false;
}

void FieldCopyImport::reset()
{
    m_read = false;
    m_summary = {};
    m_conflicts.clear();
    m_plan.clear();
    m_conflictPlan.clear();
    m_refusedIds.clear();
}

Result FieldCopyImport::read(const QString &file, const QString &password)
{
    reset();
    if (Result opened = openCopy(file, password); !opened)
        return opened;
    return readAttached();
}

Result FieldCopyImport::readPlain(const QString &plainPath)
{
    reset();
    detach();
    if (Result opened = attachPlain(plainPath, QDir::toNativeSeparators(plainPath)); !opened)
        return opened;
    return readAttached();
}

Result FieldCopyImport::readAttached()
{
    Result done = readInfo();
    if (done)
        done = checkScope();
    if (done)
        done = plan();
    m_read = done.ok();
    if (!done)
        detach(); // a refused copy holds nothing open
    return done;
}

Result FieldCopyImport::openCopy(const QString &file, const QString &password)
{
    detach();
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile())
        return Result::failure(tr("The file %1 does not exist.").arg(shown));
    if (!BackupFile::isEncrypted(file))
        return Result::failure(tr("%1 is not a field copy: a field copy is always an encrypted file.").arg(shown));
    m_work = std::make_unique<PrivateWorkFolder>(); // the decrypted copy only on this disk, private
    if (!m_work->isValid())
        return Result::failure(tr("The field copy could not be read: %1").arg(m_work->errorString()));
    const QString plain = m_work->filePath(QStringLiteral("fieldcopy.sqlite"));
    if (Result decrypted = BackupFile::decrypt(file, plain, password); !decrypted) {
        QString message = decrypted.message(); // names the file chosen, not the private work copy
        return Result::failure(message.replace(QDir::toNativeSeparators(plain), shown));
    }
    return attachPlain(plain, shown);
}

Result FieldCopyImport::attachPlain(const QString &plain, const QString &shown)
{
    {
        // Opening brings a copy from an older version up to date, and refuses
        // a copy from a newer version or a damaged one in words.
        Database copy;
        if (!copy.open(plain))
            return Result::failure(copy.error().message());
    }
    QSqlQuery attach(m_connection);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS copy"));
    attach.addBindValue(plain);
    if (!attach.exec())
        return Result::failure(readFailure(attach));
    m_attached = true;
    QSqlQuery info(m_connection);
    if (!info.exec(QStringLiteral("SELECT 1 FROM copy.sqlite_master WHERE type = 'table' AND name = '%1'")
                       .arg(FieldCopyFile::infoTable))
        || !info.next())
        return Result::failure(tr("%1 is an encrypted backup, not a field copy: restore it from Settings ▸ Backups.")
                                   .arg(shown));
    return {};
}

Result FieldCopyImport::readInfo()
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("SELECT key, value FROM copy.%1").arg(FieldCopyFile::infoTable)))
        return Result::failure(readFailure(query));
    m_scope = {};
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("exported_at"))
            m_summary.exportedAt = value;
        else if (key == QLatin1String("exported_by"))
            m_summary.exportedBy = value;
        else if (key == QLatin1String("home_database"))
            m_scope.homeId = value;
        else if (key == QLatin1String("scope_families"))
            m_scope.familyIds = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (key == QLatin1String("scope_cases"))
            m_scope.caseIds = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (key == QLatin1String("scope_seal"))
            m_scope.seal = value;
    }
    if (!query.exec(QStringLiteral("SELECT name FROM copy.families ORDER BY name")))
        return Result::failure(readFailure(query));
    while (query.next())
        m_summary.familyNames << query.value(0).toString();
    return {};
}

Result FieldCopyImport::checkScope()
{
    if (Result allowed = FieldCopyScope::checkImport(m_connection, m_scope); !allowed)
        return allowed;
    QSqlQuery query(m_connection);
    for (const char *sql : {"DROP TABLE IF EXISTS temp.fc_scope_families", "DROP TABLE IF EXISTS temp.fc_scope_cases",
                            "DROP TABLE IF EXISTS temp.fc_scope_persons",
                            "CREATE TEMP TABLE fc_scope_families (id TEXT PRIMARY KEY)",
                            "CREATE TEMP TABLE fc_scope_cases (id TEXT PRIMARY KEY)",
                            "CREATE TEMP TABLE fc_scope_persons (id TEXT PRIMARY KEY)"}) {
        if (!query.exec(QString::fromLatin1(sql)))
            return Result::failure(readFailure(query));
    }
    for (const auto &[table, ids] : {std::pair{QStringLiteral("fc_scope_families"), m_scope.familyIds},
                                     std::pair{QStringLiteral("fc_scope_cases"), m_scope.caseIds}}) {
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.%1 (id) VALUES (?)").arg(table));
        for (const QString &id : ids) {
            query.addBindValue(id);
            if (!query.exec())
                return Result::failure(readFailure(query));
        }
    }
    // The persons of the listed families (a member added on the laptop too)
    // and the children of the listed cases.
    if (!query.exec(QStringLiteral("INSERT OR IGNORE INTO temp.fc_scope_persons SELECT person_id FROM copy.family_members "
                                   "WHERE family_id IN (SELECT id FROM temp.fc_scope_families) "
                                   "UNION SELECT child_id FROM copy.cases WHERE id IN (SELECT id FROM temp.fc_scope_cases)")))
        return Result::failure(readFailure(query));
    return {};
}

Result FieldCopyImport::outOfScope(const FieldCopyTable &table, QSet<QString> &ids) const
{
    // The selection that chose the rows when the copy was made, asked of the copy.
    QString inScope = table.selection;
    inScope.replace(QLatin1String("main."), QLatin1String("copy."))
        .replace(QLatin1String("fc_families"), QLatin1String("temp.fc_scope_families"))
        .replace(QLatin1String("fc_cases"), QLatin1String("temp.fc_scope_cases"))
        .replace(QLatin1String("fc_persons"), QLatin1String("temp.fc_scope_persons"));
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("SELECT id FROM copy.%1 WHERE NOT coalesce((%2), 0)").arg(table.name, inScope)))
        return Result::failure(readFailure(query));
    while (query.next())
        ids.insert(query.value(0).toString());
    return {};
}

Result FieldCopyImport::plan()
{
    for (const FieldCopyTable &table : FieldCopyTables::all()) {
        if (Result planned = planTable(table); !planned)
            return planned;
    }
    return {};
}

Result FieldCopyImport::planTable(const FieldCopyTable &table)
{
    QSqlQuery incoming(m_connection);
    incoming.setForwardOnly(true);
    if (!incoming.exec(QStringLiteral("SELECT * FROM copy.%1 ORDER BY created_at, id").arg(table.name)))
        return Result::failure(readFailure(incoming));
    QSet<QString> outside;
    if (Result scoped = outOfScope(table, outside); !scoped)
        return scoped;
    QSqlQuery local(m_connection);
    local.prepare(QStringLiteral("SELECT * FROM main.%1 WHERE id = ?").arg(table.name));
    while (incoming.next()) {
        const QVariantMap there = rowOf(incoming);
        if (outside.contains(there.value(QStringLiteral("id")).toString())) {
            Planned refused{table.name, there.value(QStringLiteral("id")).toString(), QString(), Action::Refused};
            m_refusedIds.insert(refused.id);
            m_summary.refused << tr("%1 is not among the families and cases this field copy was made with, so it "
                                    "was not taken.")
                                     .arg(FieldLabels::recordKind(table.name));
            m_plan << refused;
            continue;
        }
        local.addBindValue(there.value(QStringLiteral("id")));
        if (!local.exec())
            return Result::failure(readFailure(local));
        const QVariantMap here = local.next() ? rowOf(local) : QVariantMap();
        local.finish();
        Planned planned{table.name, there.value(QStringLiteral("id")).toString(),
                        there.value(QStringLiteral("updated_at")).toString()};
        planned.action = classify(table, there, here);
        switch (planned.action) {
        case Action::Add: ++m_summary.added; break;
        case Action::Take: ++m_summary.taken; break;
        case Action::KeepHere: ++m_summary.keptHere; break;
        case Action::Same:
        case Action::AppendOnly: ++m_summary.unchanged; break;
        case Action::Refused: m_refusedIds.insert(planned.id); break;
        case Action::Conflict:
            m_conflictPlan << m_plan.size();
            m_conflicts << conflictOf(table, there, here);
            break;
        }
        m_plan << planned;
    }
    return {};
}

FieldCopyImport::Action FieldCopyImport::classify(const FieldCopyTable &table, const QVariantMap &there,
                                                  const QVariantMap &here)
{
    const QString id = there.value(QStringLiteral("id")).toString();
    const auto refuse = [&](const QString &why) {
        m_summary.refused << why;
        return Action::Refused;
    };
    if (const QString parent = refusedParent(table.name, there); !parent.isEmpty())
        return refuse(parent);
    if (table.kind == FieldCopyTable::Kind::AppendOnly)
        return here.isEmpty() ? Action::Add : Action::AppendOnly;
    // A party added to a draft elsewhere does not join an agreement signed here.
    if (here.isEmpty() && table.name == QLatin1String("agreement_parties")
        && isFrozen(table, QStringLiteral("copy"), QStringLiteral("main"), id))
        return Action::KeepHere;
    if (here.isEmpty()) {
        const QString clash = clashOf(table.name, there);
        return clash.isEmpty() ? Action::Add : refuse(clash);
    }

    bool same = true;
    for (auto it = there.cbegin(); it != there.cend() && same; ++it) {
        if (FieldCopyTables::isCompared(table.name, it.key()))
            same = comparable(it.value()) == comparable(here.value(it.key()));
    }
    if (same)
        return Action::Same;
    // The unit's workers and catalogue are kept at the office: a copy brings
    // new ones, but never renames a worker or rewrites an entry.
    if (table.name == QLatin1String("workers") || table.name == QLatin1String("measure_catalogue"))
        return Action::KeepHere;

    // What is signed or issued stays as it was signed: it wins over a draft,
    // and two signed versions are never mixed.
    if (!table.frozenWhen.isEmpty()) {
        const bool frozenHere = isFrozen(table, QStringLiteral("main"), QStringLiteral("main"), id);
        const bool frozenThere = isFrozen(table, QStringLiteral("copy"), QStringLiteral("copy"), id);
        const bool contentDiffers = comparable(there.value(QStringLiteral("frozen_content")))
                                    != comparable(here.value(QStringLiteral("frozen_content")));
        if (frozenHere && (!frozenThere || contentDiffers || table.name == QLatin1String("agreement_parties")))
            return Action::KeepHere;
        if (frozenThere && !frozenHere) {
            const QString clash = clashOf(table.name, there);
            return clash.isEmpty() ? Action::Take : refuse(clash);
        }
    }

    QSqlQuery base(m_connection);
    base.prepare(QStringLiteral("SELECT updated_at FROM main.field_copy_base WHERE record_id = ?"));
    base.addBindValue(id);
    const QString agreed = base.exec() && base.next() ? base.value(0).toString() : QString();
    const bool changedHere = agreed.isEmpty() || here.value(QStringLiteral("updated_at")).toString() != agreed;
    const bool changedThere = agreed.isEmpty() || there.value(QStringLiteral("updated_at")).toString() != agreed;
    if (changedThere && !changedHere) {
        const QString clash = clashOf(table.name, there);
        return clash.isEmpty() ? Action::Take : refuse(clash);
    }
    if (changedHere && !changedThere)
        return Action::KeepHere;
    return Action::Conflict;
}

bool FieldCopyImport::isFrozen(const FieldCopyTable &table, const QString &rowSchema, const QString &documentSchema,
                               const QString &id) const
{
    QSqlQuery query(m_connection);
    QString condition = table.frozenWhen;
    condition.replace(QLatin1String("%1"), rowSchema).replace(QLatin1String("%2"), documentSchema);
    query.prepare(QStringLiteral("SELECT %1 FROM %2.%3 WHERE %2.%3.id = ?").arg(condition, rowSchema, table.name));
    query.addBindValue(id);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

// A sentence when another record here already holds one of the row's unique
// values (a case number, an identity code, a decision number).
QString FieldCopyImport::clashOf(const QString &table, const QVariantMap &row) const
{
    QSqlQuery indexes(m_connection);
    if (!indexes.exec(QStringLiteral("PRAGMA main.index_list(%1)").arg(table)))
        return {};
    while (indexes.next()) {
        if (indexes.value(QStringLiteral("unique")).toInt() != 1
            || indexes.value(QStringLiteral("origin")).toString() == QLatin1String("pk"))
            continue;
        QSqlQuery columns(m_connection);
        columns.exec(QStringLiteral("PRAGMA main.index_info(%1)").arg(indexes.value(QStringLiteral("name")).toString()));
        QStringList names;
        bool usable = true;
        while (columns.next()) {
            const QString name = columns.value(QStringLiteral("name")).toString();
            usable = usable && !name.isEmpty() && FieldCopyTables::isCopied(name) && !row.value(name).isNull();
            names << name;
        }
        if (!usable || names.isEmpty())
            continue;
        QStringList conditions;
        for (const QString &name : names)
            conditions << name + QStringLiteral(" = ?");
        // A partial index (e.g. one opening initiation per case) binds only
        // the rows under its WHERE: both this row and the other one.
        if (indexes.value(QStringLiteral("partial")).toInt() == 1) {
            const QString where = partialCondition(indexes.value(QStringLiteral("name")).toString());
            // An index whose condition cannot be read is checked as a whole:
            // a clash said too often beats a raw UNIQUE failure.
            if (!where.isEmpty() && !copiedRowMatches(table, row.value(QStringLiteral("id")).toString(), where))
                continue;
            if (!where.isEmpty())
                conditions << QStringLiteral("(%1)").arg(where);
        }
        QSqlQuery other(m_connection);
        other.prepare(QStringLiteral("SELECT 1 FROM main.%1 WHERE %2 AND id <> ?")
                          .arg(table, conditions.join(QLatin1String(" AND "))));
        QStringList shown;
        for (const QString &name : names) {
            other.addBindValue(row.value(name));
            shown << QStringLiteral("%1 %2").arg(FieldLabels::field(table, name), row.value(name).toString());
        }
        other.addBindValue(row.value(QStringLiteral("id")));
        if (other.exec() && other.next())
            return tr("%1 (%2) was not taken: another record here already has it. Correct one of them and import again.")
                .arg(FieldLabels::recordKind(table), shown.join(QLatin1String(", ")));
    }
    return {};
}

// The WHERE of a partial index, as written in the schema; empty when unknown.
QString FieldCopyImport::partialCondition(const QString &indexName) const
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("SELECT sql FROM main.sqlite_master WHERE type = 'index' AND name = ?"));
    query.addBindValue(indexName);
    if (!query.exec() || !query.next())
        return {};
    // The last WHERE of the statement, however the lines are broken.
    static const QRegularExpression keyword(QStringLiteral("\\sWHERE\\s"), QRegularExpression::CaseInsensitiveOption);
    const QString sql = query.value(0).toString();
    QRegularExpressionMatch last;
    for (QRegularExpressionMatchIterator it = keyword.globalMatch(sql); it.hasNext();)
        last = it.next();
    return last.hasMatch() ? sql.mid(last.capturedEnd()).trimmed() : QString();
}

bool FieldCopyImport::copiedRowMatches(const QString &table, const QString &id, const QString &condition) const
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("SELECT 1 FROM copy.%1 WHERE id = ? AND (%2)").arg(table, condition));
    query.addBindValue(id);
    return query.exec() && query.next();
}

// A sentence when the row hangs on a record that was not taken.
QString FieldCopyImport::refusedParent(const QString &table, const QVariantMap &row) const
{
    if (m_refusedIds.isEmpty())
        return {};
    QSqlQuery keys(m_connection);
    if (!keys.exec(QStringLiteral("PRAGMA main.foreign_key_list(%1)").arg(table)))
        return {};
    while (keys.next()) {
        const QString column = keys.value(QStringLiteral("from")).toString();
        if (m_refusedIds.contains(row.value(column).toString()))
            return tr("%1 was not taken because the %2 it belongs to was not taken.")
                .arg(FieldLabels::recordKind(table), FieldLabels::recordKind(keys.value(QStringLiteral("table")).toString()).toLower());
    }
    return {};
}

QString FieldCopyImport::workerName(const QVariant &workerId) const
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("SELECT first_names || ' ' || last_name FROM main.workers WHERE id = ? "
                                 "UNION ALL SELECT first_names || ' ' || last_name FROM copy.workers WHERE id = ?"));
    query.addBindValue(workerId);
    query.addBindValue(workerId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

FieldCopyConflict FieldCopyImport::conflictOf(const FieldCopyTable &table, const QVariantMap &there,
                                              const QVariantMap &here) const
{
    FieldCopyConflict conflict;
    conflict.table = table.name;
    conflict.recordId = there.value(QStringLiteral("id")).toString();
    QSqlQuery describe(m_connection);
    describe.prepare(table.describe);
    describe.addBindValue(conflict.recordId);
    conflict.description = describe.exec() && describe.next() ? describe.value(0).toString() : conflict.recordId;
    conflict.changedHereAt = here.value(QStringLiteral("updated_at")).toString();
    conflict.changedHereBy = workerName(here.value(QStringLiteral("changed_by")));
    conflict.changedThereAt = there.value(QStringLiteral("updated_at")).toString();
    conflict.changedThereBy = workerName(there.value(QStringLiteral("changed_by")));
    for (auto it = there.cbegin(); it != there.cend(); ++it) {
        if (!FieldCopyTables::isCompared(table.name, it.key()))
            continue;
        const QString hereValue = comparable(here.value(it.key()));
        const QString thereValue = comparable(it.value());
        if (hereValue != thereValue)
            conflict.differences << FieldDifference{it.key(), hereValue, thereValue};
    }
    return conflict;
}

} // namespace tukipolku

// FieldCopyImport::apply: writing what read() worked out, in one transaction.
#include "fieldcopy/fieldcopyimport.h"
#include "common/clock.h"

#include "fieldcopy/fieldcopytables.h"
#include "storage/caserepository.h"
#include "storage/recordwriter.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tukipolku {

namespace {
Result writeFailure(const QSqlQuery &query)
{
    return Result::failure(FieldCopyImport::tr("The field copy could not be imported; nothing was changed: %1")
                               .arg(query.lastError().text()));
}

} // namespace

Result FieldCopyImport::apply(const QList<ConflictChoice> &choices, const QString &workerId)
{
    if (!m_attached || !m_read)
        return Result::failure(tr("Read a field copy before importing it."));
    QSet<qsizetype> taken;
    QSet<qsizetype> decided;
    for (qsizetype i = 0; i < m_conflictPlan.size() && i < choices.size(); ++i) {
        if (choices.at(i) != ConflictChoice::Undecided)
            decided.insert(m_conflictPlan.at(i));
        if (choices.at(i) == ConflictChoice::TakeCopy)
            taken.insert(m_conflictPlan.at(i));
    }

    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return Result::failure(tr("The field copy could not be imported; nothing was changed: %1")
                                   .arg(m_connection.lastError().text()));
    QSqlQuery defer(m_connection);
    if (!defer.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return writeFailure(defer);
    for (const QString &table : FieldCopyTables::writeOrder()) {
        if (table == QLatin1String("agreement_parties")) {
            if (Result retired = retireDraftParties(taken); !retired)
                return retired;
        }
        for (qsizetype i = 0; i < m_plan.size(); ++i) {
            const Planned &planned = m_plan.at(i);
            if (planned.table != table)
                continue;
            const bool write = planned.action == Action::Add || planned.action == Action::Take || taken.contains(i);
            if (write) {
                if (Result written = this->write(planned, planned.action != Action::Add); !written)
                    return written;
            }
            const bool agreed = planned.action != Action::Refused && planned.action != Action::AppendOnly
                                && (planned.action != Action::Conflict || decided.contains(i));
            if (agreed && planned.table != QLatin1String("record_history")
                && planned.table != QLatin1String("access_log")) {
                if (Result remembered = rememberBase(planned); !remembered)
                    return remembered;
            }
        }
    }
    if (Result refreshed = refreshCases(workerId); !refreshed)
        return refreshed;
    if (Result remembered = FieldCopyScope::rememberHome(m_connection, m_scope); !remembered)
        return remembered;
    if (Result committed = transaction.commit(); !committed)
        return committed;
    // The decided conflicts are done; the undecided ones come back on the next import.
    for (qsizetype i = m_conflictPlan.size() - 1; i >= 0; --i) {
        if (decided.contains(m_conflictPlan.at(i))) {
            m_plan[m_conflictPlan.at(i)].action = taken.contains(m_conflictPlan.at(i)) ? Action::Take : Action::KeepHere;
            m_conflicts.removeAt(i);
            m_conflictPlan.removeAt(i);
        }
    }
    return {};
}

// A draft here that the copy brings back signed keeps only the parties who
// signed it: the parties added to the draft here are archived first, while
// the agreement is still a draft.
Result FieldCopyImport::retireDraftParties(const QSet<qsizetype> &taken)
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("UPDATE main.agreement_parties SET archived_at = ?, updated_at = ? "
                                 "WHERE agreement_id = ? AND archived_at IS NULL "
                                 "AND id NOT IN (SELECT id FROM copy.agreement_parties)"));
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        const Planned &planned = m_plan.at(i);
        if (planned.table != QLatin1String("agreements")
            || (planned.action != Action::Take && !taken.contains(i)))
            continue;
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(planned.id);
        if (!query.exec())
            return writeFailure(query);
    }
    return {};
}

Result FieldCopyImport::write(const Planned &planned, bool take)
{
    const QStringList columns = FieldCopyTables::copiedColumns(m_connection, planned.table);
    const QString list = columns.join(QLatin1String(", "));
    QSqlQuery query(m_connection);
    if (take) {
        query.prepare(QStringLiteral("UPDATE main.%1 SET (%2) = (SELECT %2 FROM copy.%1 WHERE id = ?) WHERE id = ?")
                          .arg(planned.table, list));
        query.addBindValue(planned.id);
        query.addBindValue(planned.id);
    } else {
        query.prepare(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM copy.%1 WHERE id = ?")
                          .arg(planned.table, list));
        query.addBindValue(planned.id);
    }
    if (!query.exec())
        return writeFailure(query);
    return {};
}

Result FieldCopyImport::rememberBase(const Planned &planned)
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("INSERT INTO main.field_copy_base (record_id, table_name, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (record_id) DO UPDATE SET updated_at = excluded.updated_at"));
    query.addBindValue(planned.id);
    query.addBindValue(planned.table);
    query.addBindValue(planned.updatedAt);
    if (!query.exec())
        return writeFailure(query);
    return {};
}

// A case's stage and next deadline follow from its records: worked out again
// for every case the copy touched.
Result FieldCopyImport::refreshCases(const QString &workerId)
{
    QSqlQuery cases(m_connection);
    if (!cases.exec(QStringLiteral("SELECT id FROM copy.cases WHERE id IN (SELECT id FROM main.cases)")))
        return writeFailure(cases);
    CaseRepository repository(m_connection, workerId);
    while (cases.next()) {
        if (Result refreshed = repository.refreshDerived(cases.value(0).toString()); !refreshed)
            return refreshed;
    }
    return {};
}

} // namespace tukipolku

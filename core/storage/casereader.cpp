// CaseRepository: reading cases, their lists, history and caseloads.
#include "storage/caserepository.h"

#include "storage/casecolumns.h"
#include "storage/codes.h"
#include "storage/personrepository.h"
#include "storage/readcheck.h"
#include "storage/reads.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace tukipolku {

namespace {
Outcome<QSqlRecord> singleRecord(const QSqlDatabase &database, const QString &sql, const QString &id)
{
    QSqlQuery query(database);
    query.prepare(sql);
    query.addBindValue(id);
    return singleRow(database, query);
}

QList<PlanGoal> goalsOf(const QSqlDatabase &database, const QString &planId, ReadCheck &check)
{
    QList<PlanGoal> goals;
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT id, goal, target_date FROM plan_goals "
                                 "WHERE plan_id = ? AND archived_at IS NULL ORDER BY position"));
    query.addBindValue(planId);
    query.exec();
    while (query.next())
        goals.append({query.value(0).toString(), query.value(1).toString(), codes::toDate(query.value(2))});
    check.check(query);
    return goals;
}
} // namespace

// A case read in part is a failure: a missing initiation or plan would show
// other deadlines, and a missing goal a shorter plan.
Outcome<ClientCase> CaseRepository::find(const QString &id) const
{
    const auto row = singleRecord(m_database, QStringLiteral("SELECT * FROM cases WHERE id = ? AND archived_at IS NULL"), id);
    if (!row)
        return row.failure();
    ClientCase c;
    c.id = id;
    c.caseNumber = row->value(QStringLiteral("case_number")).toString();
    c.familyId = row->value(QStringLiteral("family_id")).toString();
    c.responsibleWorkerId = row->value(QStringLiteral("responsible_worker_id")).toString();
    c.childWelfareSince = codes::toDate(row->value(QStringLiteral("child_welfare_since")));
    c.childWelfareBasis = codes::fromCode(codes::childWelfareBases, row->value(QStringLiteral("child_welfare_basis")).toString());
    c.noPlanReason = codes::fromCode(codes::noPlanReasons, row->value(QStringLiteral("no_plan_reason")).toString());
    c.closedOn = codes::toDate(row->value(QStringLiteral("closed_on")));
    c.closureReason = row->value(QStringLiteral("closure_reason")).toString();
    const auto child = PersonRepository(m_database, m_currentWorkerId).find(row->value(QStringLiteral("child_id")).toString());
    if (child.isFailed())
        return child.failure();
    if (child)
        c.child = *child;

    ReadCheck check;
    QSqlQuery initiations(m_database);
    initiations.prepare(QStringLiteral("SELECT * FROM initiations WHERE case_id = ? "
                                       "ORDER BY opens_case DESC, received_at, created_at"));
    initiations.addBindValue(id);
    initiations.exec();
    while (initiations.next()) {
        Initiation initiation = casecolumns::toInitiation(initiations.record());
        if (initiation.opensCase)
            c.initiation = initiation;
        else
            c.laterInitiations.append(initiation);
    }
    check.check(initiations);
    const auto assessment = singleRecord(m_database, QStringLiteral("SELECT * FROM assessments WHERE case_id = ?"), id);
    if (assessment.isFailed())
        return assessment.failure();
    if (assessment)
        c.assessment = casecolumns::toAssessment(*assessment);

    QSqlQuery plans(m_database);
    plans.prepare(QStringLiteral("SELECT * FROM client_plans WHERE case_id = ? ORDER BY version"));
    plans.addBindValue(id);
    plans.exec();
    while (plans.next()) {
        ClientPlan plan = casecolumns::toPlan(plans.record());
        plan.goals = goalsOf(m_database, plan.id, check);
        c.plans.append(plan);
    }
    check.check(plans);
    if (!check.ok())
        return check.failure(m_database);
    return c;
}

Outcome<QList<CaseSummary>> CaseRepository::casesOfFamily(const QString &familyId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT c.id, c.case_number, p.first_names || ' ' || p.last_name, c.stage, "
                                 "c.next_deadline_due FROM cases c JOIN persons p ON p.id = c.child_id "
                                 "WHERE c.family_id = ? AND c.archived_at IS NULL ORDER BY c.case_number DESC"));
    query.addBindValue(familyId);
    return allRows<CaseSummary>(m_database, query, [](const QSqlQuery &row) {
        return CaseSummary{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                           codes::fromCode(codes::stages, row.value(3).toString()), codes::toDate(row.value(4))};
    });
}

Outcome<CaseSummary> CaseRepository::openCaseOfChild(const QString &childId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT c.id, c.case_number, p.first_names || ' ' || p.last_name, c.stage, "
                                 "c.next_deadline_due FROM cases c JOIN persons p ON p.id = c.child_id "
                                 "WHERE c.child_id = ? AND c.closed_on IS NULL AND c.archived_at IS NULL "
                                 "ORDER BY c.case_number DESC LIMIT 1"));
    query.addBindValue(childId);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return CaseSummary{row->value(0).toString(), row->value(1).toString(), row->value(2).toString(),
                       codes::fromCode(codes::stages, row->value(3).toString()), codes::toDate(row->value(4))};
}

Outcome<int> CaseRepository::childWelfareCaseload(const QString &workerId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(DISTINCT child_id) FROM cases WHERE responsible_worker_id = ? "
                                 "AND child_welfare_since IS NOT NULL AND closed_on IS NULL AND archived_at IS NULL"));
    query.addBindValue(workerId);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return row->value(0).toInt();
}

Outcome<int> CaseRepository::caseloadWith(const QString &caseId, const QString &workerId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(DISTINCT child_id) + 1 FROM cases WHERE responsible_worker_id = ? "
                                 "AND child_welfare_since IS NOT NULL AND closed_on IS NULL AND archived_at IS NULL "
                                 "AND child_id <> (SELECT child_id FROM cases WHERE id = ?)"));
    query.addBindValue(workerId);
    query.addBindValue(caseId);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return row->value(0).toInt();
}

Outcome<QList<HistoryEntry>> CaseRepository::history(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT h.created_at, coalesce(w.first_names || ' ' || w.last_name, ''), "
                                 "h.table_name, h.field, h.old_value, h.new_value FROM record_history h "
                                 "LEFT JOIN workers w ON w.id = h.changed_by WHERE h.case_id = ? "
                                 "ORDER BY h.created_at DESC, h.rowid DESC"));
    query.addBindValue(caseId);
    return allRows<HistoryEntry>(m_database, query, [](const QSqlQuery &row) {
        return HistoryEntry{QDateTime::fromString(row.value(0).toString(), Qt::ISODateWithMs), row.value(1).toString(),
                            row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                            row.value(5).toString()};
    });
}

} // namespace tukipolku

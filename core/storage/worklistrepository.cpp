#include "storage/worklistrepository.h"

#include "rules/deadlines.h"
#include "rules/providerrules.h"
#include "storage/codes.h"
#include "storage/providerrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

namespace tukipolku {

namespace {
// The columns every case item reads, in this order, from cases c and persons p.
const QString caseColumns = QStringLiteral("c.id, c.case_number, p.first_names || ' ' || p.last_name, "
                                           "coalesce(c.responsible_worker_id, '')");
// Open cases of one worker (:worker) or of all.
QString caseFilter(const QString &workerId)
{
    return workerId.isEmpty() ? QStringLiteral(" AND c.closed_on IS NULL AND c.archived_at IS NULL")
                              : QStringLiteral(" AND c.closed_on IS NULL AND c.archived_at IS NULL "
                                               "AND c.responsible_worker_id = :worker");
}

// Runs `sql` with the worker and the named dates bound, and turns each row into
// an item: the case columns first, then the record id and the due day.
void collect(const QSqlDatabase &database, const QString &sql, const QVariantMap &values, WorkKind kind,
             QList<WorkItem> &items)
{
    QSqlQuery query(database);
    query.setForwardOnly(true); // read once, row by row: nothing kept for scrolling back
    query.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (sql.contains(it.key()))
            query.bindValue(it.key(), it.value());
    }
    if (!query.exec()) {
        // A query that cannot run is a bug in this file: say so loudly in the log and the tests.
        qWarning("worklist query failed: %s", qPrintable(query.lastError().text()));
        return;
    }
    const bool hasDetail = query.record().count() > 6;
    while (query.next()) {
        WorkItem item;
        item.kind = kind;
        item.caseId = query.value(0).toString();
        item.caseNumber = query.value(1).toString();
        item.name = query.value(2).toString();
        item.workerId = query.value(3).toString();
        item.recordId = query.value(4).toString();
        item.due = codes::toDate(query.value(5));
        if (hasDetail)
            item.detail = query.value(6).toString();
        items.append(item);
    }
}
} // namespace

WorklistRepository::WorklistRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

QList<WorkItem> WorklistRepository::items(const QString &workerId, const QDate &today, const std::atomic_bool *stop) const
{
    QList<WorkItem> items;
    const auto stopped = [stop] { return stop && stop->load(); };
    const std::function<void()> kinds[] = {
        [&] { addStatutoryDeadlines(items, workerId, today); },
        [&] { addUntoldNotifications(items, workerId); },
        [&] { addAgreements(items, workerId, today); },
        [&] { addEndingDecisions(items, workerId, today); },
        [&] { addMeetingsBehind(items, workerId, today); },
        [&] {
            if (workerId.isEmpty())
                addCriminalRecords(items, today);
        }};
    for (const auto &add : kinds) {
        if (stopped())
            return items;
        add();
    }
    // The due day first; the same day in the order of the pathway.
    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        return a.due != b.due ? a.due < b.due : a.kind < b.kind;
    });
    return items;
}

void WorklistRepository::addStatutoryDeadlines(QList<WorkItem> &items, const QString &workerId,
                                               const QDate &today) const
{
    // The next open statutory deadline of each case is kept on the case itself.
    const QString sql = QStringLiteral("SELECT %1, c.id, c.next_deadline_due, c.next_deadline_kind "
                                       "FROM cases c JOIN persons p ON p.id = c.child_id "
                                       "WHERE c.next_deadline_due IS NOT NULL AND c.next_deadline_due <= :horizon%2")
                            .arg(caseColumns, caseFilter(workerId));
    QList<WorkItem> found;
    collect(m_database, sql, {{QStringLiteral(":worker"), workerId},
                              {QStringLiteral(":horizon"), codes::date(today.addDays(horizonDays))}},
            WorkKind::InitiationDecision, found);
    for (WorkItem &item : found) {
        switch (codes::fromCode(codes::deadlineKinds, item.detail)) {
        case DeadlineKind::InitiationDecision: item.kind = WorkKind::InitiationDecision; break;
        case DeadlineKind::AssessmentCompletion: item.kind = WorkKind::AssessmentCompletion; break;
        case DeadlineKind::PlanReview: item.kind = WorkKind::PlanReview; break;
        }
        item.detail.clear();
        items.append(item);
    }
}

void WorklistRepository::addUntoldNotifications(QList<WorkItem> &items, const QString &workerId) const
{
    // The family is told within the same 7 working days as the decision (LSL 26 § 3).
    const QString sql = QStringLiteral("SELECT %1, i.id, substr(i.received_at, 1, 10) "
                                       "FROM initiations i JOIN cases c ON c.id = i.case_id "
                                       "JOIN persons p ON p.id = c.child_id "
                                       "WHERE i.is_notification = 1 AND i.informed_on IS NULL%2")
                            .arg(caseColumns, caseFilter(workerId));
    QList<WorkItem> found;
    collect(m_database, sql, {{QStringLiteral(":worker"), workerId}}, WorkKind::NotificationNotTold, found);
    for (WorkItem &item : found) {
        item.due = Deadlines::initiationDecisionDue(item.due);
        items.append(item);
    }
}

void WorklistRepository::addAgreements(QList<WorkItem> &items, const QString &workerId, const QDate &today) const
{
    // A draft should be signed before it starts; a signed one not replaced ends on its end day.
    const QString unsigned_ = QStringLiteral("SELECT %1, a.id, coalesce(a.start_on, :today) "
                                             "FROM agreements a JOIN cases c ON c.id = a.case_id "
                                             "JOIN persons p ON p.id = c.child_id "
                                             "WHERE a.status = 'draft' AND coalesce(a.start_on, :today) <= :horizon%2")
                                  .arg(caseColumns, caseFilter(workerId));
    const QString ending = QStringLiteral("SELECT %1, a.id, a.end_on "
                                          "FROM agreements a JOIN cases c ON c.id = a.case_id "
                                          "JOIN persons p ON p.id = c.child_id "
                                          "WHERE a.status = 'signed' AND a.end_on BETWEEN :today AND :horizon "
                                          "AND NOT EXISTS (SELECT 1 FROM agreements n WHERE n.replaces_id = a.id)%2")
                               .arg(caseColumns, caseFilter(workerId));
    const QVariantMap values{{QStringLiteral(":worker"), workerId},
                             {QStringLiteral(":today"), codes::date(today)},
                             {QStringLiteral(":horizon"), codes::date(today.addDays(horizonDays))}};
    collect(m_database, unsigned_, values, WorkKind::AgreementUnsigned, items);
    collect(m_database, ending, values, WorkKind::AgreementEnding, items);
}

void WorklistRepository::addEndingDecisions(QList<WorkItem> &items, const QString &workerId,
                                            const QDate &today) const
{
    // A start, continuation or change ends unless a later decision on the measure follows it.
    const QString sql = QStringLiteral("SELECT %1, d.id, d.end_on, d.number "
                                       "FROM decisions d JOIN cases c ON c.id = d.case_id "
                                       "JOIN persons p ON p.id = c.child_id "
                                       "WHERE d.status = 'issued' AND d.end_on BETWEEN :today AND :horizon "
                                       "AND d.subject IN ('start', 'continue', 'change') "
                                       "AND NOT EXISTS (SELECT 1 FROM decisions n WHERE n.measure_id = d.measure_id "
                                       "AND n.status = 'issued' AND n.issued_on > d.issued_on)%2")
                            .arg(caseColumns, caseFilter(workerId));
    collect(m_database, sql,
            {{QStringLiteral(":worker"), workerId},
             {QStringLiteral(":today"), codes::date(today)},
             {QStringLiteral(":horizon"), codes::date(today.addDays(horizonDays))}},
            WorkKind::DecisionEnding, items);
}

void WorklistRepository::addMeetingsBehind(QList<WorkItem> &items, const QString &workerId,
                                           const QDate &today) const
{
    // Last calendar month, for support persons active through all of it.
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    const QDate last = first.addMonths(1).addDays(-1);
    const QString sql =
        // Due today: last month is over, and the follow-up is the worker's now.
        QStringLiteral("SELECT %1, m.id, :today, held || ' / ' || m.meetings_per_month FROM ("
                       "  SELECT m.*, (SELECT count(*) FROM meetings x WHERE x.measure_id = m.id AND x.cancelled = 0 "
                       "    AND x.archived_at IS NULL AND x.held_on BETWEEN :first AND :last) AS held "
                       "  FROM measures m WHERE m.status = 'active' AND m.catalogue_id IN "
                       "    (SELECT id FROM measure_catalogue WHERE in_depth = 'support_person') "
                       "  AND m.meetings_per_month > 0 AND m.start_on <= :first) m "
                       "JOIN cases c ON c.id = m.case_id JOIN persons p ON p.id = c.child_id "
                       "WHERE held < m.meetings_per_month%2")
            .arg(caseColumns, caseFilter(workerId));
    collect(m_database, sql,
            {{QStringLiteral(":worker"), workerId},
             {QStringLiteral(":first"), codes::date(first)},
             {QStringLiteral(":last"), codes::date(last)},
             {QStringLiteral(":today"), codes::date(today)}},
            WorkKind::MeetingsBehind, items);
}

void WorklistRepository::addCriminalRecords(QList<WorkItem> &items, const QDate &today) const
{
    const ProviderRepository providers(m_database, m_currentWorkerId);
    const int months = providers.criminalRecordIntervalMonths();
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, name, criminal_record_checked_on FROM providers "
                              "WHERE status = 'active' AND kind IN ('support_family', 'support_person')"));
    while (query.next()) {
        const QDate checked = codes::toDate(query.value(2));
        const QDate due = checked.isValid() ? checked.addMonths(months) : today;
        if (due > today.addDays(horizonDays))
            continue;
        WorkItem item;
        item.kind = WorkKind::CriminalRecordDue;
        item.recordId = query.value(0).toString();
        item.name = query.value(1).toString();
        item.due = due;
        items.append(item);
    }
}

QList<WorkerCaseload> WorklistRepository::caseloads() const
{
    QList<WorkerCaseload> loads;
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("SELECT w.id, w.first_names || ' ' || w.last_name, "
                              "(SELECT count(DISTINCT c.child_id) FROM cases c WHERE c.responsible_worker_id = w.id "
                              " AND c.child_welfare_since IS NOT NULL AND c.closed_on IS NULL AND c.archived_at IS NULL) "
                              "AS children "
                              "FROM workers w WHERE w.archived_at IS NULL ORDER BY children DESC, w.last_name"));
    while (query.next())
        loads.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return loads;
}

} // namespace tukipolku

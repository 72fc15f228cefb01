#include "storage/worklistrepository.h"

#include "rules/deadlines.h"
#include "rules/providerrules.h"
#include "storage/codes.h"
#include "storage/providerrepository.h"
#include "storage/rowreader.h"

#include <QSqlError>
#include <QSqlQuery>

#include "storage/readcheck.h"
#include "storage/recordwriter.h"
#include <QSqlRecord>

#include <algorithm>
#include <functional>

namespace tukipolku {

namespace {
// The columns every case item reads, in this order, from cases c. The child's
// name is read only for the rows shown (childNames): joining the persons of
// tens of thousands of rows took more than the rest of the list together.
const QString caseColumns = QStringLiteral("c.id, c.case_number, c.child_id, coalesce(c.responsible_worker_id, '')");
// Open cases of one worker (:worker) or of all.
QString caseFilter(const QString &workerId)
{
    return workerId.isEmpty() ? QStringLiteral(" AND c.closed_on IS NULL AND c.archived_at IS NULL")
                              : QStringLiteral(" AND c.closed_on IS NULL AND c.archived_at IS NULL "
                                               "AND c.responsible_worker_id = :worker");
}

// Runs `sql` with the worker and the named dates bound, and turns each row into
// an item: the case columns first, then the record id and the due day. Read
// with RowReader: the unit's list has tens of thousands of rows.
void collect(ReadCheck &reads, const QSqlDatabase &database, const QString &sql, const QVariantMap &values,
             WorkKind kind, QList<WorkItem> &items)
{
    RowReader rows(database, sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        rows.bind(it.key(), it.value());
    if (!rows.isValid()) {
        // A query that cannot run is a bug in this file: say so loudly in the log and the tests.
        qWarning("worklist query failed: %s", qPrintable(rows.error()));
        reads.check(rows);
        return;
    }
    const bool hasDetail = rows.columnCount() > 6;
    while (rows.next()) {
        WorkItem item;
        item.kind = kind;
        item.caseId = rows.text(0);
        item.caseNumber = rows.text(1);
        item.personId = rows.text(2);
        item.workerId = rows.text(3);
        item.recordId = rows.text(4);
        item.due = rows.date(5);
        if (hasDetail)
            item.detail = rows.text(6);
        items.append(item);
    }
    reads.check(rows);
}
} // namespace

WorklistRepository::WorklistRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

QList<WorkItem> WorklistRepository::items(const QString &workerId, const QDate &today, const std::atomic_bool *stop) const
{
    m_reads = ReadCheck();
    QList<WorkItem> items;
    const auto stopped = [stop] { return stop && stop->load(); };
    const std::function<void()> kinds[] = {
        [&] { addStatutoryDeadlines(items, workerId, today); },
        [&] { addUntoldNotifications(items, workerId); },
        [&] { addOpenInitiationQuestions(items, workerId); },
        [&] { addAgreements(items, workerId, today); },
        [&] { addEndingDecisions(items, workerId, today); },
        [&] { addUnsentDecisions(items, workerId); },
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
    if (!m_reads.ok())
        return {}; // never a shorter list: readError() says why there is none
    // An unassessed urgency first (LSL 26 § 2: immediately), then the due
    // day; the same day in the order of the pathway.
    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        if (a.isImmediate() != b.isImmediate())
            return a.isImmediate();
        return a.due != b.due ? a.due < b.due : a.kind < b.kind;
    });
    return items;
}

void WorklistRepository::addStatutoryDeadlines(QList<WorkItem> &items, const QString &workerId,
                                               const QDate &today) const
{
    // The next open statutory deadline of each case is kept on the case itself.
    const QString sql = QStringLiteral("SELECT %1, c.id, c.next_deadline_due, c.next_deadline_kind "
                                       "FROM cases c "
                                       "WHERE c.next_deadline_due IS NOT NULL AND c.next_deadline_due <= :horizon%2")
                            .arg(caseColumns, caseFilter(workerId));
    QList<WorkItem> found;
    collect(m_reads, m_database, sql, {{QStringLiteral(":worker"), workerId},
                              {QStringLiteral(":horizon"), codes::date(today.addDays(horizonDays))}},
            WorkKind::InitiationDecision, found);
    for (WorkItem &item : found) {
        switch (codes::fromCode(codes::deadlineKinds, item.detail)) {
        case DeadlineKind::InitiationDecision: item.kind = WorkKind::InitiationDecision; break;
        case DeadlineKind::NotificationDecision: item.kind = WorkKind::NotificationDecision; break;
        case DeadlineKind::FirstPlan: item.kind = WorkKind::PlanMissing; break;
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
                                       "WHERE i.is_notification = 1 AND i.informed_on IS NULL%2")
                            .arg(caseColumns, caseFilter(workerId));
    QList<WorkItem> found;
    collect(m_reads, m_database, sql, {{QStringLiteral(":worker"), workerId}}, WorkKind::NotificationNotTold, found);
    for (WorkItem &item : found) {
        item.due = Deadlines::initiationDecisionDue(item.due);
        items.append(item);
    }
}

void WorklistRepository::addOpenInitiationQuestions(QList<WorkItem> &items, const QString &workerId) const
{
    // Urgency is assessed at once, from the moment the contact is recorded.
    const QString urgency = QStringLiteral("SELECT %1, i.id, substr(i.received_at, 1, 10) "
                                           "FROM initiations i JOIN cases c ON c.id = i.case_id "
                                           "WHERE i.urgent IS NULL AND i.decided_on IS NULL%2")
                                .arg(caseColumns, caseFilter(workerId));
    // A report to the police is made without delay (LSL 25 § 3 mom); the
    // question stays until answered. Reasons are space-separated codes, no
    // code holds another of these two; the condition is the one of the
    // partial index initiations_police_open (migration 29), word for word,
    // so that only the rows asked about are read.
    const QString police = QStringLiteral("SELECT %1, i.id, substr(i.received_at, 1, 10) "
                                          "FROM initiations i JOIN cases c ON c.id = i.case_id "
                                          "WHERE i.police_report = '' AND (instr(i.reasons, 'violence_against_child') > 0 "
                                          "OR instr(i.reasons, 'suspected_sexual_abuse') > 0)%2")
                               .arg(caseColumns, caseFilter(workerId));
    const QVariantMap values{{QStringLiteral(":worker"), workerId}};
    collect(m_reads, m_database, urgency, values, WorkKind::UrgencyNotAssessed, items);
    collect(m_reads, m_database, police, values, WorkKind::PoliceReportOpen, items);
}

void WorklistRepository::addAgreements(QList<WorkItem> &items, const QString &workerId, const QDate &today) const
{
    // A draft should be signed before it starts; a signed one not replaced ends on its end day.
    const QString unsigned_ = QStringLiteral("SELECT %1, a.id, coalesce(a.start_on, :today) "
                                             "FROM agreements a JOIN cases c ON c.id = a.case_id "
                                                   "WHERE a.status = 'draft' AND coalesce(a.start_on, :today) <= :horizon%2")
                                  .arg(caseColumns, caseFilter(workerId));
    const QString ending = QStringLiteral("SELECT %1, a.id, a.end_on "
                                          "FROM agreements a JOIN cases c ON c.id = a.case_id "
                                             "WHERE a.status = 'signed' AND a.end_on BETWEEN :today AND :horizon "
                                          "AND NOT EXISTS (SELECT 1 FROM agreements n WHERE n.replaces_id = a.id)%2")
                               .arg(caseColumns, caseFilter(workerId));
    const QVariantMap values{{QStringLiteral(":worker"), workerId},
                             {QStringLiteral(":today"), codes::date(today)},
                             {QStringLiteral(":horizon"), codes::date(today.addDays(horizonDays))}};
    collect(m_reads, m_database, unsigned_, values, WorkKind::AgreementUnsigned, items);
    collect(m_reads, m_database, ending, values, WorkKind::AgreementEnding, items);
}

void WorklistRepository::addEndingDecisions(QList<WorkItem> &items, const QString &workerId,
                                            const QDate &today) const
{
    // A start, continuation or change ends unless a later decision on the measure follows it.
    const QString sql = QStringLiteral("SELECT %1, d.id, d.end_on, d.number "
                                       "FROM decisions d JOIN cases c ON c.id = d.case_id "
                                       "WHERE d.status = 'issued' AND d.end_on BETWEEN :today AND :horizon "
                                       "AND d.subject IN ('start', 'continue', 'change') "
                                       "AND NOT EXISTS (SELECT 1 FROM decisions n WHERE n.measure_id = d.measure_id "
                                       "AND n.status = 'issued' AND n.issued_on > d.issued_on)%2")
                            .arg(caseColumns, caseFilter(workerId));
    collect(m_reads, m_database, sql,
            {{QStringLiteral(":worker"), workerId},
             {QStringLiteral(":today"), codes::date(today)},
             {QStringLiteral(":horizon"), codes::date(today.addDays(horizonDays))}},
            WorkKind::DecisionEnding, items);
}

void WorklistRepository::addUnsentDecisions(QList<WorkItem> &items, const QString &workerId) const
{
    // A decision is served without delay once issued (HL 54 §): due on the day of issue.
    const QString sql = QStringLiteral("SELECT %1, d.id, d.issued_on, d.number "
                                       "FROM decisions d JOIN cases c ON c.id = d.case_id "
                                       "WHERE d.id IN (SELECT r.decision_id FROM decision_recipients r "
                                       "WHERE r.sent_on IS NULL)%2")
                            .arg(caseColumns, caseFilter(workerId));
    collect(m_reads, m_database, sql, {{QStringLiteral(":worker"), workerId}}, WorkKind::DecisionUnsent, items);
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
                       "JOIN cases c ON c.id = m.case_id "
                       "WHERE held < m.meetings_per_month%2")
            .arg(caseColumns, caseFilter(workerId));
    collect(m_reads, m_database, sql,
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
    const QDate horizon = today.addDays(horizonDays);
    // Only extracts old enough to fall due by the horizon are read (a few
    // days' margin for months of different lengths); the due day is then
    // worked out exactly as on the provider's page.
    RowReader rows(m_database, QStringLiteral("SELECT id, name, criminal_record_checked_on FROM providers "
                                              "WHERE status = 'active' AND kind IN ('support_family', 'support_person') "
                                              "AND (criminal_record_checked_on IS NULL OR criminal_record_checked_on <= ?)"));
    rows.bind(1, codes::date(horizon.addMonths(-months).addDays(4)));
    while (rows.next()) {
        const QDate checked = rows.date(2);
        const QDate due = checked.isValid() ? checked.addMonths(months) : today;
        if (due > horizon)
            continue;
        WorkItem item;
        item.kind = WorkKind::CriminalRecordDue;
        item.recordId = rows.text(0);
        item.name = rows.text(1);
        item.due = due;
        items.append(item);
    }
    m_reads.check(rows);
}

QString WorklistRepository::readError() const
{
    return m_reads.ok() ? QString() : readFailureMessage(m_database, m_reads.error());
}

QHash<QString, QString> WorklistRepository::childNames(const QStringList &personIds) const
{
    QHash<QString, QString> names;
    constexpr qsizetype batch = 200; // well under SQLite's limit of bound values
    for (qsizetype from = 0; from < personIds.size(); from += batch) {
        const QStringList ids = personIds.mid(from, batch);
        QStringList marks;
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks << QStringLiteral("?");
        RowReader rows(m_database, QStringLiteral("SELECT id, first_names || ' ' || last_name FROM persons "
                                                  "WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))));
        for (qsizetype i = 0; i < ids.size(); ++i)
            rows.bind(int(i + 1), ids.at(i));
        while (rows.next())
            names.insert(rows.text(0), rows.text(1));
    }
    return names;
}

void WorklistRepository::fillNames(QList<WorkItem> &items, qsizetype from, qsizetype count) const
{
    QStringList ids;
    const qsizetype end = std::min(items.size(), from + count);
    for (qsizetype i = from; i < end; ++i) {
        if (!items.at(i).personId.isEmpty() && items.at(i).name.isEmpty())
            ids << items.at(i).personId;
    }
    ids.removeDuplicates();
    const QHash<QString, QString> names = childNames(ids);
    for (qsizetype i = from; i < end; ++i) {
        if (!items.at(i).personId.isEmpty() && items.at(i).name.isEmpty())
            items[i].name = names.value(items.at(i).personId);
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
    m_reads.check(query);
    if (!m_reads.ok())
        return {}; // readError() says why
    return loads;
}

} // namespace tukipolku

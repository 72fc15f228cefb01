#include "reports/deadlinereport.h"

#include "domain/clientcase.h"
#include "domain/labels.h"
#include "exchange/csvwriter.h"
#include "storage/codes.h"

#include <QSqlQuery>

#include <algorithm>

namespace tukipolku {

QList<OpenDeadline> DeadlineReport::open(const QSqlDatabase &database, const QDate &today)
{
    // Just the dates the deadline rules read; the latest plan version is the one under review.
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT c.id, c.case_number, p.first_names || ' ' || p.last_name, i.received_at, i.decided_on, "
        "i.assessment_starts, a.completed_on, pl.made_on, pl.next_review_on "
        "FROM cases c JOIN persons p ON p.id = c.child_id JOIN initiations i ON i.case_id = c.id "
        "LEFT JOIN assessments a ON a.case_id = c.id "
        "LEFT JOIN client_plans pl ON pl.case_id = c.id AND pl.version = "
        "  (SELECT max(version) FROM client_plans WHERE case_id = c.id) "
        "WHERE c.closed_on IS NULL AND c.archived_at IS NULL AND c.next_deadline_due IS NOT NULL"));
    QList<OpenDeadline> found;
    while (query.next()) {
        ClientCase c;
        c.initiation.receivedAt = codes::toDateTime(query.value(3));
        c.initiation.decidedOn = codes::toDate(query.value(4));
        if (!query.value(5).isNull())
            c.initiation.assessmentStarts = query.value(5).toBool();
        if (!query.value(6).isNull()) {
            c.assessment = Assessment();
            c.assessment->completedOn = codes::toDate(query.value(6));
        }
        if (!query.value(7).isNull()) {
            ClientPlan plan;
            plan.madeOn = codes::toDate(query.value(7));
            plan.nextReviewOn = codes::toDate(query.value(8));
            c.plans.append(plan);
        }
        for (const Deadline &deadline : Deadlines::forCase(c, today)) {
            if (deadline.isOpen())
                found.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), deadline});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const OpenDeadline &a, const OpenDeadline &b) { return a.deadline.due < b.deadline.due; });
    return found;
}

QByteArray DeadlineReport::csv(const QList<OpenDeadline> &deadlines)
{
    CsvWriter writer;
    writer.addRow({tr("Case id"), tr("Case number"), tr("Child"), tr("Deadline"), tr("Start date"), tr("Due date"),
                   tr("State")});
    for (const OpenDeadline &row : deadlines)
        writer.addRow({row.caseId, row.caseNumber, row.child, Labels::deadlineKind(row.deadline.kind),
                       CsvWriter::date(row.deadline.start), CsvWriter::date(row.deadline.due),
                       Labels::deadlineState(row.deadline.state)});
    return writer.bytes();
}

} // namespace tukipolku

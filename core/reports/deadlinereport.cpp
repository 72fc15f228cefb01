#include "reports/deadlinereport.h"

#include "domain/clientcase.h"
#include "domain/labels.h"
#include "exchange/csvwriter.h"
#include "storage/codes.h"
#include "storage/readcheck.h"
#include "storage/recordwriter.h"
#include "storage/rowreader.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace tukipolku {

Result DeadlineReport::open(const QSqlDatabase &database, const QDate &today, QList<OpenDeadline> &deadlines)
{
    deadlines.clear();
    // Just the dates the deadline rules read (the latest plan version is the
    // one under review), kept for the open cases in a narrow table of their
    // own: one scan instead of joining tens of thousands of cases with their
    // children, initiations, assessments and plans (see migration 19).
    RowReader rows(database, QStringLiteral(
        "SELECT case_id, case_number, child, received_at, decided_on, assessment_starts, "
        "assessment_completed_on, plan_made_on, plan_next_review_on, later_received_on, child_welfare_since FROM open_deadline_cases"));
    QList<OpenDeadline> found;
    ClientCase c; // one case filled in again for each row
    ClientPlan plan;
    while (rows.next()) {
        // The rules read the day of receipt only.
        c.initiation.receivedAt = QDateTime(rows.date(3), QTime(0, 0), Qt::UTC);
        c.initiation.decidedOn = rows.date(4);
        c.initiation.assessmentStarts.reset();
        if (!rows.isNull(5))
            c.initiation.assessmentStarts = rows.integer(5) != 0;
        c.assessment.reset();
        if (!rows.isNull(6)) {
            c.assessment = Assessment();
            c.assessment->completedOn = rows.date(6);
        }
        c.plans.clear();
        if (!rows.isNull(7)) {
            plan.madeOn = rows.date(7);
            plan.nextReviewOn = rows.date(8);
            c.plans.append(plan);
        }
        c.childWelfareSince = rows.date(10);
        // The later notifications still waiting for their decision.
        c.laterInitiations.clear();
        for (const QString &day : rows.text(9).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            Initiation later;
            later.opensCase = false;
            later.receivedAt = QDateTime(QDate::fromString(day, Qt::ISODate), QTime(0, 0), Qt::UTC);
            c.laterInitiations.append(later);
        }
        for (const Deadline &deadline : Deadlines::forCase(c, today)) {
            if (deadline.isOpen())
                found.append({rows.text(0), rows.text(1), rows.text(2), deadline});
        }
    }
    if (!rows.error().isEmpty())
        return Result::failure(readFailureMessage(database, rows.error()));
    std::stable_sort(found.begin(), found.end(),
                     [](const OpenDeadline &a, const OpenDeadline &b) { return a.deadline.due < b.deadline.due; });
    deadlines = found;
    return {};
}

QByteArray DeadlineReport::csv(const QList<OpenDeadline> &deadlines)
{
    CsvWriter writer;
    writer.addRow({tr("Case id"), tr("Case number"), tr("Child"), tr("Deadline"), tr("Start date"), tr("Due date"),
                   tr("State")});
    // The few kinds and states translated once, not once a row.
    QHash<DeadlineKind, QString> kinds;
    QHash<DeadlineState, QString> states;
    for (const OpenDeadline &row : deadlines) {
        auto kind = kinds.constFind(row.deadline.kind);
        if (kind == kinds.constEnd())
            kind = kinds.insert(row.deadline.kind, Labels::deadlineKind(row.deadline.kind));
        auto state = states.constFind(row.deadline.state);
        if (state == states.constEnd())
            state = states.insert(row.deadline.state, Labels::deadlineState(row.deadline.state));
        writer.addRow({row.caseId, row.caseNumber, row.child, kind.value(), CsvWriter::date(row.deadline.start),
                       CsvWriter::date(row.deadline.due), state.value()});
    }
    return writer.bytes();
}

} // namespace tukipolku

#pragma once

#include "rules/deadlines.h"

#include <QCoreApplication>
#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tukipolku {

// One open statutory deadline of an open case.
struct OpenDeadline {
    QString caseId;
    QString caseNumber;
    QString child;
    Deadline deadline;
};

// Every open statutory deadline of the unit on a day, read with one query
// over the open cases and computed with the same rules as the case page.
class DeadlineReport final {
    Q_DECLARE_TR_FUNCTIONS(DeadlineReport)

public:
    // Every open deadline into `deadlines`; a failed read is a failure (with
    // nothing in `deadlines`), never a shorter list.
    static Result open(const QSqlDatabase &database, const QDate &today, QList<OpenDeadline> &deadlines);
    // The CSV of --report deadlines: case id, case number, child, kind, start, due, state.
    static QByteArray csv(const QList<OpenDeadline> &deadlines);
};

} // namespace tukipolku

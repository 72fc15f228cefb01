#pragma once

#include "rules/deadlines.h"

#include <QCoreApplication>
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
    static QList<OpenDeadline> open(const QSqlDatabase &database, const QDate &today);
    // The CSV of --report deadlines: case id, case number, child, kind, start, due, state.
    static QByteArray csv(const QList<OpenDeadline> &deadlines);
};

} // namespace tukipolku

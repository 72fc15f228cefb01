#pragma once

#include "common/outcome.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace tukipolku {

// Months whose compensation has gone to payroll. Their logs may still be
// corrected, but only after the worker confirms, since the pay has been reported.
class ReportedMonths final {
    Q_DECLARE_TR_FUNCTIONS(ReportedMonths)

public:
    ReportedMonths(const QSqlDatabase &database, QString currentWorkerId);

    // A read that failed is not "not reported": a correction could slip past payroll.
    Outcome<bool> isReported(const QDate &day) const;
    // Marks the month of `day` reported; reporting it again is no error.
    Result markReported(const QDate &day);
    // "3/2026"
    static QString monthText(const QDate &day);

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

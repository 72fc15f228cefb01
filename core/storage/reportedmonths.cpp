#include "storage/reportedmonths.h"

#include "storage/reads.h"
#include "storage/recordwriter.h"

#include <QSqlQuery>

namespace tukipolku {

namespace {
QString monthKey(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

ReportedMonths::ReportedMonths(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Outcome<bool> ReportedMonths::isReported(const QDate &day) const
{
    if (!day.isValid())
        return false;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT 1 FROM reported_months WHERE month = ?"));
    query.addBindValue(monthKey(day));
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (row.isFailed())
        return row.failure();
    return bool(row);
}

Result ReportedMonths::markReported(const QDate &day)
{
    if (!day.isValid())
        return Result::failure(tr("Choose the month to mark reported."));
    const Outcome<bool> reported = isReported(day);
    if (!reported)
        return Result::failure(reported.message());
    if (*reported)
        return {};
    return RecordWriter(m_database, m_currentWorkerId)
        .insert(QStringLiteral("reported_months"), RecordWriter::newId(), {{QStringLiteral("month"), monthKey(day)}});
}

QString ReportedMonths::monthText(const QDate &day)
{
    return day.toString(QStringLiteral("M/yyyy"));
}

} // namespace tukipolku

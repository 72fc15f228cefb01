#include "storage/databasesummary.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace tukipolku {

DatabaseSummary DatabaseSummary::read(const QSqlDatabase &database)
{
    DatabaseSummary summary;
    QSqlQuery query(database);
    if (query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM families WHERE archived_at IS NULL),"
            "       (SELECT count(*) FROM persons WHERE archived_at IS NULL),"
            "       (SELECT count(*) FROM workers WHERE archived_at IS NULL)"))
        && query.next()) {
        summary.families = query.value(0).toInt();
        summary.persons = query.value(1).toInt();
        summary.workers = query.value(2).toInt();
    }
    return summary;
}

} // namespace tukipolku

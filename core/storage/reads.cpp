#include "storage/reads.h"

#include "storage/recordwriter.h"

#include <QSqlError>

namespace tukipolku {

Failure readFailure(const QSqlDatabase &database, const QString &detail)
{
    return Failure::failed(readFailureMessage(database, detail), detail);
}

Outcome<QSqlRecord> singleRow(const QSqlDatabase &database, QSqlQuery &query)
{
    if (!query.exec() || !query.next()) {
        if (query.lastError().type() != QSqlError::NoError)
            return readFailure(database, query.lastError().text());
        return Failure::notFound();
    }
    return query.record();
}

} // namespace tukipolku

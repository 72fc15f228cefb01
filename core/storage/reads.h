#pragma once

#include "common/outcome.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tukipolku {

// The failure of a read, with the user's sentence for the database it came from.
Failure readFailure(const QSqlDatabase &database, const QString &detail);

// Runs a prepared and bound query that looks up one record. No row is "not
// found"; a statement that could not run, or stopped on a damaged page before
// its row, is a failure — never "not found".
Outcome<QSqlRecord> singleRow(const QSqlDatabase &database, QSqlQuery &query);

// Runs a prepared and bound query and converts each row with `convert`. A
// statement that stops half-way (a damaged page) ends its loop as if the rows
// had run out: that is a failure here, never a shorter list.
template <typename T, typename Convert>
Outcome<QList<T>> allRows(const QSqlDatabase &database, QSqlQuery &query, Convert convert)
{
    QList<T> rows;
    if (query.exec()) {
        while (query.next())
            rows.append(convert(query));
    }
    if (query.lastError().type() != QSqlError::NoError)
        return readFailure(database, query.lastError().text());
    return rows;
}

} // namespace tukipolku

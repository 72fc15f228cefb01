#pragma once

#include "common/outcome.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tukipolku {

// The failure of a read, with the user's sentence for the database it came from.
Failure readFailure(const QSqlDatabase &database, const QString &detail);

// Runs a prepared and bound query that looks up one record. No row is "not
// found"; a statement that could not run, or stopped on a damaged page before
// its row, is a failure — never "not found".
Outcome<QSqlRecord> singleRow(const QSqlDatabase &database, QSqlQuery &query);

} // namespace tukipolku

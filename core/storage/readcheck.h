#pragma once

#include "storage/rowreader.h"
#include "storage/reads.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace tukipolku {

// The first failure among a report's reads. A statement that fails half-way
// (a damaged page) ends its loop as if the rows had run out: a report built
// from it would be short without a word. Checked after each loop; a report
// with a failure is never shown, counted or written.
class ReadCheck final {
public:
    void check(const QSqlQuery &query)
    {
        if (m_error.isEmpty() && query.lastError().type() != QSqlError::NoError)
            m_error = query.lastError().text();
    }
    void check(const RowReader &rows)
    {
        if (m_error.isEmpty() && !rows.error().isEmpty())
            m_error = rows.error();
    }
    bool ok() const { return m_error.isEmpty(); }
    // The technical detail of the first failure; empty when all went well.
    QString error() const { return m_error; }
    // The first failure as a read's failure, with the user's sentence.
    Failure failure(const QSqlDatabase &database) const { return readFailure(database, m_error); }

private:
    QString m_error;
};

} // namespace tukipolku

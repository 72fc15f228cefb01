#include "storage/rowwriter.h"

#include "storage/sqlitehandle.h"

#include <sqlite3.h>

namespace tukipolku {

RowWriter::RowWriter(const QSqlDatabase &database, const QString &sql)
{
    const SqliteHandle handle(database);
    m_statement = handle.prepare(sql, m_error);
}

RowWriter::~RowWriter()
{
    sqlite3_finalize(m_statement);
}

void RowWriter::bind(int position, const QVariant &value)
{
    SqliteHandle::bind(m_statement, position, value);
}

bool RowWriter::execute()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

} // namespace tukipolku

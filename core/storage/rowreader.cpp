#include "storage/rowreader.h"

#include "storage/sqlitehandle.h"

#include <sqlite3.h>

namespace tukipolku {

RowReader::RowReader(const QSqlDatabase &database, const QString &sql)
{
    const SqliteHandle handle(database);
    m_statement = handle.prepare(sql, m_error);
}

RowReader::~RowReader()
{
    sqlite3_finalize(m_statement);
}

void RowReader::bind(int position, const QVariant &value)
{
    SqliteHandle::bind(m_statement, position, value);
}

void RowReader::bind(const QString &name, const QVariant &value)
{
    if (!m_statement)
        return;
    if (const int position = sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData()); position > 0)
        bind(position, value);
}

bool RowReader::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    // A reading stopped on purpose (sqlite3_interrupt, a window closing) is no error.
    if (rc != SQLITE_DONE && rc != SQLITE_INTERRUPT)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

int RowReader::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

bool RowReader::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString RowReader::text(int column) const
{
    const auto *utf16 = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    if (!utf16)
        return {};
    return QString::fromUtf16(utf16, sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(char16_t)));
}

qint64 RowReader::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QDate RowReader::date(int column) const
{
    // By hand: "YYYY-MM-DD" is all the dates this program stores.
    const auto *text = sqlite3_column_text(m_statement, column);
    if (!text || sqlite3_column_bytes(m_statement, column) < 10)
        return {};
    const auto digits = [text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (text[4] != '-' || text[7] != '-')
        return {};
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    if (year <= 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for a month or day out of range
}

} // namespace tukipolku

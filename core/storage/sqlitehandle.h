#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace tukipolku {

// Direct access to the SQLite connection behind a QSqlDatabase, for what the
// Qt driver cannot do: multi-statement scripts (migrations) and the backup API.
class SqliteHandle final {
public:
    explicit SqliteHandle(const QSqlDatabase &database);

    bool isValid() const { return m_handle != nullptr; }
    sqlite3 *get() const { return m_handle; }

    // Runs a script of one or more statements; returns an empty string on
    // success, else SQLite's message.
    QString execScript(const QString &script) const;

    // False while a transaction is open on the connection.
    bool isAutocommit() const;

    // The extended result code of the last failure, to tell "disk full" apart.
    int lastErrorCode() const;

    // A prepared statement (the caller finalizes it), or nullptr with SQLite's
    // message in `error`. For RowReader and RowWriter.
    sqlite3_stmt *prepare(const QString &sql, QString &error) const;
    // Binds a value by its 1-based position: NULL, an integer (also for
    // booleans), a real number or text.
    static void bind(sqlite3_stmt *statement, int position, const QVariant &value);

private:
    sqlite3 *m_handle = nullptr;
};

} // namespace tukipolku

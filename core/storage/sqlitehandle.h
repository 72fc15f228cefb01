#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

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

private:
    sqlite3 *m_handle = nullptr;
};

} // namespace tukipolku

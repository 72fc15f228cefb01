#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace tukipolku {

// Runs one prepared INSERT or UPDATE again and again straight on SQLite, for
// the millions of rows of generated demo data: QSqlQuery turns every bound
// value into a named placeholder and a QVariant copy first, which at that
// size is a good part of the time. Everything else keeps using QSqlQuery.
class RowWriter final {
public:
    RowWriter(const QSqlDatabase &database, const QString &sql);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    // False when the statement could not be prepared; error() says why.
    bool isValid() const { return m_statement != nullptr; }
    QString error() const { return m_error; }

    // Binds a parameter by its 1-based position; a null QVariant binds NULL.
    void bind(int position, const QVariant &value);
    // Runs the statement with the values bound, then makes it ready for the
    // next row. False on failure; error() says why.
    bool execute();

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace tukipolku

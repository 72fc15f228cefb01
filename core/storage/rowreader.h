#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace tukipolku {

// Reads the rows of one SELECT straight from SQLite, for reports and lists of
// tens of thousands of rows: the Qt driver copies every value of every row
// into a QVariant first, which at that size takes longer than the query.
// Everything else keeps using QSqlQuery.
class RowReader final {
public:
    RowReader(const QSqlDatabase &database, const QString &sql);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // False when the statement could not be prepared; error() says why.
    bool isValid() const { return m_statement != nullptr; }
    QString error() const { return m_error; }

    // Binds a parameter by its 1-based position; a null QVariant binds NULL.
    void bind(int position, const QVariant &value);
    // Binds a named parameter (":today"); nothing happens when the statement has none of that name.
    void bind(const QString &name, const QVariant &value);
    // The next row; false at the end or on an error (then error() says which).
    bool next();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    // A date stored as ISO 8601 text (its first 10 characters); invalid for NULL or other text.
    QDate date(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace tukipolku

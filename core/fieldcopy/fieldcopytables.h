#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tukipolku {

// What a field copy carries, table by table: which rows belong to the chosen
// families, how two versions of a row are compared, and when a row is frozen.
struct FieldCopyTable {
    enum class Kind {
        Record,     // merged by id: changed on one side is taken, on both a conflict
        AppendOnly, // history and access log: rows are only ever added
    };

    QString name;
    Kind kind = Kind::Record;
    // The rows of the chosen families: a condition on the table's columns that
    // may use the temporary tables fc_families, fc_cases and fc_persons.
    QString selection;
    // When a row is frozen (signed, issued): an expression over the row's
    // columns in which %1 is the schema ("main" or "copy") of the row and %2
    // the schema whose signed document decides (for an agreement's parties).
    QString frozenWhen;
    // A short text naming the record for a person, from the local database:
    // a SELECT with one ? for the id.
    QString describe;
};

class FieldCopyTables final {
public:
    // Parents before children, so that a record refused on import takes the
    // records hanging on it with it.
    static const QList<FieldCopyTable> &all();
    // The order of writing: the parents first, except that an agreement's
    // parties go in before the agreement (a signed agreement takes no new
    // parties); the foreign keys are checked at the end of the transaction.
    static QStringList writeOrder();
    // Columns that are not compared: the key, the local search number, and
    // values derived from the other columns (a case's stage, a rendered page).
    static bool isCompared(const QString &table, const QString &column);
    // Columns that are copied: all but the local search number.
    static bool isCopied(const QString &column);
    // The copied columns of `table` in `connection`'s main database, in table order.
    static QStringList copiedColumns(const QSqlDatabase &connection, const QString &table);
};

} // namespace tukipolku

#pragma once

#include <QString>

namespace tukipolku {

// Readable, translated names of the tables and columns a field copy carries,
// for showing a conflict to a person; an unknown name is returned as it is.
class FieldLabels final {
public:
    // The kind of record a table holds, e.g. "persons" -> "Person".
    static QString recordKind(const QString &table);
    // A column's name, e.g. ("persons", "first_names") -> "First names".
    static QString field(const QString &table, const QString &column);
};

} // namespace tukipolku

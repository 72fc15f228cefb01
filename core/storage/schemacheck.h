#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace tukipolku {

// Compares a database's schema with the schema its version number promises,
// by building that version in memory from the migrations.
class SchemaCheck final {
public:
    // Differences found, one readable line each; empty when the schema matches.
    static QStringList differences(const QSqlDatabase &database, int version);
};

} // namespace tukipolku

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tukipolku {

// This database's own id and secret (migration 23).
struct DatabaseIdentity {
    QString id;
    QString secret; // hex, never leaves the database
};

// On a laptop's database: the database its field copies came from, with the
// sealed list it was given (ids joined by commas, as stored).
struct FieldCopyHome {
    QString id;
    QString families;
    QString cases;
    QString seal;
};

// The rows that say which database this is and where its field copies came from.
class DatabaseIdentityRepository final {
    Q_DECLARE_TR_FUNCTIONS(DatabaseIdentityRepository)
public:
    explicit DatabaseIdentityRepository(const QSqlDatabase &database) : m_database(database) {}

    Result identity(DatabaseIdentity &identity) const;
    // False when this database belongs to no home (it is no laptop's copy).
    bool home(FieldCopyHome &home) const;
    // Every family's id, for telling an office's own database from a new laptop's.
    Result familyIds(QStringList &ids) const;
    Result saveHome(const FieldCopyHome &home);

private:
    QSqlDatabase m_database;
};

} // namespace tukipolku

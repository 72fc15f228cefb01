#include "storage/databaseidentityrepository.h"

#include "storage/codes.h"
#include "storage/recordwriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tukipolku {

Result DatabaseIdentityRepository::identity(DatabaseIdentity &identity) const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT id, secret FROM database_identity")) || !query.next())
        return Result::failure(tr("This database's own id could not be read: %1").arg(query.lastError().text()));
    identity = {query.value(0).toString(), query.value(1).toString()};
    return {};
}

bool DatabaseIdentityRepository::home(FieldCopyHome &home) const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT id, families, cases, seal FROM field_copy_home")) || !query.next())
        return false;
    home = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
    return true;
}

Result DatabaseIdentityRepository::familyIds(QStringList &ids) const
{
    ids.clear();
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM families")))
        return Result::failure(readFailureMessage(m_database, query.lastError().text()));
    while (query.next())
        ids << query.value(0).toString();
    if (query.lastError().type() != QSqlError::NoError)
        return Result::failure(readFailureMessage(m_database, query.lastError().text()));
    return {};
}

Result DatabaseIdentityRepository::saveHome(const FieldCopyHome &home)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO field_copy_home (id, families, cases, seal, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET families = excluded.families, cases = excluded.cases, "
        "seal = excluded.seal, updated_at = excluded.updated_at"));
    query.addBindValue(home.id);
    query.addBindValue(home.families);
    query.addBindValue(home.cases);
    query.addBindValue(home.seal);
    query.addBindValue(codes::nowUtc());
    if (!query.exec())
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    return {};
}

} // namespace tukipolku

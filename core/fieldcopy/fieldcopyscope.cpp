#include "fieldcopy/fieldcopyscope.h"

#include "storage/codes.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>

namespace tukipolku {

namespace {
QString joined(const QStringList &ids)
{
    return ids.join(QLatin1Char(','));
}

struct Identity {
    QString id;
    QString secret;
};

Result readIdentity(const QSqlDatabase &connection, Identity &identity)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT id, secret FROM database_identity")) || !query.next())
        return Result::failure(FieldCopyScope::tr("This database's own id could not be read: %1")
                                   .arg(query.lastError().text()));
    identity = {query.value(0).toString(), query.value(1).toString()};
    return {};
}

// The home this laptop's database belongs to; false when it belongs to none.
bool readHome(const QSqlDatabase &connection, FieldCopyScope &home)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT id, families, cases, seal FROM field_copy_home")) || !query.next())
        return false;
    home.homeId = query.value(0).toString();
    home.familyIds = query.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    home.caseIds = query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    home.seal = query.value(3).toString();
    return true;
}
} // namespace

QString FieldCopyScope::sealWith(const QString &secret) const
{
    const QByteArray message = (homeId + QLatin1Char('\n') + joined(familyIds) + QLatin1Char('\n') + joined(caseIds))
                                   .toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, QByteArray::fromHex(secret.toLatin1()), QCryptographicHash::Sha256)
            .toHex());
}

Result FieldCopyScope::forExport(const QSqlDatabase &connection, QStringList familyIds, QStringList caseIds,
                                 FieldCopyScope &scope)
{
    Identity self;
    if (Result read = readIdentity(connection, self); !read)
        return read;
    FieldCopyScope home;
    if (readHome(connection, home)) {
        for (const QString &family : familyIds) {
            if (!home.familyIds.contains(family))
                return Result::failure(tr("This database is a laptop's copy, and only the families its field copy "
                                          "brought can go back in a field copy. Record the others at the office."));
        }
        scope = home;
        return {};
    }
    familyIds.sort();
    caseIds.sort();
    scope.homeId = self.id;
    scope.familyIds = familyIds;
    scope.caseIds = caseIds;
    scope.seal = scope.sealWith(self.secret);
    return {};
}

Result FieldCopyScope::checkImport(const QSqlDatabase &connection, const FieldCopyScope &scope)
{
    if (scope.homeId.isEmpty() || scope.seal.isEmpty())
        return Result::failure(tr("The field copy does not say which database it belongs to (it was made by an older "
                                  "version of Tukipolku). Nothing was imported: make a new field copy."));
    Identity self;
    if (Result read = readIdentity(connection, self); !read)
        return read;
    if (scope.homeId == self.id) {
        if (scope.sealWith(self.secret) != scope.seal)
            return Result::failure(tr("The list of families and cases in the field copy has been changed after the "
                                      "copy was made. Nothing was imported."));
        return {};
    }
    FieldCopyScope home;
    if (readHome(connection, home)) {
        if (home.homeId != scope.homeId)
            return Result::failure(tr("The field copy was made from another database than the one this laptop's "
                                      "copy came from. Nothing was imported."));
        return {};
    }
    // A database of its own (an office's, with its own families) never takes
    // another database's copy; a new laptop database takes its first one.
    QSqlQuery own(connection);
    if (!own.exec(QStringLiteral("SELECT id FROM families")))
        return Result::failure(tr("This database could not be read: %1").arg(own.lastError().text()));
    while (own.next()) {
        if (!scope.familyIds.contains(own.value(0).toString()))
            return Result::failure(tr("The field copy was made from another database. A field copy can only come "
                                      "back into the database it was made from, or go to a laptop's database. "
                                      "Nothing was imported."));
    }
    return {};
}

Result FieldCopyScope::rememberHome(const QSqlDatabase &connection, const FieldCopyScope &scope)
{
    Identity self;
    if (Result read = readIdentity(connection, self); !read)
        return read;
    if (scope.homeId == self.id)
        return {};
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "INSERT INTO field_copy_home (id, families, cases, seal, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET families = excluded.families, cases = excluded.cases, "
        "seal = excluded.seal, updated_at = excluded.updated_at"));
    query.addBindValue(scope.homeId);
    query.addBindValue(joined(scope.familyIds));
    query.addBindValue(joined(scope.caseIds));
    query.addBindValue(scope.seal);
    query.addBindValue(codes::nowUtc());
    if (!query.exec())
        return Result::failure(tr("The field copy's origin could not be saved: %1").arg(query.lastError().text()));
    return {};
}

} // namespace tukipolku

#include "fieldcopy/fieldcopyscope.h"

#include "storage/databaseidentityrepository.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace tukipolku {

namespace {
QString joined(const QStringList &ids)
{
    return ids.join(QLatin1Char(','));
}

// The home this laptop's database belongs to; false when it belongs to none.
bool readHome(const QSqlDatabase &connection, FieldCopyScope &scope)
{
    FieldCopyHome home;
    if (!DatabaseIdentityRepository(connection).home(home))
        return false;
    scope.homeId = home.id;
    scope.familyIds = home.families.split(QLatin1Char(','), Qt::SkipEmptyParts);
    scope.caseIds = home.cases.split(QLatin1Char(','), Qt::SkipEmptyParts);
    scope.seal = home.seal;
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
    DatabaseIdentity self;
    if (Result read = DatabaseIdentityRepository(connection).identity(self); !read)
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
    DatabaseIdentity self;
    if (Result read = DatabaseIdentityRepository(connection).identity(self); !read)
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
    QStringList own;
    if (Result read = DatabaseIdentityRepository(connection).familyIds(own); !read)
        return read;
    for (const QString &family : std::as_const(own)) {
        if (!scope.familyIds.contains(family))
            return Result::failure(tr("The field copy was made from another database. A field copy can only come "
                                      "back into the database it was made from, or go to a laptop's database. "
                                      "Nothing was imported."));
    }
    return {};
}

Result FieldCopyScope::rememberHome(const QSqlDatabase &connection, const FieldCopyScope &scope)
{
    DatabaseIdentity self;
    if (Result read = DatabaseIdentityRepository(connection).identity(self); !read)
        return read;
    if (scope.homeId == self.id)
        return {};
    return DatabaseIdentityRepository(connection).saveHome(
        {scope.homeId, joined(scope.familyIds), joined(scope.caseIds), scope.seal});
}

} // namespace tukipolku

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tukipolku {

// What a field copy may hold: the database it belongs to (its home) and the
// families and cases that home gave out, sealed with the home's secret
// (HMAC-SHA256) so that a laptop can neither widen the list nor pass off a
// copy of another database as this one's.
struct FieldCopyScope {
    Q_DECLARE_TR_FUNCTIONS(FieldCopyScope)
public:
    QString homeId;
    QStringList familyIds; // sorted
    QStringList caseIds;   // sorted
    QString seal;

    // The seal of this list with `secret` (hex).
    QString sealWith(const QString &secret) const;

    // The scope of a copy made here of `familyIds` and `caseIds`: sealed by
    // this database, or, on a laptop, the list its home gave it (the families
    // chosen must be in it).
    static Result forExport(const QSqlDatabase &connection, QStringList familyIds, QStringList caseIds,
                            FieldCopyScope &scope);
    // Whether a copy with `scope` may be imported into this database: its
    // own copy coming home with an unbroken seal, or a copy of the home this
    // laptop's database belongs to (or of a first home, into a database with
    // no families of its own).
    static Result checkImport(const QSqlDatabase &connection, const FieldCopyScope &scope);
    // After an import from another home: this database now belongs to it.
    static Result rememberHome(const QSqlDatabase &connection, const FieldCopyScope &scope);
};

} // namespace tukipolku

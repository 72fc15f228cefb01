#pragma once

#include "common/outcome.h"
#include "domain/family.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tukipolku {

// Households and their members.
class FamilyRepository final {
    Q_DECLARE_TR_FUNCTIONS(FamilyRepository)

public:
    FamilyRepository(const QSqlDatabase &database, QString currentWorkerId);

    // Saves a new family (empty id) or renames one; sets family.id. Members
    // are added with addMember().
    Result save(Family &family);
    // Saves the person (new or changed) and makes them a member with `role`.
    Result addMember(const QString &familyId, Person &person, FamilyRole role);
    // Changes a member's role or removes them from the household (archived).
    Result setMemberRole(const QString &memberId, FamilyRole role);
    Result removeMember(const QString &memberId);

    // The family with its current members: guardians and parents first, then children by age.
    Outcome<Family> find(const QString &id) const;
    // The households a person belongs to.
    Outcome<QList<Family>> familiesOf(const QString &personId) const;

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

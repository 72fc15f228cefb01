#pragma once

#include "domain/person.h"

#include <QList>
#include <QString>

namespace tukipolku {

enum class FamilyRole { Child, Guardian, Parent, OtherAdult };

// A person's place in a household; a child may be a member of two households.
struct FamilyMember {
    QString id;
    Person person;
    FamilyRole role = FamilyRole::Child;
};

// A household the unit works with.
struct Family {
    QString id;
    QString name; // e.g. "Virtanen"
    QList<FamilyMember> members;

    QList<Person> membersWithRole(FamilyRole role) const;
};

} // namespace tukipolku

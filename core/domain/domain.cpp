// Small behaviours of the domain value types.
#include "domain/clientcase.h"
#include "domain/family.h"
#include "domain/organisation.h"

namespace tukipolku {

int Person::ageOn(const QDate &day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

QString Organisation::fullPostalAddress() const
{
    const QString town = QString(postalCode.trimmed() + QLatin1Char(' ') + postOffice.trimmed()).trimmed();
    const QString street = postalAddress.trimmed();
    if (town.isEmpty() || street.isEmpty())
        return street + town;
    return street + QStringLiteral(", ") + town;
}

QList<Person> Family::membersWithRole(FamilyRole role) const
{
    QList<Person> persons;
    for (const FamilyMember &member : members) {
        if (member.role == role)
            persons.append(member.person);
    }
    return persons;
}

CaseStage ClientCase::stage() const
{
    if (isClosed())
        return CaseStage::Closed;
    if (!plans.isEmpty() || noPlanReason != NoPlanReason::None)
        return CaseStage::Services;
    if (assessment && assessment->isCompleted())
        return CaseStage::Plan;
    if (initiation.assessmentStarts.value_or(false) || (assessment && assessment->startedOn.isValid()))
        return CaseStage::Assessment;
    return CaseStage::Initiation;
}

} // namespace tukipolku

// Small behaviours of the domain value types.
#include "domain/clientcase.h"
#include "domain/family.h"
#include "domain/organisation.h"

namespace tukipolku {

int Person::ageOn(const QDate &day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    // A birthday on 29 February is on 28 February in a common year: when the
    // day a period of years would end on does not exist in that month, the
    // period ends on the month's last day (150/1930 3 §, by analogy).
    QDate birthday(day.year(), birthDate.month(), birthDate.day());
    if (!birthday.isValid())
        birthday = QDate(day.year(), birthDate.month(), 28);
    int age = day.year() - birthDate.year();
    if (day < birthday)
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

Organisation Organisation::inLanguage(const QString &language) const
{
    Organisation named = *this;
    if (language != QLatin1String("sv"))
        return named;
    for (const auto &[name, swedish] : {std::pair{&Organisation::organiser, &Organisation::organiserSv},
                                        std::pair{&Organisation::unit, &Organisation::unitSv},
                                        std::pair{&Organisation::boardName, &Organisation::boardNameSv}}) {
        if (!(this->*swedish).trimmed().isEmpty())
            named.*name = this->*swedish;
    }
    return named;
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

const Initiation *ClientCase::findInitiation(const QString &id) const
{
    if (initiation.id == id)
        return &initiation;
    for (const Initiation &later : laterInitiations) {
        if (later.id == id)
            return &later;
    }
    return nullptr;
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

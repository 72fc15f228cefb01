#pragma once

#include <QDate>
#include <QString>

namespace tukipolku {

enum class PersonLanguage { Finnish, Swedish, Other };

// A client or family member: a child, a guardian, a parent, another adult.
struct Person {
    QString id;
    QString firstNames;
    QString lastName;
    QString identityCode; // normalised; empty for persons without one
    QDate birthDate;      // from the identity code, or entered when there is none
    PersonLanguage language = PersonLanguage::Finnish;
    QString phone;
    QString email;
    QString streetAddress;
    QString postalCode;
    QString postOffice;

    QString fullName() const { return firstNames + QLatin1Char(' ') + lastName; }
    // Age in whole years on `day`; -1 when the birth date is unknown.
    int ageOn(const QDate &day) const;
};

} // namespace tukipolku

#pragma once

#include <QString>

namespace tukipolku {

enum class Profession { Unknown, SocialWorker, SocialCounsellor, FamilyWorker, Other };

// A worker of the unit: social worker, social counsellor, family worker.
struct Worker {
    QString id;
    QString firstNames;
    QString lastName;
    QString title;
    QString phone;
    QString email;
    Profession profession = Profession::Unknown;
    // A licensed social worker (laillistettu sosiaalityöntekijä, LSL 13 b §)
    // with the number of the professional register.
    bool licensed = false;
    QString registerNumber;
    // Given by the organiser's rules: may make decisions on services.
    bool decisionAuthority = false;

    QString fullName() const { return firstNames + QLatin1Char(' ') + lastName; }
};

} // namespace tukipolku

#pragma once

#include <QString>

namespace tukipolku {

// A worker of the unit: social worker, social counsellor, family worker.
struct Worker {
    QString id;
    QString firstNames;
    QString lastName;
    QString title;
    QString phone;
    QString email;

    QString fullName() const { return firstNames + QLatin1Char(' ') + lastName; }
};

} // namespace tukipolku

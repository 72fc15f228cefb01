#pragma once

#include <QDate>
#include <QString>

#include <algorithm>

namespace tukipolku {

// Support family: a stay from one day to another. Each night is one day of
// care (hoitovuorokausi): Friday to Sunday is two days.
struct CareDays {
    QString id;
    QString measureId;
    QDate from;
    QDate to;
    bool cancelled = false;
    QString cancelReason;
    int mileageKm = 0;

    int days() const { return from.isValid() && to.isValid() ? std::max<qint64>(1, from.daysTo(to)) : 0; }
};

// Support person: one meeting with the child.
struct Meeting {
    QString id;
    QString measureId;
    QDate date;
    int minutes = 0;
    QString activity;
    bool cancelled = false;
    int mileageKm = 0;
    QString cancelReason;
};

enum class VisitPlace { Home, Office, Other };

// Family work: one visit or meeting with the family.
struct Visit {
    QString id;
    QString measureId;
    QDate date;
    int minutes = 0;
    VisitPlace place = VisitPlace::Home;
    QString present; // who was there
    QString note;
};

} // namespace tukipolku

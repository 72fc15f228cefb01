#pragma once

#include <QByteArray>
#include <QString>

namespace tukipolku {

// The organiser and the unit as documents name them, and the board that hears
// requests for review. Stored in the database: it belongs to the unit.
struct Organisation {
    QString organiser;       // wellbeing services county or municipality
    QString unit;
    QString postalAddress;   // street or PO box, e.g. PL 100
    QString postalCode;      // 96101
    QString postOffice;      // Rovaniemi
    QString visitingAddress;
    QString phone;
    QString phoneHours;
    QString email;
    QString emergencyLine;   // lastensuojelun päivystys
    QString boardName;       // hears requests for review
    QString boardAddress;
    QString boardEmail;
    QString documentFooter;
    // The organiser's own document templates (fi/decision.html…); empty: the built-in ones.
    QString templateFolder;
    // The organiser's logo for the letterhead, a PNG image; empty: none.
    QByteArray logo;

    // "PL 100, 96101 Rovaniemi" as documents print it.
    QString fullPostalAddress() const;
};

} // namespace tukipolku

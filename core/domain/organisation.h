#pragma once

#include <QByteArray>
#include <QString>

namespace tukipolku {

// The organiser and the unit as documents name them, and the board that hears
// requests for review. Stored in the database: it belongs to the unit.
// The names may be given in Swedish too; a Swedish document uses them.
struct Organisation {
    QString organiser;       // wellbeing services county or municipality
    QString organiserSv;     // its Swedish name, e.g. Lapplands välfärdsområde
    QString unit;
    QString unitSv;
    QString postalAddress;   // street or PO box, e.g. PL 100
    QString postalCode;      // 96101
    QString postOffice;      // Rovaniemi
    QString visitingAddress;
    QString phone;
    QString phoneHours;
    QString email;
    QString emergencyLine;   // lastensuojelun päivystys
    QString boardName;       // hears requests for review
    QString boardNameSv;
    // The registry (kirjaamo) where requests for review are delivered, and
    // its opening hours: a request must arrive before they end on the last day.
    QString registryAddress;
    QString registryEmail;
    QString registryHours;
    QString documentFooter;
    // The organiser's own document templates (fi/decision.html…); empty: the built-in ones.
    QString templateFolder;
    // The organiser's logo for the letterhead, a PNG image; empty: none.
    QByteArray logo;

    // "PL 100, 96101 Rovaniemi" as documents print it.
    QString fullPostalAddress() const;
    // The organisation as a document in `language` names it: in Swedish the
    // Swedish names where they are given, the Finnish ones otherwise.
    Organisation inLanguage(const QString &language) const;
};

} // namespace tukipolku

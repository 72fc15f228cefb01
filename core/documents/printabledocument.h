#pragma once

#include "domain/person.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariantList>

namespace tukipolku {

// What every page of a printed document carries besides its text.
struct PageDecoration {
    QString organiser;
    QString unit;
    QString title;
    QString caseNumber;
    QString marking; // the confidentiality marking
    QString footer;
    QByteArray logo; // PNG; empty: the letterhead has text only
    bool landscape = false; // wide tables (reports) print across the page
};

// A document ready to print: its text and what its pages carry, in one language.
struct PrintableDocument {
    QString html;
    PageDecoration decoration;
    QString language; // "fi" or "sv"
    QString warning;  // the organiser's template was broken and the built-in one used
    // The record the document is of, for the access log.
    QString tableName; // "decisions", "agreements"
    QString recordId;
    QString caseId;
};

// The small pieces every document's data is built from.
namespace DocumentText {
// The document language for a person: Swedish for Swedish speakers, else Finnish.
QString languageFor(const Person &person);
// "Salassa pidettävä, JulkL 24.1 § 25 k" / "Sekretessbelagd, OffL 24.1 § 25 p".
QString confidentialityMarking(const QString &language);
// 3.3.2026; empty for no date.
QString day(const QDate &date);
// Text with line breaks as a list of {line}, so that the template keeps them.
QVariantList lines(const QString &text);
// 1 234,50 € (fi) or 1 234,50 euro (sv).
QString euros(qint64 cents, const QString &language);
} // namespace DocumentText

} // namespace tukipolku

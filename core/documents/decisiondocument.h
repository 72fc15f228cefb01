#pragma once

#include "domain/clientcase.h"
#include "domain/decision.h"
#include "domain/organisation.h"
#include "domain/worker.h"

#include <QString>
#include <QVariantMap>

namespace tukipolku {

// What every page of a printed document carries besides its text.
struct PageDecoration {
    QString organiser;
    QString unit;
    QString title;
    QString caseNumber;
    QString marking; // the confidentiality marking
    QString footer;
};

// A document ready to print: its text and what its pages carry, in one language.
struct PrintableDocument {
    QString html;
    PageDecoration decoration;
    QString language; // "fi" or "sv"
};

// The data of a decision document in Finnish or Swedish, for its template:
// the words of the document, the appeal instructions among them, come from the
// template; the values (the board, who may ask for review) from here.
class DecisionDocument final {
public:
    struct Input {
        Decision decision;
        ClientCase clientCase;
        Organisation organisation;
        QString serviceName; // the catalogue name in the document's language
        Worker decisionMaker;
    };

    static QVariantMap data(const Input &input, const QString &language);
    static PageDecoration decoration(const Input &input, const QString &language);
    // The document language for a person: Swedish for Swedish speakers, else Finnish.
    static QString languageFor(const Person &person);
    // "Salassa pidettävä, JulkL 24.1 § 25 k" / "Sekretessbelagd, OffL 24.1 § 25 p".
    static QString confidentialityMarking(const QString &language);
};

} // namespace tukipolku

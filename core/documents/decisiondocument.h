#pragma once

#include "domain/clientcase.h"
#include "domain/decision.h"
#include "domain/provider.h"
#include "domain/organisation.h"
#include "domain/worker.h"
#include "documents/printabledocument.h"

#include <QString>
#include <QVariantMap>

namespace tukipolku {

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
        CatalogueEntry service;
        Provider provider;   // who provides it, once chosen
        Worker decisionMaker;
        Decision corrected; // the decision this one corrects; empty when none
        Decision granted;   // what a change changes: the decision that granted it
        Provider grantedProvider; // its provider, when the change changes it
    };

    static QVariantMap data(const Input &input, const QString &language);
    static PageDecoration decoration(const Input &input, const QString &language);

private:
    // What is granted and how much, and what a change changes.
    static QVariantMap extentData(const Input &input, const QString &language);
    static QVariantMap hearingData(const Input &input);
};

} // namespace tukipolku

#pragma once

#include "domain/clientcase.h"
#include "domain/decision.h"
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
        Worker decisionMaker;
        Decision corrected; // the decision this one corrects; empty when none
    };

    static QVariantMap data(const Input &input, const QString &language);
    static PageDecoration decoration(const Input &input, const QString &language);
};

} // namespace tukipolku

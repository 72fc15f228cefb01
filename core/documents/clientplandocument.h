#pragma once

#include "documents/printabledocument.h"
#include "domain/clientcase.h"
#include "domain/clientplan.h"
#include "domain/organisation.h"

#include <QString>
#include <QVariantMap>

namespace tukipolku {

// The data of a client plan (asiakassuunnitelma, LSL 30 §) version in Finnish
// or Swedish, for its template: the needs, goals with target dates, services,
// estimated duration, differing views, meetings with the child and the next
// review, and the measures an issued decision grants.
class ClientPlanDocument final {
public:
    // A service or support measure an issued decision grants: the plan lists them.
    struct DecidedMeasure {
        QString name; // in the document's language
        QDate start;
        QDate end;
        QString decisionNumber;
    };
    struct Input {
        ClientCase clientCase;
        ClientPlan plan;
        Organisation organisation;
        QList<DecidedMeasure> decided;
    };

    static QVariantMap data(const Input &input, const QString &language);
    static PageDecoration decoration(const Input &input, const QString &language);
};

} // namespace tukipolku

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
// estimated duration, differing views, meetings with the child and the next review.
class ClientPlanDocument final {
public:
    struct Input {
        ClientCase clientCase;
        ClientPlan plan;
        Organisation organisation;
    };

    static QVariantMap data(const Input &input, const QString &language);
    static PageDecoration decoration(const Input &input, const QString &language);
};

} // namespace tukipolku

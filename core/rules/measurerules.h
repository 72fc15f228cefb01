#pragma once

#include "common/result.h"
#include "domain/clientcase.h"
#include "domain/measure.h"
#include "domain/measurelog.h"
#include "domain/provider.h"

#include <QCoreApplication>
#include <optional>

namespace tukipolku {

// What a measure given to a child and its log entries must satisfy; each
// failure is a sentence saying what to fix.
class MeasureRules final {
    Q_DECLARE_TR_FUNCTIONS(MeasureRules)

public:
    static Result checkMeasure(const Measure &measure, const CatalogueEntry &entry, const ClientCase &clientCase,
                               const std::optional<Provider> &provider, bool isNew);
    static Result checkCareDays(const CareDays &stay, const Measure &measure, const QDate &today);
    static Result checkMeeting(const Meeting &meeting, const Measure &measure, const QDate &today);
    static Result checkVisit(const Visit &visit, const Measure &measure, const QDate &today);

    // The status a measure has on `today` from its dates (refused stays refused).
    static MeasureStatus statusOn(const Measure &measure, const QDate &today);
    // The provider kind an in-depth measure needs; nullopt when any may be named.
    static std::optional<ProviderKind> providerKindFor(InDepthType inDepth);

private:
    static Result checkLogDate(const QDate &date, const Measure &measure, const QDate &today);
};

} // namespace tukipolku

#include "rules/measurerules.h"

#include "domain/labels.h"

namespace tukipolku {

MeasureStatus MeasureRules::statusOn(const Measure &measure, const QDate &today)
{
    if (measure.status == MeasureStatus::Refused)
        return MeasureStatus::Refused;
    if (measure.endedOn.isValid() && measure.endedOn <= today)
        return MeasureStatus::Ended;
    // A measure runs on an issued decision that grants it; until then it is planned.
    if (measure.decisionId.isEmpty())
        return MeasureStatus::Planned;
    return measure.start.isValid() && measure.start <= today ? MeasureStatus::Active : MeasureStatus::Planned;
}

std::optional<ProviderKind> MeasureRules::providerKindFor(InDepthType inDepth)
{
    switch (inDepth) {
    case InDepthType::SupportFamily: return ProviderKind::SupportFamily;
    case InDepthType::SupportPerson: return ProviderKind::SupportPerson;
    case InDepthType::FamilyWork: return ProviderKind::FamilyWorker;
    case InDepthType::None: break;
    }
    return std::nullopt;
}

Result MeasureRules::checkMeasure(const Measure &measure, const CatalogueEntry &entry, const ClientCase &clientCase,
                                  const std::optional<Provider> &provider, bool isNew)
{
    if (isNew && clientCase.isClosed())
        return Result::failure(tr("The case is closed, so no measure can be started in it. Open a new case first."));
    if (isNew && entry.retired)
        return Result::failure(tr("%1 is no longer offered. Choose another measure.").arg(entry.nameFi));
    if (!measure.start.isValid())
        return Result::failure(tr("Enter the date the measure starts."));
    if (measure.plannedEnd.isValid() && measure.plannedEnd < measure.start)
        return Result::failure(tr("The planned end cannot be before the start."));
    if (measure.endedOn.isValid() && measure.endedOn < measure.start)
        return Result::failure(tr("The measure cannot end before it started."));
    const bool childWelfare = measure.basis == LegalBasis::ChildWelfareAct;
    if (childWelfare && !entry.allowsChildWelfareAct)
        return Result::failure(tr("This measure is not given as a child welfare open-care measure: choose the Social Welfare Act."));
    if (!childWelfare && !entry.allowsSocialWelfareAct)
        return Result::failure(tr("This measure is given only as a child welfare open-care measure (LSL)."));
    if ((childWelfare || entry.requiresChildWelfareClient) && !clientCase.isChildWelfareClient()) {
        return Result::failure(tr("This measure needs child welfare client status, which the child does not have. "
                                  "Complete the assessment with a child welfare need or record urgent measures first."));
    }
    if ((childWelfare || entry.requiresChildWelfareClient) && measure.start < clientCase.childWelfareSince) {
        return Result::failure(tr("The measure cannot start before child welfare client status began (%1).")
                                   .arg(Labels::date(clientCase.childWelfareSince)));
    }
    if (provider) {
        const std::optional<ProviderKind> needed = providerKindFor(entry.inDepth);
        if (needed && provider->kind != *needed)
            return Result::failure(tr("%1 is not the right kind of provider for this measure.").arg(provider->name));
        if (isNew && provider->status == ProviderStatus::Ended)
            return Result::failure(tr("%1 no longer works as a provider. Choose another one.").arg(provider->name));
    }
    if (measure.daysPerMonth < 0 || measure.meetingsPerMonth < 0 || measure.hoursPerWeek < 0)
        return Result::failure(tr("The planned amounts cannot be negative."));
    return {};
}

Result MeasureRules::checkLogDate(const QDate &date, const Measure &measure, const QDate &today)
{
    if (!date.isValid())
        return Result::failure(tr("Enter the date."));
    if (measure.decisionId.isEmpty())
        return Result::failure(tr("The measure is awaiting its decision: nothing is logged for it before an issued "
                                  "decision grants it."));
    if (date > today)
        return Result::failure(tr("Only what has happened is logged: the date cannot be in the future."));
    if (date < measure.start)
        return Result::failure(tr("The date is before the measure started (%1).").arg(Labels::date(measure.start)));
    if (measure.endedOn.isValid() && date > measure.endedOn)
        return Result::failure(tr("The date is after the measure ended (%1).").arg(Labels::date(measure.endedOn)));
    return {};
}

Result MeasureRules::checkCareDays(const CareDays &stay, const Measure &measure, const QDate &today)
{
    if (Result date = checkLogDate(stay.from, measure, today); !date)
        return date;
    if (!stay.to.isValid() || stay.to < stay.from)
        return Result::failure(tr("The stay cannot end before it began."));
    if (!stay.cancelled && stay.to > today)
        return Result::failure(tr("Only what has happened is logged: the stay cannot end in the future."));
    if (stay.cancelled && stay.cancelReason.trimmed().isEmpty())
        return Result::failure(tr("Write why the stay was cancelled."));
    if (stay.mileageKm < 0)
        return Result::failure(tr("The kilometres cannot be negative."));
    return {};
}

Result MeasureRules::checkMeeting(const Meeting &meeting, const Measure &measure, const QDate &today)
{
    if (Result date = checkLogDate(meeting.date, measure, today); !date)
        return date;
    if (meeting.minutes < 0 || meeting.mileageKm < 0)
        return Result::failure(tr("The duration and the kilometres cannot be negative."));
    return {};
}

Result MeasureRules::checkVisit(const Visit &visit, const Measure &measure, const QDate &today)
{
    if (Result date = checkLogDate(visit.date, measure, today); !date)
        return date;
    if (visit.minutes <= 0)
        return Result::failure(tr("Enter how long the visit took."));
    return {};
}

} // namespace tukipolku

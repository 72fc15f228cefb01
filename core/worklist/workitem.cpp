#include "worklist/workitem.h"

namespace tukipolku {

WorkPlace WorkItem::place() const
{
    switch (kind) {
    case WorkKind::UrgencyNotAssessed:
    case WorkKind::InitiationDecision:
    case WorkKind::NotificationDecision:
    case WorkKind::NotificationNotTold:
    case WorkKind::PoliceReportOpen: return WorkPlace::Initiation;
    case WorkKind::AssessmentCompletion: return WorkPlace::Assessment;
    case WorkKind::PlanMissing:
    case WorkKind::PlanReview: return WorkPlace::Plan;
    case WorkKind::AgreementUnsigned:
    case WorkKind::AgreementEnding: return WorkPlace::Agreements;
    case WorkKind::DecisionEnding:
    case WorkKind::DecisionUnsent: return WorkPlace::Decisions;
    case WorkKind::MeetingsBehind: return WorkPlace::Measures;
    case WorkKind::CriminalRecordDue: return WorkPlace::Provider;
    }
    return WorkPlace::Initiation;
}

} // namespace tukipolku

#pragma once

#include <QDate>
#include <QString>

namespace tukipolku {

// The kinds of work the worklist reminds of.
enum class WorkKind {
    UrgencyNotAssessed,   // assess at once whether the child needs urgent measures (LSL 26 § 2)
    InitiationDecision,   // decide within 7 working days whether the assessment starts
    NotificationDecision, // decide within 7 working days on a later notification
    AssessmentCompletion, // complete the assessment within 3 months
    PlanMissing,          // make a child welfare client's client plan
    PlanReview,           // review the client plan
    NotificationNotTold,  // tell the child and guardian a notification was received
    PoliceReportOpen,     // say whether an offence against the child was reported to the police
    AgreementUnsigned,    // an agreement waits for signatures
    AgreementEnding,      // a signed agreement ends within 30 days
    DecisionEnding,       // an issued decision ends within 30 days
    DecisionUnsent,       // an issued decision is not yet sent to every recipient
    MeetingsBehind,       // a support person met the child less than planned last month
    CriminalRecordDue,    // a provider's criminal record extract is to be renewed
};

// Where a work item is done: the tab of the case, or the provider's record.
enum class WorkPlace { Initiation, Assessment, Plan, Measures, Agreements, Decisions, Provider };

// One thing to do, with its due day. Case items name the child and the case;
// provider items name the provider.
struct WorkItem {
    WorkKind kind = WorkKind::InitiationDecision;
    QDate due;
    QString caseId;     // empty for provider items
    QString caseNumber;
    QString name;       // the provider's; the child's once read (WorklistRepository::fillNames)
    QString personId;   // the child of a case item
    QString workerId;   // the case's responsible worker
    QString recordId;   // the decision, agreement, measure or provider
    QString detail;     // e.g. "1 of 2 meetings"

    bool isOverdue(const QDate &today) const { return due.isValid() && due < today; }
    // Work that goes before everything else, whatever its due day.
    bool isImmediate() const { return kind == WorkKind::UrgencyNotAssessed; }
    WorkPlace place() const;
};

} // namespace tukipolku

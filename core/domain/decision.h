#pragma once

#include "domain/measure.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tukipolku {

// What a decision decides about a measure or service (seed 004: always fixed-term).
enum class DecisionSubject { Start, Continue, Change, End, Refuse };
// How the decision was served (HL 59 §, 60 §): handed over in person, by
// ordinary letter, electronically, or verifiably against a receipt.
enum class NotificationMethod { InPerson, Letter, Electronic, Verifiable };
// Who a decision is served on: each guardian, and the child who may ask for review.
enum class RecipientRole { Guardian, Child };
enum class DecisionStatus { Draft, Issued };
// The ground of a correcting decision: an error of fact or procedure (HL 50 §),
// or a clerical or arithmetic error (HL 51 §).
enum class CorrectionGround { None, ErrorOfFact, ClericalError };
// Whether the child's own opinion was found out (LSL 5 §, 20 §).
enum class ChildOpinion { NotRecorded, FoundOut, CouldNotBeFoundOut };
// Why a party was decided without a hearing (HL 34 § 2 mom).
// 1: the claim is dismissed or rejected outright as unfounded; 4: hearing
// would endanger the decision's purpose, or the delay would cause serious
// harm; 5: the claim is granted and concerns no other party, or hearing is
// otherwise clearly needless. (Points 2 and 3 concern hiring and benefits.)
enum class HearingException { None, Dismissed, Jeopardises, GrantedOrNeedless };

// How one party of a decision was heard, or why not (HL 34 §).
struct DecisionHearing {
    QString id;
    QString party;       // the party's line in the decision's parties
    QDate heardOn;
    QString how;         // e.g. "at a meeting at the office", "by phone"
    HearingException exception = HearingException::None;

    bool isRecorded() const { return exception != HearingException::None || (heardOn.isValid() && !how.trimmed().isEmpty()); }
};

// What a decision grants of an in-depth measure (seed 002); zero when not part of it.
struct DecisionExtent {
    double daysPerMonth = 0;
    int meetingsPerMonth = 0;
    double hoursPerWeek = 0;
    bool intensified = false;
    QString providerId;

    bool operator==(const DecisionExtent &) const = default;
};

// A decision (päätös) of the responsible social worker for a child (HL 43–47 §).
struct Decision {
    QString id;
    QString caseId;
    QString measureId;
    DecisionSubject subject = DecisionSubject::Start;
    QString serviceId;     // catalogue entry
    LegalBasis basis = LegalBasis::ChildWelfareAct;
    QString provisions;    // the sections applied, e.g. "LSL 36 §"
    QString goal;
    QDate start;
    QDate end;             // always set: decisions are fixed-term
    QString facts;         // what was found
    QString views;         // what the guardians said
    ChildOpinion childOpinion = ChildOpinion::NotRecorded;
    QString childOpinionText; // the child's own opinion and wishes
    QString childOpinionHow;  // how it was found out, or why it could not be
    QList<DecisionHearing> hearings;
    DecisionExtent extent;
    QString reasons;       // why this was decided
    QString parties;       // the parties directly affected, one per line
    QString decisionMakerId;
    QString contactPerson; // who gives more information: name and contact details
    QString correctsId;    // the decision this one corrects
    CorrectionGround correctionGround = CorrectionGround::None;
    bool correctionDetriment = false; // the correction is to a party's detriment (HL 50 § 2 mom)
    QString correctionConsent;        // the party's consent, or how they were heard
    QString backdatingReason;         // why it was issued on an earlier day
    QDate createdOn;                  // the day the draft was made
    DecisionStatus status = DecisionStatus::Draft;
    QString number;        // e.g. 2026/0153, given when issued
    QDate issuedOn;
};

// One party an issued decision is served on (tiedoksianto), with their own
// time for a request for review.
struct DecisionRecipient {
    QString id;
    QString decisionId;
    int position = 0;
    QString personId;
    QString name;
    RecipientRole role = RecipientRole::Guardian;
    QString language;      // "fi" or "sv": the copy they are sent
    NotificationMethod method = NotificationMethod::Letter; // once sent
    QDate sentOn;          // invalid: not sent yet
    QString address;       // where it was sent, one line each
    QDate receivedOn;      // when known: handed over, or the day on the receipt
    QDate reviewRequestedOn; // they asked for review

    bool isSent() const { return sentOn.isValid(); }
};

} // namespace tukipolku

#pragma once

#include "domain/measure.h"

#include <QDate>
#include <QString>

namespace tukipolku {

// What a decision decides about a measure or service (seed 004: always fixed-term).
enum class DecisionSubject { Start, Continue, Change, End, Refuse };
// How the decision was delivered (HL 59 §, 60 §): in person, by ordinary letter, electronically.
enum class NotificationMethod { InPerson, Letter, Electronic };
enum class DecisionStatus { Draft, Issued };

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
    QString views;         // what the child and the guardians said
    QString reasons;       // why this was decided
    QString parties;       // the parties directly affected, one per line
    QString decisionMakerId;
    QString contactPerson; // who gives more information: name and contact details
    QString correctsId;    // the decision this one corrects
    DecisionStatus status = DecisionStatus::Draft;
    QString number;        // e.g. 2026/0153, given when issued
    QDate issuedOn;
};

// One delivery of an issued decision.
struct DecisionNotification {
    QString id;
    QString decisionId;
    NotificationMethod method = NotificationMethod::Letter;
    QDate sentOn;
};

} // namespace tukipolku

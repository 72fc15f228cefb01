#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tukipolku {

enum class ContactChannel { Phone, InPerson, Letter, Electronic, Other };
enum class ContactBy { Parent, Guardian, Child, RelativeOrFriend, Authority };
enum class AuthorityKind { None, ChildHealthClinic, School, Daycare, Police, HealthCare, Other };
// JointContact: a professional contacted social care together with the child
// or the parent instead of notifying (LSL 25 a §).
enum class NotifierKind { None, ObligedProfessional, PrivatePerson, JointContact };
// The contact reasons of seed 004 and those workers meet most; several may apply.
enum class ContactReason {
    EverydayCoping, IllnessOrExhaustion, Parenthood, Upbringing, Finances, Violence,
    SchoolAbsence, ChildSubstanceUse, ParentSubstanceUse, MentalHealth, NeglectOfCare,
    ChildBehaviourOrCrime, ViolenceAgainstChild, SuspectedSexualAbuse, ChildOwnRequest, Other
};
// Whether a report to the police was made (LSL 25 § 3 mom); Unanswered while open.
enum class PoliceReport { Unanswered, Reported, NotReported };

// Vireilletulo: a contact or notification about the child and what was
// decided within 7 working days. The first opens the case; later ones are
// recorded on the same case with their own deadline.
struct Initiation {
    QString id;
    bool opensCase = true;
    QDateTime receivedAt;
    ContactChannel channel = ContactChannel::Phone;
    ContactBy contactBy = ContactBy::Parent;
    AuthorityKind authorityKind = AuthorityKind::None;
    bool isNotification = false; // lastensuojeluilmoitus
    NotifierKind notifierKind = NotifierKind::None;
    // Who notified; a private person may stay anonymous.
    QString notifierName;
    QString notifierOrganisation;
    QString notifierTitle;
    QString notifierPhone;
    QString notifierEmail;
    bool notifierAnonymous = false;
    QList<ContactReason> reasons;
    QString description;
    // Why a child with an open case got a case of its own for this contact.
    QString separateCaseReason;
    // LSL 25 § 3 mom: asked when a reason suggests an offence against the child.
    PoliceReport policeReport = PoliceReport::Unanswered;
    QDate policeReportedOn;
    QString policeNoReportReason;
    // Urgency assessment (LSL 26 § 2): immediately.
    QDateTime urgencyAssessedAt;
    QString urgencyAssessedBy; // worker id
    std::optional<bool> urgent;
    // Decision whether the service need assessment starts (LSL 26 § 3).
    QDate decidedOn;
    std::optional<bool> assessmentStarts;
    // A later initiation on an open case taken into the ongoing work: that is
    // its decision, and no new assessment starts.
    bool intoOngoingWork = false;
    QString noAssessmentReason;
    QDate informedOn; // child and guardian told

    // Whether a reason suggests a violent or sexual offence against the child.
    bool suggestsOffence() const
    {
        return reasons.contains(ContactReason::ViolenceAgainstChild) || reasons.contains(ContactReason::SuspectedSexualAbuse);
    }
    bool isDecided() const { return decidedOn.isValid(); }
};

} // namespace tukipolku

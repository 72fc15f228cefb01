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
enum class NotifierKind { None, ObligedProfessional, PrivatePerson };
// The contact reasons of seed 004; several may apply.
enum class ContactReason { EverydayCoping, IllnessOrExhaustion, Parenthood, Upbringing, Finances, Violence };

// Vireilletulo: how the case started and what was decided within 7 working days.
struct Initiation {
    QString id;
    QDateTime receivedAt;
    ContactChannel channel = ContactChannel::Phone;
    ContactBy contactBy = ContactBy::Parent;
    AuthorityKind authorityKind = AuthorityKind::None;
    bool isNotification = false; // lastensuojeluilmoitus
    NotifierKind notifierKind = NotifierKind::None;
    QList<ContactReason> reasons;
    QString description;
    // Urgency assessment (LSL 26 § 2): immediately.
    QDateTime urgencyAssessedAt;
    QString urgencyAssessedBy; // worker id
    std::optional<bool> urgent;
    // Decision whether the service need assessment starts (LSL 26 § 3).
    QDate decidedOn;
    std::optional<bool> assessmentStarts;
    QString noAssessmentReason;
    QDate informedOn; // child and guardian told
};

} // namespace tukipolku

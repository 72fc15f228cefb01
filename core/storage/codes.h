#pragma once

#include "domain/assessment.h"
#include "domain/clientcase.h"
#include "domain/clientplan.h"
#include "domain/family.h"
#include "domain/agreement.h"
#include "domain/compensation.h"
#include "domain/decision.h"
#include "domain/initiation.h"
#include "domain/measure.h"
#include "domain/measurelog.h"
#include "domain/provider.h"
#include "domain/person.h"
#include "domain/worker.h"
#include "rules/deadlines.h"

#include <QString>

#include <iterator>

namespace tukipolku::codes {

// The stable text codes the database stores for the domain's enumerations.
template <typename E>
struct Entry {
    E value;
    const char *code;
};

template <typename E, std::size_t N>
QString toCode(const Entry<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.code);
    }
    return QLatin1String(table[0].code);
}

// The value for `code`; the table's first value for an unknown code.
template <typename E, std::size_t N>
E fromCode(const Entry<E> (&table)[N], const QString &code)
{
    for (const auto &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return table[0].value;
}

inline constexpr Entry<PersonLanguage> languages[] = {
    {PersonLanguage::Finnish, "fi"}, {PersonLanguage::Swedish, "sv"}, {PersonLanguage::Other, "other"}};
inline constexpr Entry<FamilyRole> roles[] = {{FamilyRole::Child, "child"},
                                              {FamilyRole::Guardian, "guardian"},
                                              {FamilyRole::Parent, "parent"},
                                              {FamilyRole::OtherAdult, "other_adult"}};
inline constexpr Entry<CaseStage> stages[] = {{CaseStage::Initiation, "initiation"},
                                              {CaseStage::Assessment, "assessment"},
                                              {CaseStage::Plan, "plan"},
                                              {CaseStage::Services, "services"},
                                              {CaseStage::Closed, "closed"}};
inline constexpr Entry<ChildWelfareBasis> childWelfareBases[] = {
    {ChildWelfareBasis::None, ""},
    {ChildWelfareBasis::UrgentMeasures, "urgent_measures"},
    {ChildWelfareBasis::Assessment, "assessment"}};
inline constexpr Entry<NoPlanReason> noPlanReasons[] = {{NoPlanReason::None, ""},
                                                        {NoPlanReason::TemporaryGuidance, "temporary_guidance"},
                                                        {NoPlanReason::AssessmentSuffices, "assessment_suffices"}};
inline constexpr Entry<ContactChannel> channels[] = {{ContactChannel::Phone, "phone"},
                                                     {ContactChannel::InPerson, "in_person"},
                                                     {ContactChannel::Letter, "letter"},
                                                     {ContactChannel::Electronic, "electronic"},
                                                     {ContactChannel::Other, "other"}};
inline constexpr Entry<ContactBy> contactsBy[] = {{ContactBy::Parent, "parent"},
                                                  {ContactBy::Guardian, "guardian"},
                                                  {ContactBy::Child, "child"},
                                                  {ContactBy::RelativeOrFriend, "relative_friend"},
                                                  {ContactBy::Authority, "authority"}};
inline constexpr Entry<AuthorityKind> authorityKinds[] = {{AuthorityKind::None, ""},
                                                          {AuthorityKind::ChildHealthClinic, "child_health_clinic"},
                                                          {AuthorityKind::School, "school"},
                                                          {AuthorityKind::Daycare, "daycare"},
                                                          {AuthorityKind::Police, "police"},
                                                          {AuthorityKind::HealthCare, "health_care"},
                                                          {AuthorityKind::Other, "other"}};
inline constexpr Entry<NotifierKind> notifierKinds[] = {{NotifierKind::None, ""},
                                                        {NotifierKind::ObligedProfessional, "obliged_professional"},
                                                        {NotifierKind::PrivatePerson, "private_person"},
                                                        {NotifierKind::JointContact, "joint_contact"}};
inline constexpr Entry<ContactReason> reasons[] = {{ContactReason::EverydayCoping, "everyday_coping"},
                                                   {ContactReason::IllnessOrExhaustion, "illness_exhaustion"},
                                                   {ContactReason::Parenthood, "parenthood"},
                                                   {ContactReason::Upbringing, "upbringing"},
                                                   {ContactReason::Finances, "finances"},
                                                   {ContactReason::Violence, "violence"},
                                                   {ContactReason::SchoolAbsence, "school_absence"},
                                                   {ContactReason::ChildSubstanceUse, "child_substance_use"},
                                                   {ContactReason::ParentSubstanceUse, "parent_substance_use"},
                                                   {ContactReason::MentalHealth, "mental_health"},
                                                   {ContactReason::NeglectOfCare, "neglect_of_care"},
                                                   {ContactReason::ChildBehaviourOrCrime, "child_behaviour_crime"},
                                                   {ContactReason::ViolenceAgainstChild, "violence_against_child"},
                                                   {ContactReason::SuspectedSexualAbuse, "suspected_sexual_abuse"},
                                                   {ContactReason::ChildOwnRequest, "child_own_request"},
                                                   {ContactReason::Other, "other"}};
inline constexpr Entry<PoliceReport> policeReports[] = {{PoliceReport::Unanswered, ""},
                                                        {PoliceReport::Reported, "reported"},
                                                        {PoliceReport::NotReported, "not_reported"}};
inline constexpr Entry<NeedDuration> needDurations[] = {{NeedDuration::Unknown, ""},
                                                        {NeedDuration::Temporary, "temporary"},
                                                        {NeedDuration::Recurring, "recurring"},
                                                        {NeedDuration::LongTerm, "long_term"}};
inline constexpr Entry<DeadlineKind> deadlineKinds[] = {
    {DeadlineKind::InitiationDecision, "initiation_decision"},
    {DeadlineKind::NotificationDecision, "notification_decision"},
    {DeadlineKind::FirstPlan, "first_plan"},
    {DeadlineKind::AssessmentCompletion, "assessment_completion"},
    {DeadlineKind::PlanReview, "plan_review"}};

inline constexpr Entry<MeasureKind> measureKinds[] = {
    {MeasureKind::InHouse, "in_house"}, {MeasureKind::Partner, "partner"}, {MeasureKind::Financial, "financial"}};
inline constexpr Entry<LegalBasis> legalBases[] = {{LegalBasis::SocialWelfareAct, "shl"},
                                                   {LegalBasis::ChildWelfareAct, "lsl"}};
inline constexpr Entry<InDepthType> inDepthTypes[] = {{InDepthType::None, "none"},
                                                      {InDepthType::SupportFamily, "support_family"},
                                                      {InDepthType::SupportPerson, "support_person"},
                                                      {InDepthType::FamilyWork, "family_work"}};
inline constexpr Entry<MeasureStatus> measureStatuses[] = {{MeasureStatus::Planned, "planned"},
                                                           {MeasureStatus::Active, "active"},
                                                           {MeasureStatus::Ended, "ended"},
                                                           {MeasureStatus::Refused, "refused"}};
inline constexpr Entry<ProviderKind> providerKinds[] = {{ProviderKind::SupportFamily, "support_family"},
                                                        {ProviderKind::SupportPerson, "support_person"},
                                                        {ProviderKind::FamilyWorker, "family_worker"}};
inline constexpr Entry<ProviderStatus> providerStatuses[] = {
    {ProviderStatus::Active, "active"}, {ProviderStatus::Paused, "paused"}, {ProviderStatus::Ended, "ended"}};
inline constexpr Entry<VisitPlace> visitPlaces[] = {
    {VisitPlace::Home, "home"}, {VisitPlace::Office, "office"}, {VisitPlace::Other, "other"}};
inline constexpr Entry<RateUnit> rateUnits[] = {
    {RateUnit::PerDayOfCare, "day_of_care"}, {RateUnit::PerMeeting, "meeting"}, {RateUnit::PerMonth, "month"}};

inline constexpr Entry<DecisionSubject> decisionSubjects[] = {
    {DecisionSubject::Start, "start"}, {DecisionSubject::Continue, "continue"}, {DecisionSubject::Change, "change"},
    {DecisionSubject::End, "end"}, {DecisionSubject::Refuse, "refuse"}};
inline constexpr Entry<NotificationMethod> notificationMethods[] = {{NotificationMethod::InPerson, "in_person"},
                                                                    {NotificationMethod::Letter, "letter"},
                                                                    {NotificationMethod::Electronic, "electronic"},
                                                                    {NotificationMethod::Verifiable, "verifiable"}};
inline constexpr Entry<RecipientRole> recipientRoles[] = {{RecipientRole::Guardian, "guardian"},
                                                          {RecipientRole::Child, "child"}};
inline constexpr Entry<DecisionStatus> decisionStatuses[] = {{DecisionStatus::Draft, "draft"},
                                                             {DecisionStatus::Issued, "issued"}};
inline constexpr Entry<Profession> professions[] = {{Profession::Unknown, ""},
                                                   {Profession::SocialWorker, "social_worker"},
                                                   {Profession::SocialCounsellor, "social_counsellor"},
                                                   {Profession::FamilyWorker, "family_worker"},
                                                   {Profession::Other, "other"}};
inline constexpr Entry<CorrectionGround> correctionGrounds[] = {{CorrectionGround::None, ""},
                                                               {CorrectionGround::ErrorOfFact, "error_of_fact"},
                                                               {CorrectionGround::ClericalError, "clerical_error"}};
inline constexpr Entry<ChildOpinion> childOpinions[] = {{ChildOpinion::NotRecorded, ""},
                                                       {ChildOpinion::FoundOut, "found_out"},
                                                       {ChildOpinion::CouldNotBeFoundOut, "not_found_out"}};
inline constexpr Entry<HearingException> hearingExceptions[] = {
    {HearingException::None, ""},
    {HearingException::Dismissed, "dismissed"},
    {HearingException::Jeopardises, "jeopardises"},
    {HearingException::GrantedOrNeedless, "granted_or_needless"}};

inline constexpr Entry<AgreementStatus> agreementStatuses[] = {{AgreementStatus::Draft, "draft"},
                                                               {AgreementStatus::Signed, "signed"},
                                                               {AgreementStatus::Ended, "ended"},
                                                               {AgreementStatus::Terminated, "terminated"}};
inline constexpr Entry<PartyRole> partyRoles[] = {{PartyRole::Guardian, "guardian"},
                                                  {PartyRole::Provider, "provider"},
                                                  {PartyRole::Unit, "unit"},
                                                  {PartyRole::Child, "child"}};

// Dates and times as stored: ISO 8601; null for an invalid value.
QVariant date(const QDate &date);
QVariant dateTime(const QDateTime &dateTime);
QDate toDate(const QVariant &value);
QDateTime toDateTime(const QVariant &value);
QVariant text(const QString &value); // null for an empty string
QString nowUtc();

} // namespace tukipolku::codes

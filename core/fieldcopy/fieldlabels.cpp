#include "fieldcopy/fieldlabels.h"

#include <QCoreApplication>

#include <span>

namespace tukipolku {

namespace {

// A conflict is shown to a social worker, who knows "Fee" and "Family told
// on", not "fee_cents" or "informed_on". The names are plain tables, marked
// for translation and translated only when asked, so that a change of
// language shows at once. An empty table means "in every table"; an entry for
// one table overrides it.
struct Label {
    const char *table;
    const char *column;
    const char *label;
};

constexpr Label recordKinds[] = {
    {"persons", "", QT_TRANSLATE_NOOP("FieldLabels", "Person")},
    {"families", "", QT_TRANSLATE_NOOP("FieldLabels", "Family")},
    {"family_members", "", QT_TRANSLATE_NOOP("FieldLabels", "Family member")},
    {"cases", "", QT_TRANSLATE_NOOP("FieldLabels", "Case")},
    {"initiations", "", QT_TRANSLATE_NOOP("FieldLabels", "Initiation")},
    {"assessments", "", QT_TRANSLATE_NOOP("FieldLabels", "Service need assessment")},
    {"client_plans", "", QT_TRANSLATE_NOOP("FieldLabels", "Client plan")},
    {"plan_goals", "", QT_TRANSLATE_NOOP("FieldLabels", "Plan goal")},
    {"measures", "", QT_TRANSLATE_NOOP("FieldLabels", "Support measure")},
    {"care_days", "", QT_TRANSLATE_NOOP("FieldLabels", "Support family stay")},
    {"meetings", "", QT_TRANSLATE_NOOP("FieldLabels", "Support person meeting")},
    {"visits", "", QT_TRANSLATE_NOOP("FieldLabels", "Family work visit")},
    {"decisions", "", QT_TRANSLATE_NOOP("FieldLabels", "Decision")},
    {"decision_notifications", "", QT_TRANSLATE_NOOP("FieldLabels", "Decision notification")},
    {"decision_recipients", "", QT_TRANSLATE_NOOP("FieldLabels", "Recipient of a decision")},
    {"decision_documents", "", QT_TRANSLATE_NOOP("FieldLabels", "Issued decision document")},
    {"decision_hearings", "", QT_TRANSLATE_NOOP("FieldLabels", "Hearing of a party")},
    {"agreements", "", QT_TRANSLATE_NOOP("FieldLabels", "Agreement")},
    {"agreement_parties", "", QT_TRANSLATE_NOOP("FieldLabels", "Agreement party")},
    {"providers", "", QT_TRANSLATE_NOOP("FieldLabels", "Provider")},
    {"workers", "", QT_TRANSLATE_NOOP("FieldLabels", "Worker")},
    {"measure_catalogue", "", QT_TRANSLATE_NOOP("FieldLabels", "Measure catalogue entry")},
    {"record_history", "", QT_TRANSLATE_NOOP("FieldLabels", "Change history")},
    {"access_log", "", QT_TRANSLATE_NOOP("FieldLabels", "Access log entry")},
    {"organisation_settings", "", QT_TRANSLATE_NOOP("FieldLabels", "Organisation setting")},
    {"compensation_rates", "", QT_TRANSLATE_NOOP("FieldLabels", "Compensation rate")},
    {"reported_months", "", QT_TRANSLATE_NOOP("FieldLabels", "Reported month")},
};

constexpr Label fields[] = {
    // Columns that mean the same in every table.
    {"", "created_at", QT_TRANSLATE_NOOP("FieldLabels", "Created")},
    {"", "updated_at", QT_TRANSLATE_NOOP("FieldLabels", "Last changed")},
    {"", "changed_by", QT_TRANSLATE_NOOP("FieldLabels", "Changed by")},
    {"", "archived_at", QT_TRANSLATE_NOOP("FieldLabels", "Archived")},
    {"", "case_id", QT_TRANSLATE_NOOP("FieldLabels", "Case")},
    {"", "family_id", QT_TRANSLATE_NOOP("FieldLabels", "Family")},
    {"", "person_id", QT_TRANSLATE_NOOP("FieldLabels", "Person")},
    {"", "measure_id", QT_TRANSLATE_NOOP("FieldLabels", "Support measure")},
    {"", "decision_id", QT_TRANSLATE_NOOP("FieldLabels", "Decision")},
    {"", "agreement_id", QT_TRANSLATE_NOOP("FieldLabels", "Agreement")},
    {"", "provider_id", QT_TRANSLATE_NOOP("FieldLabels", "Provider")},
    {"", "worker_id", QT_TRANSLATE_NOOP("FieldLabels", "Worker")},
    {"", "first_names", QT_TRANSLATE_NOOP("FieldLabels", "First names")},
    {"", "last_name", QT_TRANSLATE_NOOP("FieldLabels", "Last name")},
    {"", "name", QT_TRANSLATE_NOOP("FieldLabels", "Name")},
    {"", "identity_code", QT_TRANSLATE_NOOP("FieldLabels", "Identity code")},
    {"", "language", QT_TRANSLATE_NOOP("FieldLabels", "Language")},
    {"", "phone", QT_TRANSLATE_NOOP("FieldLabels", "Phone")},
    {"", "email", QT_TRANSLATE_NOOP("FieldLabels", "E-mail")},
    {"", "street_address", QT_TRANSLATE_NOOP("FieldLabels", "Street address")},
    {"", "postal_code", QT_TRANSLATE_NOOP("FieldLabels", "Postal code")},
    {"", "post_office", QT_TRANSLATE_NOOP("FieldLabels", "Post office")},
    {"", "role", QT_TRANSLATE_NOOP("FieldLabels", "Role")},
    {"", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind")},
    {"", "status", QT_TRANSLATE_NOOP("FieldLabels", "Status")},
    {"", "position", QT_TRANSLATE_NOOP("FieldLabels", "Order")},
    {"", "version", QT_TRANSLATE_NOOP("FieldLabels", "Version")},
    {"", "goal", QT_TRANSLATE_NOOP("FieldLabels", "Goal")},
    {"", "goals", QT_TRANSLATE_NOOP("FieldLabels", "Goals")},
    {"", "participants", QT_TRANSLATE_NOOP("FieldLabels", "Taking part")},
    {"", "legal_basis", QT_TRANSLATE_NOOP("FieldLabels", "Legal basis")},
    {"", "start_on", QT_TRANSLATE_NOOP("FieldLabels", "Start date")},
    {"", "end_on", QT_TRANSLATE_NOOP("FieldLabels", "End date")},
    {"", "ended_on", QT_TRANSLATE_NOOP("FieldLabels", "Ended on")},
    {"", "cancelled", QT_TRANSLATE_NOOP("FieldLabels", "Cancelled")},
    {"", "cancel_reason", QT_TRANSLATE_NOOP("FieldLabels", "Reason for cancelling")},
    {"", "mileage_km", QT_TRANSLATE_NOOP("FieldLabels", "Kilometres driven")},
    {"", "minutes", QT_TRANSLATE_NOOP("FieldLabels", "Duration in minutes")},
    {"", "fee_cents", QT_TRANSLATE_NOOP("FieldLabels", "Fee")},
    {"", "fee_unit", QT_TRANSLATE_NOOP("FieldLabels", "Fee paid per")},
    {"", "expenses_cents", QT_TRANSLATE_NOOP("FieldLabels", "Expense allowance")},
    {"", "expenses_unit", QT_TRANSLATE_NOOP("FieldLabels", "Expense allowance paid per")},
    {"", "mileage_cents_per_km", QT_TRANSLATE_NOOP("FieldLabels", "Mileage allowance per km")},
    {"", "frozen_content", QT_TRANSLATE_NOOP("FieldLabels", "Signed content")},
    {"", "rendered_html", QT_TRANSLATE_NOOP("FieldLabels", "Printed document")},
    {"", "rendered_language", QT_TRANSLATE_NOOP("FieldLabels", "Document language")},
    {"", "table_name", QT_TRANSLATE_NOOP("FieldLabels", "Kind of record")},
    {"", "record_id", QT_TRANSLATE_NOOP("FieldLabels", "Record id")},

    // Persons, families and workers.
    {"persons", "birth_date", QT_TRANSLATE_NOOP("FieldLabels", "Birth date")},
    {"persons", "sex", QT_TRANSLATE_NOOP("FieldLabels", "Sex")},
    {"families", "name", QT_TRANSLATE_NOOP("FieldLabels", "Family name")},
    {"family_members", "role", QT_TRANSLATE_NOOP("FieldLabels", "Role in the family")},
    {"workers", "title", QT_TRANSLATE_NOOP("FieldLabels", "Title")},

    // The case and its pathway.
    {"cases", "case_number", QT_TRANSLATE_NOOP("FieldLabels", "Case number")},
    {"cases", "child_id", QT_TRANSLATE_NOOP("FieldLabels", "Child")},
    {"cases", "responsible_worker_id", QT_TRANSLATE_NOOP("FieldLabels", "Responsible social worker")},
    {"cases", "stage", QT_TRANSLATE_NOOP("FieldLabels", "Stage")},
    {"cases", "child_welfare_since", QT_TRANSLATE_NOOP("FieldLabels", "Child welfare client since")},
    {"cases", "child_welfare_basis", QT_TRANSLATE_NOOP("FieldLabels", "Child welfare basis")},
    {"cases", "no_plan_reason", QT_TRANSLATE_NOOP("FieldLabels", "Why no client plan")},
    {"cases", "closed_on", QT_TRANSLATE_NOOP("FieldLabels", "Closed on")},
    {"cases", "closure_reason", QT_TRANSLATE_NOOP("FieldLabels", "Reason for closing")},
    {"cases", "next_deadline_kind", QT_TRANSLATE_NOOP("FieldLabels", "Next deadline")},
    {"cases", "next_deadline_due", QT_TRANSLATE_NOOP("FieldLabels", "Next deadline due")},
    {"initiations", "received_at", QT_TRANSLATE_NOOP("FieldLabels", "Received")},
    {"initiations", "channel", QT_TRANSLATE_NOOP("FieldLabels", "Contact channel")},
    {"initiations", "contact_by", QT_TRANSLATE_NOOP("FieldLabels", "Contact made by")},
    {"initiations", "authority_kind", QT_TRANSLATE_NOOP("FieldLabels", "Authority")},
    {"initiations", "is_notification", QT_TRANSLATE_NOOP("FieldLabels", "Child welfare notification")},
    {"initiations", "notifier_kind", QT_TRANSLATE_NOOP("FieldLabels", "Notified by")},
    {"initiations", "reasons", QT_TRANSLATE_NOOP("FieldLabels", "Reasons for contact")},
    {"initiations", "description", QT_TRANSLATE_NOOP("FieldLabels", "Description")},
    {"initiations", "urgency_assessed_at", QT_TRANSLATE_NOOP("FieldLabels", "Urgency assessed on")},
    {"initiations", "urgency_assessed_by", QT_TRANSLATE_NOOP("FieldLabels", "Urgency assessed by")},
    {"initiations", "urgent", QT_TRANSLATE_NOOP("FieldLabels", "Urgent")},
    {"initiations", "decided_on", QT_TRANSLATE_NOOP("FieldLabels", "Assessment decided on")},
    {"initiations", "assessment_starts", QT_TRANSLATE_NOOP("FieldLabels", "Assessment starts")},
    {"initiations", "no_assessment_reason", QT_TRANSLATE_NOOP("FieldLabels", "Why no assessment")},
    {"initiations", "informed_on", QT_TRANSLATE_NOOP("FieldLabels", "Family told on")},
    {"initiations", "opens_case", QT_TRANSLATE_NOOP("FieldLabels", "Opened the case")},
    {"initiations", "into_ongoing_work", QT_TRANSLATE_NOOP("FieldLabels", "Taken into the ongoing work")},
    {"initiations", "notifier_name", QT_TRANSLATE_NOOP("FieldLabels", "Notifier's name")},
    {"initiations", "notifier_organisation", QT_TRANSLATE_NOOP("FieldLabels", "Notifier's organisation")},
    {"initiations", "notifier_title", QT_TRANSLATE_NOOP("FieldLabels", "Notifier's title")},
    {"initiations", "notifier_phone", QT_TRANSLATE_NOOP("FieldLabels", "Notifier's phone")},
    {"initiations", "notifier_email", QT_TRANSLATE_NOOP("FieldLabels", "Notifier's e-mail")},
    {"initiations", "notifier_anonymous", QT_TRANSLATE_NOOP("FieldLabels", "Notifier anonymous")},
    {"initiations", "police_report", QT_TRANSLATE_NOOP("FieldLabels", "Report to the police")},
    {"initiations", "police_reported_on", QT_TRANSLATE_NOOP("FieldLabels", "Reported to the police on")},
    {"initiations", "police_no_report_reason", QT_TRANSLATE_NOOP("FieldLabels", "Why not reported to the police")},
    {"initiations", "separate_case_reason", QT_TRANSLATE_NOOP("FieldLabels", "Why a case of its own")},
    {"assessments", "started_on", QT_TRANSLATE_NOOP("FieldLabels", "Started on")},
    {"assessments", "completed_on", QT_TRANSLATE_NOOP("FieldLabels", "Completed on")},
    {"assessments", "need_duration", QT_TRANSLATE_NOOP("FieldLabels", "Duration of the need")},
    {"assessments", "own_worker_needed", QT_TRANSLATE_NOOP("FieldLabels", "Own worker needed")},
    {"assessments", "own_worker_id", QT_TRANSLATE_NOOP("FieldLabels", "Own worker")},
    {"assessments", "child_welfare_need", QT_TRANSLATE_NOOP("FieldLabels", "Child welfare need")},
    {"assessments", "summary", QT_TRANSLATE_NOOP("FieldLabels", "Summary")},
    {"assessments", "child_met", QT_TRANSLATE_NOOP("FieldLabels", "Child met in person")},
    {"assessments", "child_met_how", QT_TRANSLATE_NOOP("FieldLabels", "How the child was met, or why not")},
    {"client_plans", "made_on", QT_TRANSLATE_NOOP("FieldLabels", "Plan made on")},
    {"client_plans", "needs", QT_TRANSLATE_NOOP("FieldLabels", "Service and support needs")},
    {"client_plans", "circumstances", QT_TRANSLATE_NOOP("FieldLabels", "Circumstances to influence")},
    {"client_plans", "services", QT_TRANSLATE_NOOP("FieldLabels", "Services and support measures")},
    {"client_plans", "estimated_duration", QT_TRANSLATE_NOOP("FieldLabels", "Estimated time")},
    {"client_plans", "differing_views", QT_TRANSLATE_NOOP("FieldLabels", "Differing views")},
    {"client_plans", "child_opinion", QT_TRANSLATE_NOOP("FieldLabels", "Child's opinion")},
    {"client_plans", "child_opinion_how", QT_TRANSLATE_NOOP("FieldLabels", "How the child's opinion was found out")},
    {"client_plans", "guardians_views", QT_TRANSLATE_NOOP("FieldLabels", "Guardians' views")},
    {"client_plans", "child_meetings", QT_TRANSLATE_NOOP("FieldLabels", "Meetings with the child")},
    {"client_plans", "next_review_on", QT_TRANSLATE_NOOP("FieldLabels", "Next review")},
    {"plan_goals", "plan_id", QT_TRANSLATE_NOOP("FieldLabels", "Client plan")},
    {"plan_goals", "target_date", QT_TRANSLATE_NOOP("FieldLabels", "Target date")},

    // Support measures, their catalogue, providers and logs.
    {"measure_catalogue", "code", QT_TRANSLATE_NOOP("FieldLabels", "Code")},
    {"measure_catalogue", "name_fi", QT_TRANSLATE_NOOP("FieldLabels", "Name in Finnish")},
    {"measure_catalogue", "name_sv", QT_TRANSLATE_NOOP("FieldLabels", "Name in Swedish")},
    {"measure_catalogue", "allows_social_welfare_act",
     QT_TRANSLATE_NOOP("FieldLabels", "Social Welfare Act (SHL)")},
    {"measure_catalogue", "allows_child_welfare_act",
     QT_TRANSLATE_NOOP("FieldLabels", "Child Welfare Act (LSL)")},
    {"measure_catalogue", "requires_child_welfare",
     QT_TRANSLATE_NOOP("FieldLabels", "Child welfare clients only")},
    {"measure_catalogue", "in_depth", QT_TRANSLATE_NOOP("FieldLabels", "Logged as")},
    {"measure_catalogue", "retired_at", QT_TRANSLATE_NOOP("FieldLabels", "Retired")},
    {"measures", "catalogue_id", QT_TRANSLATE_NOOP("FieldLabels", "Support measure")},
    {"measures", "planned_end_on", QT_TRANSLATE_NOOP("FieldLabels", "Planned end")},
    {"measures", "days_per_month", QT_TRANSLATE_NOOP("FieldLabels", "Monthly days of care")},
    {"measures", "meetings_per_month", QT_TRANSLATE_NOOP("FieldLabels", "Meetings a month")},
    {"measures", "hours_per_week", QT_TRANSLATE_NOOP("FieldLabels", "Hours a week")},
    {"measures", "intensified", QT_TRANSLATE_NOOP("FieldLabels", "Intensified family work")},
    {"providers", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind of provider")},
    {"providers", "adults", QT_TRANSLATE_NOOP("FieldLabels", "Adults")},
    {"providers", "languages", QT_TRANSLATE_NOOP("FieldLabels", "Languages")},
    {"providers", "capacity", QT_TRANSLATE_NOOP("FieldLabels", "Capacity (children)")},
    {"providers", "min_age", QT_TRANSLATE_NOOP("FieldLabels", "Minimum age")},
    {"providers", "max_age", QT_TRANSLATE_NOOP("FieldLabels", "Maximum age")},
    {"providers", "training_completed_on", QT_TRANSLATE_NOOP("FieldLabels", "Training completed")},
    {"providers", "criminal_record_checked_on", QT_TRANSLATE_NOOP("FieldLabels", "Criminal record checked")},
    {"providers", "iban", QT_TRANSLATE_NOOP("FieldLabels", "Bank account (IBAN)")},
    {"providers", "notes", QT_TRANSLATE_NOOP("FieldLabels", "Notes")},
    {"care_days", "from_on", QT_TRANSLATE_NOOP("FieldLabels", "From")},
    {"care_days", "to_on", QT_TRANSLATE_NOOP("FieldLabels", "To")},
    {"meetings", "held_on", QT_TRANSLATE_NOOP("FieldLabels", "Meeting date")},
    {"meetings", "activity", QT_TRANSLATE_NOOP("FieldLabels", "What was done")},
    {"visits", "visited_on", QT_TRANSLATE_NOOP("FieldLabels", "Visit date")},
    {"visits", "place", QT_TRANSLATE_NOOP("FieldLabels", "Where")},
    {"visits", "present", QT_TRANSLATE_NOOP("FieldLabels", "Present")},
    {"visits", "note", QT_TRANSLATE_NOOP("FieldLabels", "Note")},
    {"compensation_rates", "provider_kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind of provider")},
    {"compensation_rates", "valid_from", QT_TRANSLATE_NOOP("FieldLabels", "Valid from")},
    {"compensation_rates", "valid_to", QT_TRANSLATE_NOOP("FieldLabels", "Valid to")},
    {"reported_months", "month", QT_TRANSLATE_NOOP("FieldLabels", "Month")},

    // Agreements.
    {"agreements", "replaces_id", QT_TRANSLATE_NOOP("FieldLabels", "Replaces version")},
    {"agreements", "support_need", QT_TRANSLATE_NOOP("FieldLabels", "Need for support")},
    {"agreements", "frequency", QT_TRANSLATE_NOOP("FieldLabels", "How often")},
    {"agreements", "place_and_manner", QT_TRANSLATE_NOOP("FieldLabels", "Where and how")},
    {"agreements", "transport", QT_TRANSLATE_NOOP("FieldLabels", "Transport")},
    {"agreements", "contacts", QT_TRANSLATE_NOOP("FieldLabels", "Contact between the families")},
    {"agreements", "illness_and_cancelling", QT_TRANSLATE_NOOP("FieldLabels", "On illness or cancellation")},
    {"agreements", "review_and_ending", QT_TRANSLATE_NOOP("FieldLabels", "Review and ending")},
    {"agreements", "confidentiality", QT_TRANSLATE_NOOP("FieldLabels", "Confidentiality")},
    {"agreements", "end_reason", QT_TRANSLATE_NOOP("FieldLabels", "Reason for ending")},
    {"agreement_parties", "signed_on", QT_TRANSLATE_NOOP("FieldLabels", "Signed on")},

    // Decisions and their notification.
    {"decisions", "subject", QT_TRANSLATE_NOOP("FieldLabels", "Subject")},
    {"decisions", "service_id", QT_TRANSLATE_NOOP("FieldLabels", "Service")},
    {"decisions", "provisions", QT_TRANSLATE_NOOP("FieldLabels", "Provisions applied")},
    {"decisions", "facts", QT_TRANSLATE_NOOP("FieldLabels", "Facts and evidence")},
    {"decisions", "views", QT_TRANSLATE_NOOP("FieldLabels", "Guardians' views")},
    {"decisions", "child_opinion", QT_TRANSLATE_NOOP("FieldLabels", "Child's opinion found out")},
    {"decisions", "child_opinion_text", QT_TRANSLATE_NOOP("FieldLabels", "Child's opinion")},
    {"decisions", "child_opinion_how", QT_TRANSLATE_NOOP("FieldLabels", "How the child's opinion was found out")},
    {"decisions", "days_per_month", QT_TRANSLATE_NOOP("FieldLabels", "Monthly days of care")},
    {"decisions", "meetings_per_month", QT_TRANSLATE_NOOP("FieldLabels", "Meetings a month")},
    {"decisions", "hours_per_week", QT_TRANSLATE_NOOP("FieldLabels", "Hours a week")},
    {"decisions", "intensified", QT_TRANSLATE_NOOP("FieldLabels", "Intensified family work")},
    {"decisions", "correction_ground", QT_TRANSLATE_NOOP("FieldLabels", "Ground of the correction")},
    {"decisions", "correction_detriment", QT_TRANSLATE_NOOP("FieldLabels", "Correction to a party's detriment")},
    {"decisions", "correction_consent", QT_TRANSLATE_NOOP("FieldLabels", "Consent or hearing for the correction")},
    {"decisions", "backdating_reason", QT_TRANSLATE_NOOP("FieldLabels", "Reason for an earlier date")},
    {"decisions", "reasons", QT_TRANSLATE_NOOP("FieldLabels", "Reasons for the decision")},
    {"decisions", "parties", QT_TRANSLATE_NOOP("FieldLabels", "Parties concerned")},
    {"decisions", "decision_maker_id", QT_TRANSLATE_NOOP("FieldLabels", "Decision maker")},
    {"decisions", "contact_person", QT_TRANSLATE_NOOP("FieldLabels", "More information from")},
    {"decisions", "corrects_id", QT_TRANSLATE_NOOP("FieldLabels", "Corrects decision")},
    {"decisions", "number", QT_TRANSLATE_NOOP("FieldLabels", "Decision number")},
    {"decisions", "issued_on", QT_TRANSLATE_NOOP("FieldLabels", "Issued on")},
    {"decisions", "frozen_content", QT_TRANSLATE_NOOP("FieldLabels", "Issued content")},
    {"decision_notifications", "method", QT_TRANSLATE_NOOP("FieldLabels", "Delivery method")},
    {"decision_hearings", "party", QT_TRANSLATE_NOOP("FieldLabels", "Party")},
    {"decision_hearings", "heard_on", QT_TRANSLATE_NOOP("FieldLabels", "Heard on")},
    {"decision_hearings", "how", QT_TRANSLATE_NOOP("FieldLabels", "How heard")},
    {"decision_hearings", "exception", QT_TRANSLATE_NOOP("FieldLabels", "Not heard because (HL 34 § 2 mom)")},
    {"decision_notifications", "sent_on", QT_TRANSLATE_NOOP("FieldLabels", "Sent on")},
    {"decision_recipients", "name", QT_TRANSLATE_NOOP("FieldLabels", "Recipient")},
    {"decision_recipients", "role", QT_TRANSLATE_NOOP("FieldLabels", "Recipient as")},
    {"decision_recipients", "language", QT_TRANSLATE_NOOP("FieldLabels", "Language of the copy")},
    {"decision_recipients", "method", QT_TRANSLATE_NOOP("FieldLabels", "Delivery method")},
    {"decision_recipients", "sent_on", QT_TRANSLATE_NOOP("FieldLabels", "Sent on")},
    {"decision_recipients", "address", QT_TRANSLATE_NOOP("FieldLabels", "Sent to")},
    {"decision_recipients", "received_on", QT_TRANSLATE_NOOP("FieldLabels", "Received on")},
    {"decision_recipients", "review_requested_on", QT_TRANSLATE_NOOP("FieldLabels", "Request for review made on")},
    {"decision_documents", "language", QT_TRANSLATE_NOOP("FieldLabels", "Document language")},

    // The logs and the settings.
    {"access_log", "action", QT_TRANSLATE_NOOP("FieldLabels", "What was done")},
    {"access_log", "language", QT_TRANSLATE_NOOP("FieldLabels", "Document language")},
    {"access_log", "detail", QT_TRANSLATE_NOOP("FieldLabels", "Detail")},
    {"record_history", "field", QT_TRANSLATE_NOOP("FieldLabels", "Field")},
    {"record_history", "old_value", QT_TRANSLATE_NOOP("FieldLabels", "Old value")},
    {"record_history", "new_value", QT_TRANSLATE_NOOP("FieldLabels", "New value")},
    {"organisation_settings", "key", QT_TRANSLATE_NOOP("FieldLabels", "Setting")},
    {"organisation_settings", "value", QT_TRANSLATE_NOOP("FieldLabels", "Value")},
};

// The entry for this table and column, or else the one for every table; null if none.
const char *lookUp(std::span<const Label> labels, const QString &table, const QString &column)
{
    for (const Label &entry : labels) {
        if (column == QLatin1String(entry.column) && table == QLatin1String(entry.table))
            return entry.label;
    }
    for (const Label &entry : labels) {
        if (column == QLatin1String(entry.column) && *entry.table == '\0')
            return entry.label;
    }
    return nullptr;
}

} // namespace

QString FieldLabels::recordKind(const QString &table)
{
    const char *label = lookUp(recordKinds, table, QString());
    return label ? QCoreApplication::translate("FieldLabels", label) : table;
}

QString FieldLabels::field(const QString &table, const QString &column)
{
    const char *label = lookUp(fields, table, column);
    return label ? QCoreApplication::translate("FieldLabels", label) : column;
}

} // namespace tukipolku

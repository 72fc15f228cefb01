#include "storage/demorows.h"
#include "common/clock.h"

#include "rules/appealinstructions.h"
#include "rules/deadlines.h"
#include "storage/casecolumns.h"
#include "storage/codes.h"
#include "storage/frozencontent.h"

#include <QUuid>
#include <utility>

namespace tukipolku {

DemoRows::DemoRows(const Organisation &organisation)
    : m_now(codes::nowUtc())
    , m_appealInstructions(AppealInstructions::text(organisation, Person(), LegalBasis::ChildWelfareAct, Clock::today()))
{
}

void DemoRows::insert(const QString &table, const QStringList &columns, const QVariantList &values)
{
    // Every record is stamped now and by nobody.
    static const QStringList stamps { QStringLiteral("created_at"), QStringLiteral("updated_at"),
        QStringLiteral("changed_by") };
    insertAsGiven(table, columns + stamps, values + QVariantList { m_now, m_now, QVariant() });
}

void DemoRows::insertAsGiven(const QString &table, const QStringList &columns, const QVariantList &values)
{
    const QString key = table + QLatin1Char(':') + columns.join(QLatin1Char(','));
    auto sql = m_insertSql.constFind(key);
    if (sql == m_insertSql.constEnd()) {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        sql = m_insertSql.insert(key,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    }
    add(table, sql.value(), values);
}

void DemoRows::add(const QString &table, const QString &sql, const QVariantList &values)
{
    auto number = m_statementNumbers.constFind(sql);
    if (number == m_statementNumbers.constEnd())
        number = m_statementNumbers.insert(sql, int(m_statementNumbers.size()));
    DemoRow row { number.value(), sql, table, values };
    for (QVariant &value : row.values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            value = QStringLiteral(""); // NOT NULL text columns
    }
    m_rows.append(std::move(row));
}

QList<DemoRow> DemoRows::start(
    const QList<Worker> &workers, const QList<Provider> &providers, const QList<CompensationRate> &rates)
{
    const QStringList columns { QStringLiteral("id"), QStringLiteral("first_names"),
        QStringLiteral("last_name"), QStringLiteral("title"), QStringLiteral("phone"),
        QStringLiteral("email"), QStringLiteral("profession"), QStringLiteral("licensed"),
        QStringLiteral("register_number"), QStringLiteral("decision_authority") };
    for (const Worker &w : workers) {
        insert(QStringLiteral("workers"), columns,
            { w.id, w.firstNames, w.lastName, w.title, w.phone, w.email,
                codes::toCode(codes::professions, w.profession), int(w.licensed), w.registerNumber,
                int(w.decisionAuthority) });
    }
    const QStringList providerColumns { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
        QStringLiteral("adults"), QStringLiteral("street_address"), QStringLiteral("postal_code"),
        QStringLiteral("post_office"), QStringLiteral("languages"), QStringLiteral("capacity"),
        QStringLiteral("min_age"), QStringLiteral("max_age"), QStringLiteral("status"),
        QStringLiteral("training_completed_on"), QStringLiteral("criminal_record_checked_on"),
        QStringLiteral("identity_code"), QStringLiteral("iban"), QStringLiteral("worker_id") };
    for (const Provider &p : providers) {
        insert(QStringLiteral("providers"), providerColumns,
            { p.id, codes::toCode(codes::providerKinds, p.kind), p.name, p.adults, p.streetAddress,
                p.postalCode, p.postOffice, p.languages.join(QLatin1Char(' ')), p.capacity, p.minAge,
                p.maxAge, codes::toCode(codes::providerStatuses, p.status),
                codes::date(p.trainingCompletedOn), codes::date(p.criminalRecordCheckedOn),
                codes::text(p.identityCode), p.iban, codes::text(p.workerId) });
    }
    const QStringList rateColumns { QStringLiteral("id"), QStringLiteral("provider_kind"),
        QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("fee_cents"),
        QStringLiteral("fee_unit"), QStringLiteral("expenses_cents"), QStringLiteral("expenses_unit"),
        QStringLiteral("mileage_cents_per_km") };
    for (const CompensationRate &r : rates) {
        insert(QStringLiteral("compensation_rates"), rateColumns,
            { r.id, codes::toCode(codes::providerKinds, r.providerKind), codes::date(r.validFrom),
                codes::date(r.validTo), r.feeCents, codes::toCode(codes::rateUnits, r.feeUnit),
                r.expensesCents, codes::toCode(codes::rateUnits, r.expensesUnit), r.mileageCentsPerKm });
    }
    return std::exchange(m_rows, {});
}

QList<DemoRow> DemoRows::family(const DemoFamily &demo, const QDate &today)
{
    insert(QStringLiteral("families"), { QStringLiteral("id"), QStringLiteral("name") },
        { demo.family.id, demo.family.name });
    const QStringList personColumns { QStringLiteral("id"), QStringLiteral("first_names"),
        QStringLiteral("last_name"), QStringLiteral("identity_code"), QStringLiteral("birth_date"),
        QStringLiteral("language"), QStringLiteral("street_address"), QStringLiteral("postal_code"),
        QStringLiteral("post_office") };
    const QStringList memberColumns { QStringLiteral("id"), QStringLiteral("family_id"),
        QStringLiteral("person_id"), QStringLiteral("role") };
    for (const FamilyMember &member : demo.family.members) {
        const Person &p = member.person;
        insert(QStringLiteral("persons"), personColumns,
            { p.id, p.firstNames, p.lastName, codes::text(p.identityCode), codes::date(p.birthDate),
                codes::toCode(codes::languages, p.language), p.streetAddress, p.postalCode, p.postOffice });
        insert(QStringLiteral("family_members"), memberColumns,
            { member.id, demo.family.id, p.id, codes::toCode(codes::roles, member.role) });
    }
    for (const ClientCase &clientCase : demo.cases)
        addCase(clientCase, today);
    for (const DemoMeasure &measure : demo.measures)
        addMeasure(measure);
    return std::exchange(m_rows, {});
}

void DemoRows::addCase(const ClientCase &c, const QDate &today)
{
    const Deadline next = Deadlines::nextOpen(Deadlines::forCase(c, today));
    QVariantMap row { { QStringLiteral("id"), c.id }, { QStringLiteral("case_number"), QString() },
        { QStringLiteral("family_id"), c.familyId }, { QStringLiteral("child_id"), c.child.id },
        { QStringLiteral("responsible_worker_id"), codes::text(c.responsibleWorkerId) },
        { QStringLiteral("stage"), codes::toCode(codes::stages, c.stage()) },
        { QStringLiteral("child_welfare_since"), codes::date(c.childWelfareSince) },
        { QStringLiteral("child_welfare_basis"),
            codes::toCode(codes::childWelfareBases, c.childWelfareBasis) },
        { QStringLiteral("no_plan_reason"), codes::toCode(codes::noPlanReasons, c.noPlanReason) },
        { QStringLiteral("closed_on"), codes::date(c.closedOn) },
        { QStringLiteral("closure_reason"), c.closureReason },
        { QStringLiteral("next_deadline_kind"),
            next.due.isValid() ? codes::toCode(codes::deadlineKinds, next.kind) : QString() },
        { QStringLiteral("next_deadline_due"), codes::date(next.due) },
        { QStringLiteral("search_id"), ++m_searchId } };
    // Case numbers per year of receipt; demo data numbers them in writing order.
    row[QStringLiteral("case_number")] = QStringLiteral("%1-%2")
                                             .arg(c.initiation.receivedAt.date().year())
                                             .arg(++m_caseSequence, 5, 10, QLatin1Char('0'));
    insert(QStringLiteral("cases"), row.keys(), row.values());

    QVariantMap initiation = casecolumns::fromInitiation(c.initiation);
    initiation.insert(QStringLiteral("id"), c.initiation.id);
    initiation.insert(QStringLiteral("case_id"), c.id);
    initiation.insert(QStringLiteral("opens_case"), 1);
    insert(QStringLiteral("initiations"), initiation.keys(), initiation.values());
    for (const Initiation &later : c.laterInitiations) {
        QVariantMap values = casecolumns::fromInitiation(later);
        values.insert(QStringLiteral("id"), later.id);
        values.insert(QStringLiteral("case_id"), c.id);
        values.insert(QStringLiteral("opens_case"), 0);
        insert(QStringLiteral("initiations"), values.keys(), values.values());
    }
    if (c.assessment) {
        QVariantMap assessment = casecolumns::fromAssessment(*c.assessment);
        assessment.insert(QStringLiteral("id"), c.assessment->id);
        assessment.insert(QStringLiteral("case_id"), c.id);
        insert(QStringLiteral("assessments"), assessment.keys(), assessment.values());
    }
    for (const ClientPlan &plan : c.plans) {
        QVariantMap values = casecolumns::fromPlan(plan);
        values.insert(QStringLiteral("id"), plan.id);
        values.insert(QStringLiteral("case_id"), c.id);
        values.insert(QStringLiteral("version"), plan.version);
        insert(QStringLiteral("client_plans"), values.keys(), values.values());
        for (int i = 0; i < plan.goals.size(); ++i) {
            const PlanGoal &goal = plan.goals.at(i);
            insert(QStringLiteral("plan_goals"),
                { QStringLiteral("id"), QStringLiteral("plan_id"), QStringLiteral("position"),
                    QStringLiteral("goal"), QStringLiteral("target_date") },
                { goal.id, plan.id, i, goal.goal, codes::date(goal.targetDate) });
        }
    }
}

void DemoRows::addMeasure(const DemoMeasure &demo)
{
    const Measure &m = demo.measure;
    insert(QStringLiteral("measures"),
        { QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("catalogue_id"),
            QStringLiteral("legal_basis"), QStringLiteral("start_on"), QStringLiteral("planned_end_on"),
            QStringLiteral("ended_on"), QStringLiteral("goals"), QStringLiteral("status"),
            QStringLiteral("provider_id"), QStringLiteral("days_per_month"),
            QStringLiteral("meetings_per_month"), QStringLiteral("hours_per_week"),
            QStringLiteral("intensified"), QStringLiteral("decision_id") },
        { m.id, m.caseId, m.catalogueId, codes::toCode(codes::legalBases, m.basis), codes::date(m.start),
            codes::date(m.plannedEnd), codes::date(m.endedOn), m.goals,
            codes::toCode(codes::measureStatuses, m.status), codes::text(m.providerId), m.daysPerMonth,
            m.meetingsPerMonth, m.hoursPerWeek, int(m.intensified), codes::text(m.decisionId) });
    for (const CareDays &s : demo.stays) {
        insert(QStringLiteral("care_days"),
            { QStringLiteral("id"), QStringLiteral("measure_id"), QStringLiteral("from_on"),
                QStringLiteral("to_on"), QStringLiteral("cancelled"), QStringLiteral("cancel_reason"),
                QStringLiteral("mileage_km") },
            { s.id, m.id, codes::date(s.from), codes::date(s.to), int(s.cancelled), s.cancelReason,
                s.mileageKm });
    }
    for (const Meeting &g : demo.meetings) {
        insert(QStringLiteral("meetings"),
            { QStringLiteral("id"), QStringLiteral("measure_id"), QStringLiteral("held_on"),
                QStringLiteral("minutes"), QStringLiteral("activity"), QStringLiteral("cancelled"),
                QStringLiteral("mileage_km"), QStringLiteral("cancel_reason") },
            { g.id, m.id, codes::date(g.date), g.minutes, g.activity, int(g.cancelled), g.mileageKm,
                g.cancelReason });
    }
    if (demo.agreement)
        addAgreement(*demo.agreement);
    for (const Decision &decision : demo.decisions)
        addDecision(decision);
    for (const DecisionRecipient &r : demo.recipients) {
        insert(QStringLiteral("decision_recipients"),
            { QStringLiteral("id"), QStringLiteral("decision_id"), QStringLiteral("position"),
                QStringLiteral("person_id"), QStringLiteral("name"), QStringLiteral("role"),
                QStringLiteral("language"), QStringLiteral("method"), QStringLiteral("sent_on"),
                QStringLiteral("address"), QStringLiteral("received_on"), QStringLiteral("review_requested_on") },
            { r.id, r.decisionId, r.position, codes::text(r.personId), r.name,
                codes::toCode(codes::recipientRoles, r.role), r.language,
                r.isSent() ? codes::toCode(codes::notificationMethods, r.method) : QString(QLatin1String("")),
                codes::date(r.sentOn), r.address, codes::date(r.receivedOn), codes::date(r.reviewRequestedOn) });
    }
    for (const Visit &v : demo.visits) {
        insert(QStringLiteral("visits"),
            { QStringLiteral("id"), QStringLiteral("measure_id"), QStringLiteral("visited_on"),
                QStringLiteral("minutes"), QStringLiteral("place"), QStringLiteral("present"),
                QStringLiteral("note") },
            { v.id, m.id, codes::date(v.date), v.minutes, codes::toCode(codes::visitPlaces, v.place),
                v.present, v.note });
    }
}

void DemoRows::addAgreement(const Agreement &a)
{
    // Written as a draft with its parties, then signed: the triggers keep a
    // signed agreement's parties as they are.
    insert(QStringLiteral("agreements"),
        { QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("measure_id"),
            QStringLiteral("goals"), QStringLiteral("start_on"), QStringLiteral("end_on"),
            QStringLiteral("support_need"), QStringLiteral("frequency"), QStringLiteral("place_and_manner"),
            QStringLiteral("transport"), QStringLiteral("illness_and_cancelling"),
            QStringLiteral("review_and_ending"), QStringLiteral("confidentiality"),
            QStringLiteral("contacts"), QStringLiteral("fee_cents"), QStringLiteral("fee_unit"),
            QStringLiteral("expenses_cents"), QStringLiteral("expenses_unit"),
            QStringLiteral("mileage_cents_per_km") },
        { a.id, a.caseId, a.measureId, a.goals, codes::date(a.start), codes::date(a.end), a.supportNeed,
            a.frequency, a.placeAndManner, a.transport, a.illnessAndCancelling, a.reviewAndEnding,
            a.confidentiality, a.contacts, a.feeCents, codes::toCode(codes::rateUnits, a.feeUnit),
            a.expensesCents, codes::toCode(codes::rateUnits, a.expensesUnit), a.mileageCentsPerKm });
    for (int i = 0; i < a.parties.size(); ++i) {
        const AgreementParty &p = a.parties.at(i);
        insert(QStringLiteral("agreement_parties"),
            { QStringLiteral("id"), QStringLiteral("agreement_id"), QStringLiteral("position"),
                QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("signed_on") },
            { p.id, a.id, i, codes::toCode(codes::partyRoles, p.role), p.name, codes::date(p.signedOn) });
    }
    if (a.status != AgreementStatus::Draft) {
        add(QStringLiteral("agreements"),
            QStringLiteral("UPDATE agreements SET status = ?, ended_on = ?, end_reason = ?, frozen_content = "
                           "? WHERE id = ?"),
            { codes::toCode(codes::agreementStatuses, a.status), codes::date(a.endedOn), a.endReason,
                QString::fromUtf8(FrozenContent::of(a)), a.id });
    }
}

void DemoRows::addDecision(Decision d)
{
    if (d.status == DecisionStatus::Issued)
        d.number = QStringLiteral("%1/%2")
                       .arg(d.issuedOn.year())
                       .arg(++m_decisionNumbers[d.issuedOn.year()], 4, 10, QLatin1Char('0'));
    // Written as a draft with its hearings, then issued: the database keeps
    // an issued decision's hearings frozen.
    insert(QStringLiteral("decisions"),
        { QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("measure_id"),
            QStringLiteral("subject"), QStringLiteral("service_id"), QStringLiteral("legal_basis"),
            QStringLiteral("provisions"), QStringLiteral("goal"), QStringLiteral("start_on"),
            QStringLiteral("end_on"), QStringLiteral("facts"), QStringLiteral("views"),
            QStringLiteral("reasons"), QStringLiteral("parties"), QStringLiteral("decision_maker_id"),
            QStringLiteral("contact_person"), QStringLiteral("corrects_id"), QStringLiteral("correction_ground"),
            QStringLiteral("child_opinion"), QStringLiteral("child_opinion_text"),
            QStringLiteral("child_opinion_how"), QStringLiteral("days_per_month"),
            QStringLiteral("meetings_per_month"), QStringLiteral("hours_per_week"), QStringLiteral("intensified"),
            QStringLiteral("provider_id") },
        { d.id, d.caseId, codes::text(d.measureId), codes::toCode(codes::decisionSubjects, d.subject), d.serviceId,
            codes::toCode(codes::legalBases, d.basis), d.provisions, d.goal, codes::date(d.start),
            codes::date(d.end), d.facts, d.views, d.reasons, d.parties, codes::text(d.decisionMakerId),
            d.contactPerson, codes::text(d.correctsId), codes::toCode(codes::correctionGrounds, d.correctionGround),
            codes::toCode(codes::childOpinions, d.childOpinion), d.childOpinionText, d.childOpinionHow,
            d.extent.daysPerMonth, d.extent.meetingsPerMonth, d.extent.hoursPerWeek, int(d.extent.intensified),
            codes::text(d.extent.providerId) });
    for (int i = 0; i < d.hearings.size(); ++i) {
        const DecisionHearing &h = d.hearings.at(i);
        insert(QStringLiteral("decision_hearings"),
            { QStringLiteral("id"), QStringLiteral("decision_id"), QStringLiteral("position"),
                QStringLiteral("party"), QStringLiteral("heard_on"), QStringLiteral("how"),
                QStringLiteral("exception") },
            { h.id, d.id, i, h.party, codes::date(h.heardOn), h.how,
                codes::toCode(codes::hearingExceptions, h.exception) });
    }
    if (d.status == DecisionStatus::Issued) {
        add(QStringLiteral("decisions"),
            QStringLiteral("UPDATE decisions SET status = 'issued', number = ?, issued_on = ?, "
                           "frozen_content = ? WHERE id = ?"),
            { d.number, codes::date(d.issuedOn), QString::fromUtf8(FrozenContent::of(d, m_appealInstructions)),
                d.id });
    }
    // An issued decision was printed for mail by its maker that day: the access log shows it.
    if (d.status == DecisionStatus::Issued) {
        const QString logId
            = QUuid::createUuidV5(QUuid(d.id), QByteArrayLiteral("print")).toString(QUuid::WithoutBraces);
        insertAsGiven(QStringLiteral("access_log"),
            { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                QStringLiteral("changed_by"), QStringLiteral("case_id"), QStringLiteral("action"),
                QStringLiteral("table_name"), QStringLiteral("record_id") },
            { logId, d.issuedOn.startOfDay(Qt::UTC).addSecs(10 * 3600).toString(Qt::ISODateWithMs), m_now,
                codes::text(d.decisionMakerId), d.caseId, QStringLiteral("print"),
                QStringLiteral("decisions"), d.id });
    }
}

} // namespace tukipolku

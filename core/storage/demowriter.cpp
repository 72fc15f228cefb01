#include "storage/demowriter.h"

#include "rules/deadlines.h"
#include "storage/casecolumns.h"
#include "storage/codes.h"
#include "rules/appealinstructions.h"
#include "storage/frozencontent.h"
#include "storage/organisationrepository.h"
#include "storage/recordwriter.h"
#include "storage/rowwriter.h"

#include <QSqlQuery>
#include <QUuid>

#include <QSqlError>

namespace tukipolku {

namespace {
constexpr int familiesPerBatch = 10000;

QStringList keysOf(const QVariantMap &map)
{
    return map.keys();
}

QVariantList valuesOf(const QVariantMap &map)
{
    return map.values();
}
} // namespace

DemoWriter::DemoWriter(const QSqlDatabase &database) : m_database(database), m_now(codes::nowUtc()) {}

bool DemoWriter::holdsFamilies() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM families)")) && query.next() && query.value(0).toBool();
}

RowWriter &DemoWriter::statement(const QString &table, const QStringList &columns)
{
    const QString key = table + QLatin1Char(':') + columns.join(QLatin1Char(','));
    if (const auto it = m_statements.find(key); it != m_statements.end())
        return *it->second;
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return prepare(key, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
}

RowWriter &DemoWriter::prepared(const QString &sql)
{
    if (const auto it = m_statements.find(sql); it != m_statements.end())
        return *it->second;
    return prepare(sql, sql);
}

RowWriter &DemoWriter::prepare(const QString &key, const QString &sql)
{
    // Prepared once: the same few statements run hundreds of thousands of times.
    return *m_statements.emplace(key, std::make_unique<RowWriter>(m_database, sql)).first->second;
}

Result DemoWriter::insert(const QString &table, const QStringList &columns, const QVariantList &values)
{
    // Every record is stamped now and by nobody.
    static const QStringList stamps{QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("changed_by")};
    RowWriter &row = statement(table, columns + stamps);
    int position = bindAll(row, values);
    row.bind(position++, m_now);
    row.bind(position++, m_now);
    row.bind(position, QVariant());
    return execute(row, table);
}

Result DemoWriter::insertAsGiven(const QString &table, const QStringList &columns, const QVariantList &values)
{
    RowWriter &row = statement(table, columns);
    bindAll(row, values);
    return execute(row, table);
}

int DemoWriter::bindAll(RowWriter &row, const QVariantList &values)
{
    int position = 1;
    for (const QVariant &value : values) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        row.bind(position++, nullText ? QVariant(QStringLiteral("")) : value); // NOT NULL text columns
    }
    return position;
}

Result DemoWriter::execute(RowWriter &row, const QString &table)
{
    if (!row.execute())
        return Result::failure(writeFailureMessage(m_database, table + QStringLiteral(": ") + row.error()));
    return {};
}

QHash<QString, QString> DemoWriter::catalogueIds() const
{
    QHash<QString, QString> ids;
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("SELECT code, id FROM measure_catalogue"));
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toString());
    return ids;
}

Result DemoWriter::begin(const QList<Worker> &workers, const QList<Provider> &providers,
                         const QList<CompensationRate> &rates, const Organisation &organisation)
{
    m_appealInstructions = AppealInstructions::text(organisation, Person(), QDate::currentDate());
    QSqlQuery query(m_database);
    // A new demo file has nothing to lose: no syncing to disk until it is full.
    query.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    // A large page cache keeps the batch in memory instead of spilling pages to the WAL.
    query.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    const QStringList columns{QStringLiteral("id"), QStringLiteral("first_names"), QStringLiteral("last_name"),
                              QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("email")};
    for (const Worker &w : workers) {
        if (Result written = insert(QStringLiteral("workers"), columns,
                                    {w.id, w.firstNames, w.lastName, w.title, w.phone, w.email});
            !written)
            return written;
    }
    const QStringList providerColumns{
        QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("adults"),
        QStringLiteral("street_address"), QStringLiteral("postal_code"), QStringLiteral("post_office"),
        QStringLiteral("languages"), QStringLiteral("capacity"), QStringLiteral("min_age"), QStringLiteral("max_age"),
        QStringLiteral("status"), QStringLiteral("training_completed_on"), QStringLiteral("criminal_record_checked_on"),
        QStringLiteral("identity_code"), QStringLiteral("iban"), QStringLiteral("worker_id")};
    for (const Provider &p : providers) {
        if (Result written = insert(QStringLiteral("providers"), providerColumns,
                                    {p.id, codes::toCode(codes::providerKinds, p.kind), p.name, p.adults, p.streetAddress,
                                     p.postalCode, p.postOffice, p.languages.join(QLatin1Char(' ')), p.capacity, p.minAge,
                                     p.maxAge, codes::toCode(codes::providerStatuses, p.status),
                                     codes::date(p.trainingCompletedOn), codes::date(p.criminalRecordCheckedOn),
                                     codes::text(p.identityCode), p.iban, codes::text(p.workerId)});
            !written)
            return written;
    }
    // The fictional unit's settings, as Settings > Organisation stores them.
    if (Result saved = OrganisationRepository(m_database, QString()).save(organisation); !saved)
        return saved;
    const QStringList rateColumns{QStringLiteral("id"), QStringLiteral("provider_kind"), QStringLiteral("valid_from"),
                                  QStringLiteral("valid_to"), QStringLiteral("fee_cents"), QStringLiteral("fee_unit"),
                                  QStringLiteral("expenses_cents"), QStringLiteral("expenses_unit"),
                                  QStringLiteral("mileage_cents_per_km")};
    for (const CompensationRate &r : rates) {
        if (Result written = insert(QStringLiteral("compensation_rates"), rateColumns,
                                    {r.id, codes::toCode(codes::providerKinds, r.providerKind), codes::date(r.validFrom),
                                     codes::date(r.validTo), r.feeCents, codes::toCode(codes::rateUnits, r.feeUnit),
                                     r.expensesCents, codes::toCode(codes::rateUnits, r.expensesUnit),
                                     r.mileageCentsPerKm});
            !written)
            return written;
    }
    return {};
}

Result DemoWriter::writeMeasure(const DemoMeasure &demo)
{
    const Measure &m = demo.measure;
    Result written = insert(
        QStringLiteral("measures"),
        {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("catalogue_id"), QStringLiteral("legal_basis"),
         QStringLiteral("start_on"), QStringLiteral("planned_end_on"), QStringLiteral("ended_on"), QStringLiteral("goals"),
         QStringLiteral("status"), QStringLiteral("provider_id"), QStringLiteral("days_per_month"),
         QStringLiteral("meetings_per_month"), QStringLiteral("hours_per_week"), QStringLiteral("intensified")},
        {m.id, m.caseId, m.catalogueId, codes::toCode(codes::legalBases, m.basis), codes::date(m.start),
         codes::date(m.plannedEnd), codes::date(m.endedOn), m.goals, codes::toCode(codes::measureStatuses, m.status),
         codes::text(m.providerId), m.daysPerMonth, m.meetingsPerMonth, m.hoursPerWeek, int(m.intensified)});
    for (const CareDays &s : demo.stays) {
        if (written)
            written = insert(QStringLiteral("care_days"),
                             {QStringLiteral("id"), QStringLiteral("measure_id"), QStringLiteral("from_on"),
                              QStringLiteral("to_on"), QStringLiteral("cancelled"), QStringLiteral("cancel_reason"),
                              QStringLiteral("mileage_km")},
                             {s.id, m.id, codes::date(s.from), codes::date(s.to), int(s.cancelled), s.cancelReason,
                              s.mileageKm});
    }
    for (const Meeting &g : demo.meetings) {
        if (written)
            written = insert(QStringLiteral("meetings"),
                             {QStringLiteral("id"), QStringLiteral("measure_id"), QStringLiteral("held_on"),
                              QStringLiteral("minutes"), QStringLiteral("activity"), QStringLiteral("cancelled"),
                              QStringLiteral("mileage_km"), QStringLiteral("cancel_reason")},
                             {g.id, m.id, codes::date(g.date), g.minutes, g.activity, int(g.cancelled), g.mileageKm,
                              g.cancelReason});
    }
    if (written && demo.agreement)
        written = writeAgreement(*demo.agreement);
    if (written && demo.decision)
        written = writeDecision(*demo.decision);
    for (const Visit &v : demo.visits) {
        if (written)
            written = insert(QStringLiteral("visits"),
                             {QStringLiteral("id"), QStringLiteral("measure_id"), QStringLiteral("visited_on"),
                              QStringLiteral("minutes"), QStringLiteral("place"), QStringLiteral("present"),
                              QStringLiteral("note")},
                             {v.id, m.id, codes::date(v.date), v.minutes, codes::toCode(codes::visitPlaces, v.place),
                              v.present, v.note});
    }
    return written;
}

Result DemoWriter::write(const DemoFamily &demo, const QDate &today)
{
    Result written = insert(QStringLiteral("families"), {QStringLiteral("id"), QStringLiteral("name")},
                            {demo.family.id, demo.family.name});
    const QStringList personColumns{QStringLiteral("id"), QStringLiteral("first_names"), QStringLiteral("last_name"),
                                    QStringLiteral("identity_code"), QStringLiteral("birth_date"),
                                    QStringLiteral("language"), QStringLiteral("street_address"),
                                    QStringLiteral("postal_code"), QStringLiteral("post_office")};
    const QStringList memberColumns{QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("person_id"),
                                    QStringLiteral("role")};
    for (const FamilyMember &member : demo.family.members) {
        const Person &p = member.person;
        if (written)
            written = insert(QStringLiteral("persons"), personColumns,
                             {p.id, p.firstNames, p.lastName, codes::text(p.identityCode), codes::date(p.birthDate),
                              codes::toCode(codes::languages, p.language), p.streetAddress, p.postalCode, p.postOffice});
        if (written)
            written = insert(QStringLiteral("family_members"), memberColumns,
                             {member.id, demo.family.id, p.id, codes::toCode(codes::roles, member.role)});
    }
    for (const ClientCase &clientCase : demo.cases) {
        if (written)
            written = writeCase(clientCase, today);
    }
    for (const DemoMeasure &measure : demo.measures) {
        if (written)
            written = writeMeasure(measure);
    }
    if (written && ++m_familiesInBatch >= familiesPerBatch)
        written = commitBatch();
    return written;
}

Result DemoWriter::writeCase(const ClientCase &c, const QDate &today)
{
    const Deadline next = Deadlines::nextOpen(Deadlines::forCase(c, today));
    QVariantMap row{{QStringLiteral("id"), c.id},
                    {QStringLiteral("case_number"), QString()},
                    {QStringLiteral("family_id"), c.familyId},
                    {QStringLiteral("child_id"), c.child.id},
                    {QStringLiteral("responsible_worker_id"), codes::text(c.responsibleWorkerId)},
                    {QStringLiteral("stage"), codes::toCode(codes::stages, c.stage())},
                    {QStringLiteral("child_welfare_since"), codes::date(c.childWelfareSince)},
                    {QStringLiteral("child_welfare_basis"), codes::toCode(codes::childWelfareBases, c.childWelfareBasis)},
                    {QStringLiteral("no_plan_reason"), codes::toCode(codes::noPlanReasons, c.noPlanReason)},
                    {QStringLiteral("closed_on"), codes::date(c.closedOn)},
                    {QStringLiteral("closure_reason"), c.closureReason},
                    {QStringLiteral("next_deadline_kind"),
                     next.due.isValid() ? codes::toCode(codes::deadlineKinds, next.kind) : QString()},
                    {QStringLiteral("next_deadline_due"), codes::date(next.due)},
                    {QStringLiteral("search_id"), ++m_searchId}};
    // Case numbers per year of receipt; demo data numbers them in writing order.
    row[QStringLiteral("case_number")] =
        QStringLiteral("%1-%2").arg(c.initiation.receivedAt.date().year()).arg(++m_caseSequence, 5, 10, QLatin1Char('0'));
    Result written = insert(QStringLiteral("cases"), keysOf(row), valuesOf(row));

    QVariantMap initiation = casecolumns::fromInitiation(c.initiation);
    initiation.insert(QStringLiteral("id"), c.initiation.id);
    initiation.insert(QStringLiteral("case_id"), c.id);
    if (written)
        written = insert(QStringLiteral("initiations"), keysOf(initiation), valuesOf(initiation));
    if (written && c.assessment) {
        QVariantMap assessment = casecolumns::fromAssessment(*c.assessment);
        assessment.insert(QStringLiteral("id"), c.assessment->id);
        assessment.insert(QStringLiteral("case_id"), c.id);
        written = insert(QStringLiteral("assessments"), keysOf(assessment), valuesOf(assessment));
    }
    for (const ClientPlan &plan : c.plans) {
        QVariantMap values = casecolumns::fromPlan(plan);
        values.insert(QStringLiteral("id"), plan.id);
        values.insert(QStringLiteral("case_id"), c.id);
        values.insert(QStringLiteral("version"), plan.version);
        if (written)
            written = insert(QStringLiteral("client_plans"), keysOf(values), valuesOf(values));
        for (int i = 0; written && i < plan.goals.size(); ++i) {
            const PlanGoal &goal = plan.goals.at(i);
            written = insert(QStringLiteral("plan_goals"),
                             {QStringLiteral("id"), QStringLiteral("plan_id"), QStringLiteral("position"),
                              QStringLiteral("goal"), QStringLiteral("target_date")},
                             {goal.id, plan.id, i, goal.goal, codes::date(goal.targetDate)});
        }
    }
    return written;
}

Result DemoWriter::writeAgreement(const Agreement &a)
{
    // Written as a draft with its parties, then signed: the triggers keep a
    // signed agreement's parties as they are.
    Result written = insert(QStringLiteral("agreements"),
                            {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("measure_id"),
                             QStringLiteral("goals"), QStringLiteral("start_on"), QStringLiteral("end_on"),
                             QStringLiteral("support_need"), QStringLiteral("frequency"), QStringLiteral("place_and_manner"),
                             QStringLiteral("transport"), QStringLiteral("illness_and_cancelling"),
                             QStringLiteral("review_and_ending"), QStringLiteral("confidentiality"), QStringLiteral("contacts"),
                             QStringLiteral("fee_cents"), QStringLiteral("fee_unit"), QStringLiteral("expenses_cents"),
                             QStringLiteral("expenses_unit"), QStringLiteral("mileage_cents_per_km")},
                            {a.id, a.caseId, a.measureId, a.goals, codes::date(a.start), codes::date(a.end), a.supportNeed,
                             a.frequency, a.placeAndManner, a.transport, a.illnessAndCancelling, a.reviewAndEnding,
                             a.confidentiality, a.contacts, a.feeCents, codes::toCode(codes::rateUnits, a.feeUnit),
                             a.expensesCents, codes::toCode(codes::rateUnits, a.expensesUnit), a.mileageCentsPerKm});
    for (int i = 0; written && i < a.parties.size(); ++i) {
        const AgreementParty &p = a.parties.at(i);
        written = insert(QStringLiteral("agreement_parties"),
                         {QStringLiteral("id"), QStringLiteral("agreement_id"), QStringLiteral("position"),
                          QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("signed_on")},
                         {p.id, a.id, i, codes::toCode(codes::partyRoles, p.role), p.name, codes::date(p.signedOn)});
    }
    if (written && a.status != AgreementStatus::Draft) {
        RowWriter &update = prepared(QStringLiteral(
            "UPDATE agreements SET status = ?, ended_on = ?, end_reason = ?, frozen_content = ? WHERE id = ?"));
        bindAll(update, {codes::toCode(codes::agreementStatuses, a.status), codes::date(a.endedOn),
                         a.endReason, // NOT NULL column: a null text is bound as empty
                         QString::fromUtf8(FrozenContent::of(a)), a.id});
        written = execute(update, QStringLiteral("agreements"));
    }
    return written;
}

Result DemoWriter::writeDecision(Decision d)
{
    if (d.status == DecisionStatus::Issued)
        d.number = QStringLiteral("%1/%2").arg(d.issuedOn.year()).arg(++m_decisionNumbers[d.issuedOn.year()], 4, 10, QLatin1Char('0'));
    Result written = insert(QStringLiteral("decisions"),
                  {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("measure_id"), QStringLiteral("subject"),
                   QStringLiteral("service_id"), QStringLiteral("legal_basis"), QStringLiteral("provisions"),
                   QStringLiteral("goal"), QStringLiteral("start_on"), QStringLiteral("end_on"), QStringLiteral("facts"),
                   QStringLiteral("views"), QStringLiteral("reasons"), QStringLiteral("parties"),
                   QStringLiteral("decision_maker_id"), QStringLiteral("contact_person"), QStringLiteral("status"),
                   QStringLiteral("number"), QStringLiteral("issued_on"), QStringLiteral("frozen_content")},
                  {d.id, d.caseId, d.measureId, codes::toCode(codes::decisionSubjects, d.subject), d.serviceId,
                   codes::toCode(codes::legalBases, d.basis), d.provisions, d.goal, codes::date(d.start),
                   codes::date(d.end), d.facts, d.views, d.reasons, d.parties, codes::text(d.decisionMakerId),
                   d.contactPerson, codes::toCode(codes::decisionStatuses, d.status), codes::text(d.number),
                   codes::date(d.issuedOn),
                   d.status == DecisionStatus::Issued ? QVariant(QString::fromUtf8(FrozenContent::of(d, m_appealInstructions))) : QVariant()});
    // An issued decision was printed for mail by its maker that day: the access log shows it.
    if (written && d.status == DecisionStatus::Issued) {
        const QString logId = QUuid::createUuidV5(QUuid(d.id), QByteArrayLiteral("print")).toString(QUuid::WithoutBraces);
        written = insertAsGiven(QStringLiteral("access_log"),
                                {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                 QStringLiteral("changed_by"), QStringLiteral("case_id"), QStringLiteral("action"),
                                 QStringLiteral("table_name"), QStringLiteral("record_id")},
                                {logId, d.issuedOn.startOfDay(Qt::UTC).addSecs(10 * 3600).toString(Qt::ISODateWithMs),
                                 m_now, codes::text(d.decisionMakerId), d.caseId, QStringLiteral("print"),
                                 QStringLiteral("decisions"), d.id});
    }
    return written;
}

Result DemoWriter::commitBatch()
{
    m_familiesInBatch = 0;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT")) || !query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    return {};
}

Result DemoWriter::commit()
{
    m_statements.clear();
    QSqlQuery query(m_database);
    // The cases were written before their initiations and plans, so the
    // trigger that keeps open_deadline_cases found nothing yet: fill it once.
    if (!query.exec(QStringLiteral("INSERT INTO open_deadline_cases SELECT * FROM open_deadline_source"))
        || !query.exec(QStringLiteral("COMMIT")))
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    query.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    query.exec(QStringLiteral("ANALYZE"));
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

} // namespace tukipolku

#include "storage/decisionrepository.h"
#include "common/clock.h"
#include "domain/labels.h"

#include "documents/templaterenderer.h"
#include "rules/appealinstructions.h"
#include "rules/decisionrules.h"
#include "rules/serviceprovisions.h"
#include "storage/caserepository.h"
#include "storage/codes.h"
#include "storage/decisiondocuments.h"
#include "storage/decisionhearings.h"
#include "storage/decisionrecipients.h"
#include "rules/decisionservice.h"
#include "storage/familyrepository.h"
#include "storage/frozencontent.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/providerrepository.h"
#include "storage/recordwriter.h"
#include "storage/storeddocument.h"
#include "storage/workerrepository.h"

#include <QSqlError>
#include "storage/reads.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace tukipolku {

namespace {
QVariantMap columnsOf(const Decision &d)
{
    return {{QStringLiteral("measure_id"), codes::text(d.measureId)},
            {QStringLiteral("subject"), codes::toCode(codes::decisionSubjects, d.subject)},
            {QStringLiteral("service_id"), codes::text(d.serviceId)},
            {QStringLiteral("legal_basis"), codes::toCode(codes::legalBases, d.basis)},
            {QStringLiteral("provisions"), d.provisions.trimmed()},
            {QStringLiteral("goal"), d.goal.trimmed()},
            {QStringLiteral("start_on"), codes::date(d.start)},
            {QStringLiteral("end_on"), codes::date(d.end)},
            {QStringLiteral("facts"), d.facts.trimmed()},
            {QStringLiteral("views"), d.views.trimmed()},
            {QStringLiteral("reasons"), d.reasons.trimmed()},
            {QStringLiteral("parties"), d.parties.trimmed()},
            {QStringLiteral("decision_maker_id"), codes::text(d.decisionMakerId)},
            {QStringLiteral("contact_person"), d.contactPerson.trimmed()},
            {QStringLiteral("corrects_id"), codes::text(d.correctsId)},
            {QStringLiteral("correction_ground"), codes::toCode(codes::correctionGrounds, d.correctionGround)},
            {QStringLiteral("correction_detriment"), d.correctionDetriment ? 1 : 0},
            {QStringLiteral("correction_consent"), d.correctionConsent.trimmed()},
            {QStringLiteral("child_opinion"), codes::toCode(codes::childOpinions, d.childOpinion)},
            {QStringLiteral("child_opinion_text"), d.childOpinionText.trimmed()},
            {QStringLiteral("child_opinion_how"), d.childOpinionHow.trimmed()},
            {QStringLiteral("days_per_month"), d.extent.daysPerMonth},
            {QStringLiteral("meetings_per_month"), d.extent.meetingsPerMonth},
            {QStringLiteral("hours_per_week"), d.extent.hoursPerWeek},
            {QStringLiteral("intensified"), d.extent.intensified ? 1 : 0},
            {QStringLiteral("provider_id"), codes::text(d.extent.providerId)}};
}

Decision toDecision(const QSqlRecord &r)
{
    Decision d;
    d.id = r.value(QStringLiteral("id")).toString();
    d.caseId = r.value(QStringLiteral("case_id")).toString();
    d.measureId = r.value(QStringLiteral("measure_id")).toString();
    d.subject = codes::fromCode(codes::decisionSubjects, r.value(QStringLiteral("subject")).toString());
    d.serviceId = r.value(QStringLiteral("service_id")).toString();
    d.basis = codes::fromCode(codes::legalBases, r.value(QStringLiteral("legal_basis")).toString());
    d.provisions = r.value(QStringLiteral("provisions")).toString();
    d.goal = r.value(QStringLiteral("goal")).toString();
    d.start = codes::toDate(r.value(QStringLiteral("start_on")));
    d.end = codes::toDate(r.value(QStringLiteral("end_on")));
    d.facts = r.value(QStringLiteral("facts")).toString();
    d.views = r.value(QStringLiteral("views")).toString();
    d.reasons = r.value(QStringLiteral("reasons")).toString();
    d.parties = r.value(QStringLiteral("parties")).toString();
    d.decisionMakerId = r.value(QStringLiteral("decision_maker_id")).toString();
    d.contactPerson = r.value(QStringLiteral("contact_person")).toString();
    d.correctsId = r.value(QStringLiteral("corrects_id")).toString();
    d.correctionGround = codes::fromCode(codes::correctionGrounds, r.value(QStringLiteral("correction_ground")).toString());
    d.correctionDetriment = r.value(QStringLiteral("correction_detriment")).toInt() == 1;
    d.correctionConsent = r.value(QStringLiteral("correction_consent")).toString();
    d.backdatingReason = r.value(QStringLiteral("backdating_reason")).toString();
    d.childOpinion = codes::fromCode(codes::childOpinions, r.value(QStringLiteral("child_opinion")).toString());
    d.childOpinionText = r.value(QStringLiteral("child_opinion_text")).toString();
    d.childOpinionHow = r.value(QStringLiteral("child_opinion_how")).toString();
    d.extent.daysPerMonth = r.value(QStringLiteral("days_per_month")).toDouble();
    d.extent.meetingsPerMonth = r.value(QStringLiteral("meetings_per_month")).toInt();
    d.extent.hoursPerWeek = r.value(QStringLiteral("hours_per_week")).toDouble();
    d.extent.intensified = r.value(QStringLiteral("intensified")).toInt() == 1;
    d.extent.providerId = r.value(QStringLiteral("provider_id")).toString();
    d.createdOn = codes::toDate(r.value(QStringLiteral("created_at")).toString().left(10));
    d.status = codes::fromCode(codes::decisionStatuses, r.value(QStringLiteral("status")).toString());
    d.number = r.value(QStringLiteral("number")).toString();
    d.issuedOn = codes::toDate(r.value(QStringLiteral("issued_on")));
    return d;
}
} // namespace

DecisionRepository::DecisionRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Decision DecisionRepository::draftFromMeasure(const Measure &measure, DecisionSubject subject) const
{
    Decision d;
    d.caseId = measure.caseId;
    d.measureId = measure.id;
    d.subject = subject;
    d.serviceId = measure.catalogueId;
    d.basis = measure.basis;
    d.goal = measure.goals;
    d.start = measure.start;
    d.end = measure.plannedEnd;
    // The catalogue entry says which sections apply and in which amount it is granted.
    const auto entry = MeasureRepository(m_database, m_currentWorkerId).catalogueEntry(measure.catalogueId);
    d.extent = DecisionRules::extentOf(measure, entry ? entry->inDepth : InDepthType::None);
    const Outcome<ClientCase> clientCase = CaseRepository(m_database, m_currentWorkerId).find(measure.caseId);
    if (!clientCase)
        return d;
    d.decisionMakerId = clientCase->responsibleWorkerId;
    // The parties and provisions are text of the document: in its language
    // (the child's), not in the language of the user's screen.
    const bool swedish = DocumentText::languageFor(clientCase->child) == QLatin1String("sv");
    d.provisions = ServiceProvisions::localised(ServiceProvisions::forService(entry ? entry->code : QString(), measure.basis),
                                                swedish ? QStringLiteral("sv") : QStringLiteral("fi"));
    QStringList parties{QStringLiteral("%1 (%2)").arg(clientCase->child.fullName(),
                                                      swedish ? QStringLiteral("barn") : QStringLiteral("lapsi"))};
    if (const auto family = FamilyRepository(m_database, m_currentWorkerId).find(clientCase->familyId)) {
        for (const Person &guardian : family->membersWithRole(FamilyRole::Guardian))
            parties << QStringLiteral("%1 (%2)").arg(guardian.fullName(), swedish ? QStringLiteral("vårdnadshavare")
                                                                                  : QStringLiteral("huoltaja"));
    }
    d.parties = parties.join(QLatin1Char('\n'));
    if (const auto worker = WorkerRepository(m_database, m_currentWorkerId).find(clientCase->responsibleWorkerId)) {
        QStringList contact{worker->fullName()};
        for (const QString &part : {worker->title, worker->phone, worker->email}) {
            if (!part.isEmpty())
                contact << part;
        }
        d.contactPerson = contact.join(QLatin1String(", "));
    }
    return d;
}

Decision DecisionRepository::correctingDraft(const Decision &issued) const
{
    Decision d = issued;
    d.id.clear();
    d.status = DecisionStatus::Draft;
    d.number.clear();
    d.issuedOn = QDate();
    d.correctsId = issued.id;
    d.correctionGround = CorrectionGround::None;
    d.correctionDetriment = false;
    d.correctionConsent.clear();
    d.backdatingReason.clear();
    d.createdOn = QDate();
    return d;
}

Result DecisionRepository::save(Decision &decision)
{
    if (!decision.id.isEmpty()) {
        const Outcome<Decision> stored = find(decision.id);
        // Not knowing whether it was issued is no licence to change it.
        if (stored.isFailed())
            return Result::failure(stored.message());
        if (stored && stored->status == DecisionStatus::Issued)
            return Result::failure(tr("Decision %1 has been issued and is not changed. Make a correcting decision instead.")
                                       .arg(stored->number));
    }
    if (decision.start.isValid() && decision.end.isValid() && decision.end < decision.start)
        return Result::failure(tr("The end date cannot be before the start date."));
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const bool isNew = decision.id.isEmpty();
    const QString id = isNew ? RecordWriter::newId() : decision.id;
    QVariantMap values = columnsOf(decision);
    Result written;
    if (isNew) {
        values.insert(QStringLiteral("case_id"), decision.caseId);
        written = writer.insert(QStringLiteral("decisions"), id, values);
    } else {
        written = writer.update(QStringLiteral("decisions"), id, values, decision.caseId);
    }
    if (written)
        written = DecisionHearings(m_database, m_currentWorkerId).write(id, decision.hearings);
    if (written)
        written = transaction.commit();
    if (written)
        decision.id = id;
    return written;
}

Outcome<Decision> DecisionRepository::find(const QString &id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT * FROM decisions WHERE id = ?"));
    query.addBindValue(id);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    Decision decision = toDecision(*row);
    // A decision read without its hearings would be issued as if nobody was heard.
    const Outcome<QList<DecisionHearing>> hearings = DecisionHearings(m_database, m_currentWorkerId).ofDecision(id);
    if (!hearings)
        return hearings.failure();
    decision.hearings = *hearings;
    return decision;
}

Outcome<QList<Decision>> DecisionRepository::decisionsOfCase(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT * FROM decisions WHERE case_id = ? ORDER BY created_at"));
    query.addBindValue(caseId);
    Outcome<QList<Decision>> decisions
        = allRows<Decision>(m_database, query, [](const QSqlQuery &row) { return toDecision(row.record()); });
    if (!decisions)
        return decisions;
    const auto hearings = DecisionHearings(m_database, m_currentWorkerId).ofCase(caseId);
    if (!hearings)
        return hearings.failure();
    for (Decision &decision : *decisions)
        decision.hearings = hearings->value(decision.id);
    return decisions;
}

Outcome<DecisionContext> DecisionRepository::context(const Decision &decision) const
{
    DecisionContext context;
    const auto entry = MeasureRepository(m_database, m_currentWorkerId).catalogueEntry(decision.serviceId);
    if (entry.isFailed())
        return entry.failure();
    if (entry)
        context.inDepth = entry->inDepth;
    if (!decision.decisionMakerId.isEmpty()) {
        const Outcome<Worker> maker = WorkerRepository(m_database, m_currentWorkerId).find(decision.decisionMakerId);
        if (maker.isFailed())
            return maker.failure();
        if (maker)
            context.maker = *maker;
    }
    if (decision.measureId.isEmpty())
        return context;
    // The last issued decision that granted this measure, before this one was issued.
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT id FROM decisions WHERE measure_id = ? AND status = 'issued' AND (? IS NULL OR id <> ?) "
        "AND subject IN ('start', 'continue', 'change') AND (? IS NULL OR number < ?) "
        "ORDER BY number DESC LIMIT 1"));
    query.addBindValue(decision.measureId);
    query.addBindValue(codes::text(decision.id)); // a new draft has none yet
    query.addBindValue(codes::text(decision.id));
    // Numbers run in the order of issuing: 2026/0153 was issued before 2026/0154.
    query.addBindValue(codes::text(decision.number));
    query.addBindValue(codes::text(decision.number));
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (row.isFailed())
        return row.failure();
    if (row) {
        const Outcome<Decision> granted = find(row->value(0).toString());
        if (!granted)
            return granted.failure();
        context.granted = *granted;
    }
    return context;
}

QStringList DecisionRepository::missing(const Decision &decision) const
{
    const Outcome<ClientCase> clientCase = CaseRepository(m_database, m_currentWorkerId).find(decision.caseId);
    if (clientCase.isFailed())
        return {clientCase.message()};
    if (!clientCase)
        return {tr("The case of the decision was not found.")};
    const Outcome<DecisionContext> decisionContext = context(decision);
    if (!decisionContext)
        return {decisionContext.message()};
    QStringList items = DecisionRules::missing(decision, *clientCase, *decisionContext);
    const Outcome<Organisation> organisation = OrganisationRepository(m_database, m_currentWorkerId).read();
    if (!organisation)
        items << organisation.message();
    else if (const QString settings = AppealInstructions::missingSettings(*organisation); !settings.isEmpty())
        items << settings;
    // Served on each guardian and the child old enough: somebody must be there to serve it on.
    const Outcome<Family> family = FamilyRepository(m_database, m_currentWorkerId).find(clientCase->familyId);
    if (family.isFailed()) {
        items << family.message();
    } else {
        Decision onIssue = decision;
        onIssue.issuedOn = Clock::today();
        const QList<Person> guardians = family ? family->membersWithRole(FamilyRole::Guardian) : QList<Person>();
        if (DecisionService::recipientsFor(onIssue, clientCase->child, guardians).isEmpty())
            items << tr("Record the child's guardians in the family: the decision is served on each of them.");
    }
    return items;
}

QString DecisionRepository::appealInstructions(const Decision &decision) const
{
    const Outcome<ClientCase> clientCase = CaseRepository(m_database, m_currentWorkerId).find(decision.caseId);
    const QDate day = decision.issuedOn.isValid() ? decision.issuedOn : Clock::today();
    return AppealInstructions::text(OrganisationRepository(m_database, m_currentWorkerId).load(),
                                    clientCase ? clientCase->child : Person(), decision.basis, day);
}

Outcome<QString> DecisionRepository::nextNumber(int year) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT max(number) FROM decisions WHERE number >= ? AND number < ?"));
    query.addBindValue(QStringLiteral("%1/").arg(year));
    query.addBindValue(QStringLiteral("%1/").arg(year + 1));
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (row.isFailed())
        return row.failure(); // never a number that may be taken already
    const int last = row && !row->value(0).isNull() ? row->value(0).toString().section(QLatin1Char('/'), 1).toInt() : 0;
    return DecisionRules::number(year, last + 1);
}

Result DecisionRepository::issue(const QString &decisionId, const QDate &issuedOn, const QString &backdatingReason)
{
    Outcome<Decision> decision = find(decisionId);
    if (!decision)
        return Result::failure(decision.isFailed() ? decision.message() : tr("The decision was not found."));
    if (decision->status == DecisionStatus::Issued)
        return Result::failure(tr("Decision %1 has already been issued.").arg(decision->number));
    if (const QStringList missingItems = missing(*decision); !missingItems.isEmpty())
        return Result::failure(tr("The decision cannot be issued yet: %1").arg(missingItems.join(QLatin1Char(' '))));
    if (!issuedOn.isValid() || issuedOn > Clock::today())
        return Result::failure(tr("Enter the date the decision is issued: today or an earlier day."));
    if (DecisionRules::needsBackdatingReason(issuedOn, decision->createdOn, Clock::today())
        && backdatingReason.trimmed().isEmpty())
        return Result::failure(tr("The decision is dated %1, before its draft was made or more than %2 days back: "
                                  "write why.")
                                   .arg(Labels::date(issuedOn))
                                   .arg(DecisionRules::backdatingAllowanceDays));
    decision->backdatingReason = backdatingReason.trimmed();
    Transaction transaction(m_database);
    const Outcome<QString> number = nextNumber(issuedOn.year());
    if (!number)
        return Result::failure(number.message());
    decision->number = *number;
    decision->issuedOn = issuedOn;
    decision->status = DecisionStatus::Issued;
    // A refusal has no period; the file keeps the day it was issued as its
    // end (never printed), as an issued decision's row must have one.
    if (decision->subject == DecisionSubject::Refuse && !decision->end.isValid())
        decision->end = issuedOn;
    const QByteArray frozen = FrozenContent::of(*decision, appealInstructions(*decision)); // the content as issued
    // missing() has read the case; a read failing now would serve a wrong document or miss a party.
    const Outcome<ClientCase> clientCase = CaseRepository(m_database, m_currentWorkerId).find(decision->caseId);
    if (!clientCase)
        return Result::failure(clientCase.messageOr(tr("The case of the decision was not found.")));
    const Outcome<Family> family = FamilyRepository(m_database, m_currentWorkerId).find(clientCase->familyId);
    if (family.isFailed())
        return Result::failure(family.message());
    // Served on each guardian and on the child old enough to ask for review,
    // and kept exactly as issued in each of their languages.
    QList<DecisionRecipient> recipients = DecisionService::recipientsFor(
        *decision, clientCase->child, family ? family->membersWithRole(FamilyRole::Guardian) : QList<Person>());
    const QStringList languages = DecisionService::languages(recipients, DocumentText::languageFor(clientCase->child));
    RecordWriter writer(m_database, m_currentWorkerId);
    // The documents are written first, while the decision is still a draft.
    Result written = DecisionDocuments(m_database, m_currentWorkerId).freeze(*decision, languages);
    if (written)
        written = DecisionRecipients(m_database, m_currentWorkerId).create(recipients);
    if (written)
        written = writer.update(QStringLiteral("decisions"), decisionId,
                                {{QStringLiteral("status"), codes::toCode(codes::decisionStatuses, DecisionStatus::Issued)},
                                 {QStringLiteral("number"), decision->number},
                                 {QStringLiteral("issued_on"), codes::date(issuedOn)},
                                 {QStringLiteral("end_on"), codes::date(decision->end)},
                                 {QStringLiteral("backdating_reason"), decision->backdatingReason},
                                 {QStringLiteral("frozen_content"), QString::fromUtf8(frozen)}},
                                decision->caseId);
    if (written)
        written = applyToMeasure(*decision);
    return written ? transaction.commit() : written;
}

Result DecisionRepository::applyToMeasure(const Decision &decision)
{
    if (decision.measureId.isEmpty())
        return {};
    MeasureRepository measures(m_database, m_currentWorkerId);
    Outcome<Measure> measure = measures.find(decision.measureId);
    if (measure.isFailed())
        return Result::failure(measure.message());
    if (!measure)
        return {};
    switch (decision.subject) {
    case DecisionSubject::Start:
    case DecisionSubject::Continue:
    case DecisionSubject::Change:
        measure->start = decision.subject == DecisionSubject::Start ? decision.start : measure->start;
        measure->plannedEnd = decision.end;
        // The measure runs as decided: the extent granted is its plan.
        measure->daysPerMonth = decision.extent.daysPerMonth;
        measure->meetingsPerMonth = decision.extent.meetingsPerMonth;
        measure->hoursPerWeek = decision.extent.hoursPerWeek;
        measure->intensified = decision.extent.intensified;
        if (!decision.extent.providerId.isEmpty())
            measure->providerId = decision.extent.providerId;
        measure->decisionId = decision.id;
        break;
    case DecisionSubject::End:
        measure->endedOn = decision.end;
        break;
    case DecisionSubject::Refuse:
        return measures.refuse(measure->id);
    }
    Result saved = measures.save(*measure);
    if (saved && decision.subject != DecisionSubject::End) {
        RecordWriter writer(m_database, m_currentWorkerId);
        saved = writer.update(QStringLiteral("measures"), measure->id, {{QStringLiteral("decision_id"), decision.id}},
                              measure->caseId);
    }
    return saved;
}

QByteArray DecisionRepository::frozenContent(const QString &decisionId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT frozen_content FROM decisions WHERE id = ?"));
    query.addBindValue(decisionId);
    return query.exec() && query.next() ? query.value(0).toString().toUtf8() : QByteArray();
}

Outcome<PrintableDocument> DecisionRepository::document(const QString &decisionId, const QString &language) const
{
    const Outcome<Decision> decision = find(decisionId);
    if (!decision)
        return decision.failure();
    return DecisionDocuments(m_database, m_currentWorkerId).document(*decision, language);
}

} // namespace tukipolku

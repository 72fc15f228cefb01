#include "storage/agreementrepository.h"
#include "domain/labels.h"
#include "common/clock.h"

#include "documents/templaterenderer.h"
#include "rules/agreementrules.h"
#include "storage/caserepository.h"
#include "storage/codes.h"
#include "storage/familyrepository.h"
#include "storage/frozencontent.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/providerrepository.h"
#include "storage/readcheck.h"
#include "storage/recordwriter.h"
#include "storage/storeddocument.h"
#include "storage/workerrepository.h"
#include "storage/reads.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tukipolku {

namespace {
QVariantMap columnsOf(const Agreement &a)
{
    return {{QStringLiteral("goals"), a.goals.trimmed()},
            {QStringLiteral("start_on"), codes::date(a.start)},
            {QStringLiteral("end_on"), codes::date(a.end)},
            {QStringLiteral("support_need"), a.supportNeed.trimmed()},
            {QStringLiteral("frequency"), a.frequency.trimmed()},
            {QStringLiteral("place_and_manner"), a.placeAndManner.trimmed()},
            {QStringLiteral("transport"), a.transport.trimmed()},
            {QStringLiteral("contacts"), a.contacts.trimmed()},
            {QStringLiteral("illness_and_cancelling"), a.illnessAndCancelling.trimmed()},
            {QStringLiteral("review_and_ending"), a.reviewAndEnding.trimmed()},
            {QStringLiteral("confidentiality"), a.confidentiality.trimmed()},
            {QStringLiteral("fee_cents"), a.feeCents},
            {QStringLiteral("fee_unit"), codes::toCode(codes::rateUnits, a.feeUnit)},
            {QStringLiteral("expenses_cents"), a.expensesCents},
            {QStringLiteral("expenses_unit"), codes::toCode(codes::rateUnits, a.expensesUnit)},
            {QStringLiteral("mileage_cents_per_km"), a.mileageCentsPerKm}};
}

Agreement toAgreement(const QSqlRecord &r)
{
    Agreement a;
    const auto text = [&r](const char *name) { return r.value(QLatin1String(name)).toString(); };
    a.id = text("id");
    a.caseId = text("case_id");
    a.measureId = text("measure_id");
    a.version = r.value(QStringLiteral("version")).toInt();
    a.replacesId = text("replaces_id");
    a.goals = text("goals");
    a.start = codes::toDate(r.value(QStringLiteral("start_on")));
    a.end = codes::toDate(r.value(QStringLiteral("end_on")));
    a.supportNeed = text("support_need");
    a.frequency = text("frequency");
    a.placeAndManner = text("place_and_manner");
    a.transport = text("transport");
    a.contacts = text("contacts");
    a.illnessAndCancelling = text("illness_and_cancelling");
    a.reviewAndEnding = text("review_and_ending");
    a.confidentiality = text("confidentiality");
    a.feeCents = r.value(QStringLiteral("fee_cents")).toLongLong();
    a.feeUnit = codes::fromCode(codes::rateUnits, text("fee_unit"));
    a.expensesCents = r.value(QStringLiteral("expenses_cents")).toLongLong();
    a.expensesUnit = codes::fromCode(codes::rateUnits, text("expenses_unit"));
    a.mileageCentsPerKm = r.value(QStringLiteral("mileage_cents_per_km")).toLongLong();
    a.status = codes::fromCode(codes::agreementStatuses, text("status"));
    a.endedOn = codes::toDate(r.value(QStringLiteral("ended_on")));
    a.endReason = text("end_reason");
    return a;
}
} // namespace

AgreementRepository::AgreementRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Agreement AgreementRepository::draftFromMeasure(const Measure &measure) const
{
    Agreement a;
    a.caseId = measure.caseId;
    a.measureId = measure.id;
    a.goals = measure.goals;
    a.start = measure.start;
    a.end = measure.plannedEnd;
    const Outcome<ClientCase> clientCase = CaseRepository(m_database, m_currentWorkerId).find(measure.caseId);
    if (clientCase) {
        if (const auto family = FamilyRepository(m_database, m_currentWorkerId).find(clientCase->familyId)) {
            for (const Person &guardian : family->membersWithRole(FamilyRole::Guardian))
                a.parties.append({QString(), PartyRole::Guardian, guardian.fullName(), QDate()});
        }
    }
    const Outcome<Provider> provider = ProviderRepository(m_database, m_currentWorkerId).find(measure.providerId);
    if (provider) {
        const QStringList adults = provider->adults.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &adult : adults.isEmpty() ? QStringList{provider->name} : adults)
            a.parties.append({QString(), PartyRole::Provider, adult.trimmed(), QDate()});
        // The rate valid at the start sets the compensation.
        // A draft: without the rates its fee stays empty, for the worker to fill in.
        const QList<CompensationRate> rates = MeasureLogRepository(m_database, m_currentWorkerId).rates().value_or({});
        for (const CompensationRate &rate : rates) {
            if (rate.providerKind == provider->kind && rate.isValidOn(measure.start)) {
                a.feeCents = rate.feeCents;
                a.feeUnit = rate.feeUnit;
                a.expensesCents = rate.expensesCents;
                a.expensesUnit = rate.expensesUnit;
                a.mileageCentsPerKm = rate.mileageCentsPerKm;
            }
        }
        switch (provider->kind) {
        case ProviderKind::SupportFamily:
            a.frequency = tr("One weekend a month (%1 days of care)").arg(measure.daysPerMonth);
            break;
        case ProviderKind::SupportPerson:
            a.frequency = tr("%1 meetings a month").arg(measure.meetingsPerMonth);
            break;
        case ProviderKind::FamilyWorker:
            a.frequency = measure.intensified ? tr("Intensified family work, about %1 hours a week").arg(measure.hoursPerWeek)
                                              : tr("Family work about %1 hours a week").arg(measure.hoursPerWeek);
            break;
        }
    }
    if (clientCase) {
        QString unit = tr("Social services");
        // The child's responsible worker, else the worker who makes the agreement.
        const QString workerId = clientCase->responsibleWorkerId.isEmpty() ? m_currentWorkerId : clientCase->responsibleWorkerId;
        if (const auto worker = WorkerRepository(m_database, m_currentWorkerId).find(workerId))
            unit = tr("Social services, %1").arg(worker->fullName());
        a.parties.append({QString(), PartyRole::Unit, unit, QDate()});
        a.parties.append({QString(), PartyRole::Child, clientCase->child.fullName(), QDate()});
    }
    a.reviewAndEnding = tr("The agreement is reviewed when the client plan is reviewed. Any party may end it "
                           "by telling the social worker.");
    // The document states the duty of confidentiality in its own language;
    // the field is left for what the parties agree beyond it.
    return a;
}

Agreement AgreementRepository::newVersion(const Agreement &signedAgreement, const QDate &from) const
{
    Agreement a = signedAgreement;
    a.id.clear();
    a.version = signedAgreement.version + 1;
    a.replacesId = signedAgreement.id;
    a.start = from;
    a.status = AgreementStatus::Draft;
    a.endedOn = QDate();
    a.endReason.clear();
    for (AgreementParty &party : a.parties) {
        party.id.clear();
        party.signedOn = QDate();
    }
    return a;
}

Result AgreementRepository::save(Agreement &agreement, OnSignedText onSignedText)
{
    if (!agreement.id.isEmpty()) {
        const Outcome<Agreement> stored = find(agreement.id);
        // Not knowing whether it was signed is no licence to change it.
        if (stored.isFailed())
            return Result::failure(stored.message());
        if (stored && stored->isFrozen())
            return Result::failure(tr("The agreement has been signed and is not changed. Make a new version instead."));
        if (stored && !AgreementRules::signers(*stored).isEmpty() && !AgreementRules::sameText(*stored, agreement)) {
            if (onSignedText == OnSignedText::Refuse)
                return Result::failure(tr("%1 signed this text. A change clears the signatures, and every party "
                                          "signs the new text.")
                                           .arg(AgreementRules::signers(*stored).join(QLatin1String(", "))));
            for (AgreementParty &party : agreement.parties)
                party.signedOn = QDate();
        } else if (stored) {
            // The signatures are the stored ones, whatever the caller holds.
            for (qsizetype i = 0; i < agreement.parties.size() && i < stored->parties.size(); ++i)
                agreement.parties[i].signedOn = stored->parties.at(i).signedOn;
        }
    }
    const Outcome<Measure> measure = MeasureRepository(m_database, m_currentWorkerId).find(agreement.measureId);
    if (measure.isFailed())
        return Result::failure(measure.message());
    if (!measure)
        return Result::failure(tr("Choose the measure the agreement is about."));
    if (const QString problem = AgreementRules::periodProblem(agreement, *measure); !problem.isEmpty())
        return Result::failure(problem);
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const bool isNew = agreement.id.isEmpty();
    const QString id = isNew ? RecordWriter::newId() : agreement.id;
    QVariantMap values = columnsOf(agreement);
    Result written;
    if (isNew) {
        values.insert(QStringLiteral("case_id"), agreement.caseId);
        values.insert(QStringLiteral("measure_id"), agreement.measureId);
        values.insert(QStringLiteral("version"), agreement.version);
        values.insert(QStringLiteral("replaces_id"), codes::text(agreement.replacesId));
        written = writer.insert(QStringLiteral("agreements"), id, values);
    } else {
        written = writer.update(QStringLiteral("agreements"), id, values, agreement.caseId);
    }
    if (written)
        written = writeParties(id, agreement.parties);
    if (written)
        written = transaction.commit();
    if (written)
        agreement.id = id;
    return written;
}

Result AgreementRepository::writeParties(const QString &agreementId, const QList<AgreementParty> &parties)
{
    // The parties of a draft are replaced; the old rows are archived, not deleted.
    QSqlQuery archive(m_database);
    archive.prepare(QStringLiteral("UPDATE agreement_parties SET archived_at = ?, updated_at = ? "
                                   "WHERE agreement_id = ? AND archived_at IS NULL"));
    const QString now = codes::nowUtc();
    archive.addBindValue(now);
    archive.addBindValue(now);
    archive.addBindValue(agreementId);
    if (!archive.exec())
        return Result::failure(writeFailureMessage(m_database, archive.lastError().text()));
    RecordWriter writer(m_database, m_currentWorkerId);
    for (int i = 0; i < parties.size(); ++i) {
        const AgreementParty &p = parties.at(i);
        if (p.name.trimmed().isEmpty())
            continue;
        if (Result written = writer.insert(QStringLiteral("agreement_parties"), RecordWriter::newId(),
                                           {{QStringLiteral("agreement_id"), agreementId},
                                            {QStringLiteral("position"), i},
                                            {QStringLiteral("role"), codes::toCode(codes::partyRoles, p.role)},
                                            {QStringLiteral("name"), p.name.trimmed()},
                                            {QStringLiteral("signed_on"), codes::date(p.signedOn)}});
            !written)
            return written;
    }
    return {};
}

Outcome<Agreement> AgreementRepository::find(const QString &id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT * FROM agreements WHERE id = ?"));
    query.addBindValue(id);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    Agreement a = toAgreement(*row);
    QSqlQuery parties(m_database);
    parties.prepare(QStringLiteral("SELECT id, role, name, signed_on FROM agreement_parties "
                                   "WHERE agreement_id = ? AND archived_at IS NULL ORDER BY position"));
    parties.addBindValue(id);
    parties.exec();
    while (parties.next()) {
        a.parties.append({parties.value(0).toString(), codes::fromCode(codes::partyRoles, parties.value(1).toString()),
                          parties.value(2).toString(), codes::toDate(parties.value(3))});
    }
    // An agreement read without some of its parties would print too few signatures.
    ReadCheck check;
    check.check(parties);
    if (!check.ok())
        return check.failure(m_database);
    return a;
}

Outcome<QList<Agreement>> AgreementRepository::agreementsOf(QSqlQuery &ids) const
{
    const Outcome<QList<QString>> found = allRows<QString>(m_database, ids, [](const QSqlQuery &row) {
        return row.value(0).toString();
    });
    if (!found)
        return found.failure();
    QList<Agreement> list;
    for (const QString &id : *found) {
        const Outcome<Agreement> agreement = find(id);
        if (agreement.isFailed())
            return agreement.failure();
        if (agreement)
            list.append(*agreement);
    }
    return list;
}

Outcome<QList<Agreement>> AgreementRepository::agreementsOfCase(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id FROM agreements WHERE case_id = ? ORDER BY created_at"));
    query.addBindValue(caseId);
    return agreementsOf(query);
}

Outcome<QList<Agreement>> AgreementRepository::inForce(const QString &measureId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id FROM agreements WHERE measure_id = ? AND status = 'signed'"));
    query.addBindValue(measureId);
    return agreementsOf(query);
}

QStringList AgreementRepository::missing(const Agreement &agreement) const
{
    const Outcome<Measure> measure = MeasureRepository(m_database, m_currentWorkerId).find(agreement.measureId);
    if (measure.isFailed())
        return {measure.message()};
    if (!measure)
        return {tr("Choose the measure the agreement is about.")};
    return AgreementRules::missingForSigning(agreement, *measure);
}

Result AgreementRepository::sign(const QString &agreementId, int partyIndex, const QDate &signedOn)
{
    Outcome<Agreement> agreement = find(agreementId);
    if (!agreement)
        return Result::failure(agreement.isFailed() ? agreement.message() : tr("The agreement was not found."));
    if (agreement->isFrozen())
        return Result::failure(tr("The agreement has already been signed by every party."));
    if (const QStringList missingItems = missing(*agreement); !missingItems.isEmpty())
        return Result::failure(tr("The agreement cannot be signed yet: %1").arg(missingItems.join(QLatin1Char(' '))));
    if (partyIndex < 0 || partyIndex >= agreement->parties.size())
        return Result::failure(tr("Choose the party who signed."));
    if (const AgreementParty &party = agreement->parties.at(partyIndex); party.signedOn.isValid())
        return Result::failure(tr("%1 has already signed, on %2.").arg(party.name, Labels::date(party.signedOn)));
    if (!signedOn.isValid() || signedOn > Clock::today())
        return Result::failure(tr("Enter the day the party signed: today or an earlier day."));
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    agreement->parties[partyIndex].signedOn = signedOn;
    Result written = writer.update(QStringLiteral("agreement_parties"), agreement->parties.at(partyIndex).id,
                                   {{QStringLiteral("signed_on"), codes::date(signedOn)}}, agreement->caseId);
    if (written && AgreementRules::allSigned(*agreement)) {
        // Signed by all: the content is frozen as signed.
        written = writer.update(QStringLiteral("agreements"), agreementId,
                                {{QStringLiteral("status"), codes::toCode(codes::agreementStatuses, AgreementStatus::Signed)},
                                 {QStringLiteral("frozen_content"), QString::fromUtf8(FrozenContent::of(*agreement))}},
                                agreement->caseId);
        agreement->status = AgreementStatus::Signed;
        if (written)
            written = storeDocument(*agreement);
        if (written)
            written = writer.update(QStringLiteral("measures"), agreement->measureId,
                                    {{QStringLiteral("agreement_id"), agreementId}}, agreement->caseId);
        if (written && !agreement->replacesId.isEmpty()) {
            const QDate dayBefore = agreement->start.addDays(-1);
            written = writer.update(QStringLiteral("agreements"), agreement->replacesId,
                                    {{QStringLiteral("status"), codes::toCode(codes::agreementStatuses, AgreementStatus::Ended)},
                                     {QStringLiteral("ended_on"), codes::date(dayBefore)},
                                     {QStringLiteral("end_reason"), tr("Replaced by version %1.").arg(agreement->version)}},
                                    agreement->caseId);
        }
    }
    return written ? transaction.commit() : written;
}

Result AgreementRepository::end(const QString &agreementId, const QDate &endedOn, const QString &reason, bool early)
{
    const Outcome<Agreement> agreement = find(agreementId);
    if (agreement.isFailed())
        return Result::failure(agreement.message());
    if (!agreement || agreement->status != AgreementStatus::Signed)
        return Result::failure(tr("Only a signed agreement in force can be ended."));
    if (!endedOn.isValid() || endedOn < agreement->start)
        return Result::failure(tr("Enter the day the agreement ended, not before it started."));
    if (reason.trimmed().isEmpty())
        return Result::failure(tr("Write why the agreement ended."));
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const AgreementStatus status = early ? AgreementStatus::Terminated : AgreementStatus::Ended;
    Result written = writer.update(QStringLiteral("agreements"), agreementId,
                                   {{QStringLiteral("status"), codes::toCode(codes::agreementStatuses, status)},
                                    {QStringLiteral("ended_on"), codes::date(endedOn)},
                                    {QStringLiteral("end_reason"), reason.trimmed()}},
                                   agreement->caseId);
    return written ? transaction.commit() : written;
}

QByteArray AgreementRepository::frozenContent(const QString &agreementId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT frozen_content FROM agreements WHERE id = ?"));
    query.addBindValue(agreementId);
    return query.exec() && query.next() ? query.value(0).toString().toUtf8() : QByteArray();
}

// A document from a read that failed would lack a name or the service
// without a word: any failed read fails the whole document.
Outcome<AgreementDocument::Input> AgreementRepository::documentInput(const Agreement &agreement, const QString &language) const
{
    AgreementDocument::Input input;
    input.agreement = agreement;
    const auto clientCase = CaseRepository(m_database, m_currentWorkerId).find(agreement.caseId);
    if (clientCase.isFailed())
        return clientCase.failure();
    if (clientCase)
        input.clientCase = *clientCase;
    const Outcome<Organisation> organisation = OrganisationRepository(m_database, m_currentWorkerId).read();
    if (!organisation)
        return organisation.failure();
    input.organisation = *organisation;
    const MeasureRepository measures(m_database, m_currentWorkerId);
    const auto measure = measures.find(agreement.measureId);
    if (measure.isFailed())
        return measure.failure();
    if (measure) {
        const auto entry = measures.catalogueEntry(measure->catalogueId);
        if (entry.isFailed())
            return entry.failure();
        if (entry) {
            input.serviceName = entry->name(language);
            input.kind = entry->inDepth;
        }
    }
    return input;
}

Result AgreementRepository::storeDocument(const Agreement &agreement)
{
    const auto clientCase = CaseRepository(m_database, m_currentWorkerId).find(agreement.caseId);
    if (clientCase.isFailed())
        return Result::failure(clientCase.message());
    const QString language = clientCase ? DocumentText::languageFor(clientCase->child) : QStringLiteral("fi");
    const Outcome<AgreementDocument::Input> input = documentInput(agreement, language);
    if (!input)
        return Result::failure(input.message());
    const QString html = TemplateRenderer::render(AgreementDocument::templateKind(input->kind), language,
                                                  AgreementDocument::data(*input, language),
                                                  input->organisation.templateFolder)
                             .html;
    // Derived from what the history already holds: no history rows of its own.
    return RecordWriter(m_database, m_currentWorkerId)
        .updateDerived(QStringLiteral("agreements"), agreement.id,
                       {{QStringLiteral("rendered_html"), html}, {QStringLiteral("rendered_language"), language}});
}

Outcome<PrintableDocument> AgreementRepository::document(const QString &agreementId, const QString &language) const
{
    const Outcome<Agreement> agreement = find(agreementId);
    if (!agreement)
        return agreement.failure();
    Outcome<PrintableDocument> chosen = StoredDocument::choose(m_database, QStringLiteral("agreements"), agreementId,
                                                               agreement->caseId, language);
    if (!chosen)
        return chosen;
    PrintableDocument document = *chosen;
    document.tableName = QStringLiteral("agreements");
    document.recordId = agreementId;
    document.caseId = agreement->caseId;
    const Outcome<AgreementDocument::Input> input = documentInput(*agreement, document.language);
    if (!input)
        return input.failure();
    if (document.html.isEmpty()) {
        const TemplateRenderer::Output rendered = TemplateRenderer::render(
            AgreementDocument::templateKind(input->kind), document.language,
            AgreementDocument::data(*input, document.language), input->organisation.templateFolder);
        document.html = rendered.html;
        document.warning = rendered.warning;
    }
    document.decoration = AgreementDocument::decoration(*input, document.language);
    return document;
}

} // namespace tukipolku

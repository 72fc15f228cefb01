#include "storage/measurerepository.h"
#include "common/clock.h"
#include "rules/measurerules.h"
#include "storage/caserepository.h"
#include "storage/codes.h"
#include "storage/providerrepository.h"
#include "storage/readcheck.h"
#include "storage/recordwriter.h"
#include "storage/reads.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace tukipolku {

namespace {
const QString catalogueColumns = QStringLiteral(
    "id, code, name_fi, name_sv, kind, allows_social_welfare_act, allows_child_welfare_act, "
    "requires_child_welfare, in_depth, retired_at");

CatalogueEntry toEntry(const QSqlQuery &q)
{
    CatalogueEntry e;
    e.id = q.value(0).toString();
    e.code = q.value(1).toString();
    e.nameFi = q.value(2).toString();
    e.nameSv = q.value(3).toString();
    e.kind = codes::fromCode(codes::measureKinds, q.value(4).toString());
    e.allowsSocialWelfareAct = q.value(5).toBool();
    e.allowsChildWelfareAct = q.value(6).toBool();
    e.requiresChildWelfareClient = q.value(7).toBool();
    e.inDepth = codes::fromCode(codes::inDepthTypes, q.value(8).toString());
    e.retired = !q.value(9).isNull();
    return e;
}

Measure toMeasure(const QSqlRecord &r)
{
    Measure m;
    m.id = r.value(QStringLiteral("id")).toString();
    m.caseId = r.value(QStringLiteral("case_id")).toString();
    m.catalogueId = r.value(QStringLiteral("catalogue_id")).toString();
    m.basis = codes::fromCode(codes::legalBases, r.value(QStringLiteral("legal_basis")).toString());
    m.start = codes::toDate(r.value(QStringLiteral("start_on")));
    m.plannedEnd = codes::toDate(r.value(QStringLiteral("planned_end_on")));
    m.endedOn = codes::toDate(r.value(QStringLiteral("ended_on")));
    m.goals = r.value(QStringLiteral("goals")).toString();
    m.status = codes::fromCode(codes::measureStatuses, r.value(QStringLiteral("status")).toString());
    m.providerId = r.value(QStringLiteral("provider_id")).toString();
    m.daysPerMonth = r.value(QStringLiteral("days_per_month")).toDouble();
    m.meetingsPerMonth = r.value(QStringLiteral("meetings_per_month")).toInt();
    m.hoursPerWeek = r.value(QStringLiteral("hours_per_week")).toDouble();
    m.intensified = r.value(QStringLiteral("intensified")).toBool();
    m.decisionId = r.value(QStringLiteral("decision_id")).toString();
    m.agreementId = r.value(QStringLiteral("agreement_id")).toString();
    return m;
}

QVariantMap columnsOf(const Measure &m)
{
    return {{QStringLiteral("catalogue_id"), m.catalogueId},
            {QStringLiteral("legal_basis"), codes::toCode(codes::legalBases, m.basis)},
            {QStringLiteral("start_on"), codes::date(m.start)},
            {QStringLiteral("planned_end_on"), codes::date(m.plannedEnd)},
            {QStringLiteral("ended_on"), codes::date(m.endedOn)},
            {QStringLiteral("goals"), m.goals.trimmed()},
            {QStringLiteral("status"), codes::toCode(codes::measureStatuses, m.status)},
            {QStringLiteral("provider_id"), codes::text(m.providerId)},
            {QStringLiteral("days_per_month"), m.daysPerMonth},
            {QStringLiteral("meetings_per_month"), m.meetingsPerMonth},
            {QStringLiteral("hours_per_week"), m.hoursPerWeek},
            {QStringLiteral("intensified"), int(m.intensified)}};
}
} // namespace

MeasureRepository::MeasureRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Outcome<QList<CatalogueEntry>> MeasureRepository::catalogue(bool includeRetired) const
{
    QList<CatalogueEntry> entries;
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("SELECT %1 FROM measure_catalogue %2 ORDER BY position, name_fi")
                   .arg(catalogueColumns, includeRetired ? QString() : QStringLiteral("WHERE retired_at IS NULL")));
    while (query.next())
        entries.append(toEntry(query));
    ReadCheck check;
    check.check(query);
    if (!check.ok())
        return check.failure(m_database);
    return entries;
}

Outcome<CatalogueEntry> MeasureRepository::catalogueEntry(const QString &id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM measure_catalogue WHERE id = ?").arg(catalogueColumns));
    query.addBindValue(id);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return toEntry(query);
}

Outcome<CatalogueEntry> MeasureRepository::catalogueEntryByCode(const QString &code) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM measure_catalogue WHERE code = ?").arg(catalogueColumns));
    query.addBindValue(code);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return toEntry(query);
}

Result MeasureRepository::saveCatalogueEntry(CatalogueEntry &entry)
{
    if (entry.nameFi.trimmed().isEmpty() || entry.nameSv.trimmed().isEmpty())
        return Result::failure(tr("Give the measure a name in Finnish and in Swedish."));
    if (!entry.allowsSocialWelfareAct && !entry.allowsChildWelfareAct)
        return Result::failure(tr("Choose at least one legal basis the measure can have."));
    const QVariantMap values{{QStringLiteral("name_fi"), entry.nameFi.trimmed()},
                             {QStringLiteral("name_sv"), entry.nameSv.trimmed()},
                             {QStringLiteral("kind"), codes::toCode(codes::measureKinds, entry.kind)},
                             {QStringLiteral("allows_social_welfare_act"), int(entry.allowsSocialWelfareAct)},
                             {QStringLiteral("allows_child_welfare_act"), int(entry.allowsChildWelfareAct)},
                             {QStringLiteral("requires_child_welfare"), int(entry.requiresChildWelfareClient)},
                             {QStringLiteral("in_depth"), codes::toCode(codes::inDepthTypes, entry.inDepth)}};
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const bool isNew = entry.id.isEmpty();
    const QString id = isNew ? RecordWriter::newId() : entry.id;
    Result written;
    if (isNew) {
        QVariantMap insert = values;
        insert.insert(QStringLiteral("code"), QString(QStringLiteral("own_") + id.left(8)));
        insert.insert(QStringLiteral("position"), 1000);
        written = writer.insert(QStringLiteral("measure_catalogue"), id, insert);
    } else {
        written = writer.update(QStringLiteral("measure_catalogue"), id, values);
    }
    if (written)
        written = transaction.commit();
    if (written)
        entry.id = id;
    return written;
}

Result MeasureRepository::retireCatalogueEntry(const QString &id)
{
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    Result written = writer.update(QStringLiteral("measure_catalogue"), id, {{QStringLiteral("retired_at"), codes::nowUtc()}});
    return written ? transaction.commit() : written;
}

Result MeasureRepository::save(Measure &measure)
{
    const Outcome<ClientCase> clientCase = CaseRepository(m_database, m_currentWorkerId).find(measure.caseId);
    const Outcome<CatalogueEntry> entry = catalogueEntry(measure.catalogueId);
    for (const QString &failed : {clientCase.message(), entry.message()}) {
        if (!failed.isEmpty())
            return Result::failure(failed);
    }
    if (!clientCase || !entry)
        return Result::failure(tr("Choose the case and the measure from the catalogue."));
    std::optional<Provider> provider;
    if (!measure.providerId.isEmpty()) {
        const Outcome<Provider> found = ProviderRepository(m_database, m_currentWorkerId).find(measure.providerId);
        if (found.isFailed())
            return Result::failure(found.message());
        if (found)
            provider = *found;
    }
    const bool isNew = measure.id.isEmpty();
    if (Result valid = MeasureRules::checkMeasure(measure, *entry, *clientCase, provider, isNew); !valid)
        return valid;
    measure.status = MeasureRules::statusOn(measure, Clock::today());
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const QString id = isNew ? RecordWriter::newId() : measure.id;
    QVariantMap values = columnsOf(measure);
    Result written;
    if (isNew) {
        values.insert(QStringLiteral("case_id"), measure.caseId);
        written = writer.insert(QStringLiteral("measures"), id, values);
    } else {
        written = writer.update(QStringLiteral("measures"), id, values, measure.caseId);
    }
    if (written)
        written = transaction.commit();
    if (written)
        measure.id = id;
    return written;
}

Outcome<Measure> MeasureRepository::find(const QString &id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT * FROM measures WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(id);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return toMeasure(*row);
}

Outcome<QList<Measure>> MeasureRepository::measuresOfCase(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT * FROM measures WHERE case_id = ? AND archived_at IS NULL ORDER BY start_on"));
    query.addBindValue(caseId);
    return allRows<Measure>(m_database, query, [](const QSqlQuery &row) { return toMeasure(row.record()); });
}

Result MeasureRepository::end(const QString &measureId, const QDate &endedOn)
{
    Outcome<Measure> measure = find(measureId);
    if (!measure)
        return Result::failure(measure.messageOr(tr("The measure was not found.")));
    if (!endedOn.isValid())
        return Result::failure(tr("Enter the date the measure ended."));
    measure->endedOn = endedOn;
    return save(*measure);
}

Result MeasureRepository::refuse(const QString &measureId)
{
    Outcome<Measure> measure = find(measureId);
    if (!measure)
        return Result::failure(measure.messageOr(tr("The measure was not found.")));
    measure->status = MeasureStatus::Refused;
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    Result written = writer.update(QStringLiteral("measures"), measureId,
                                   {{QStringLiteral("status"), codes::toCode(codes::measureStatuses, MeasureStatus::Refused)}},
                                   measure->caseId);
    return written ? transaction.commit() : written;
}

} // namespace tukipolku

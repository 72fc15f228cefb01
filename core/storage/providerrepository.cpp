#include "storage/providerrepository.h"
#include "common/clock.h"

#include "exchange/providercsv.h"
#include "rules/providerrules.h"
#include "storage/codes.h"
#include "storage/recordwriter.h"

#include <QSet>
#include <QSqlError>
#include "storage/reads.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace tukipolku {

namespace {
constexpr int defaultCriminalRecordMonths = 60;

Provider toProvider(const QSqlRecord &r)
{
    Provider p;
    p.id = r.value(QStringLiteral("id")).toString();
    p.kind = codes::fromCode(codes::providerKinds, r.value(QStringLiteral("kind")).toString());
    p.name = r.value(QStringLiteral("name")).toString();
    p.adults = r.value(QStringLiteral("adults")).toString();
    p.streetAddress = r.value(QStringLiteral("street_address")).toString();
    p.postalCode = r.value(QStringLiteral("postal_code")).toString();
    p.postOffice = r.value(QStringLiteral("post_office")).toString();
    p.phone = r.value(QStringLiteral("phone")).toString();
    p.email = r.value(QStringLiteral("email")).toString();
    p.languages = r.value(QStringLiteral("languages")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.capacity = r.value(QStringLiteral("capacity")).toInt();
    p.minAge = r.value(QStringLiteral("min_age")).toInt();
    p.maxAge = r.value(QStringLiteral("max_age")).toInt();
    p.status = codes::fromCode(codes::providerStatuses, r.value(QStringLiteral("status")).toString());
    p.trainingCompletedOn = codes::toDate(r.value(QStringLiteral("training_completed_on")));
    p.criminalRecordCheckedOn = codes::toDate(r.value(QStringLiteral("criminal_record_checked_on")));
    p.identityCode = r.value(QStringLiteral("identity_code")).toString();
    p.iban = r.value(QStringLiteral("iban")).toString();
    p.notes = r.value(QStringLiteral("notes")).toString();
    p.workerId = r.value(QStringLiteral("worker_id")).toString();
    return p;
}

QVariantMap columnsOf(const Provider &p)
{
    return {{QStringLiteral("kind"), codes::toCode(codes::providerKinds, p.kind)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("adults"), p.adults.trimmed()},
            {QStringLiteral("street_address"), p.streetAddress.trimmed()},
            {QStringLiteral("postal_code"), p.postalCode.trimmed()},
            {QStringLiteral("post_office"), p.postOffice.trimmed()},
            {QStringLiteral("phone"), p.phone.trimmed()},
            {QStringLiteral("email"), p.email.trimmed()},
            {QStringLiteral("languages"), p.languages.join(QLatin1Char(' '))},
            {QStringLiteral("capacity"), p.capacity},
            {QStringLiteral("min_age"), p.minAge},
            {QStringLiteral("max_age"), p.maxAge},
            {QStringLiteral("status"), codes::toCode(codes::providerStatuses, p.status)},
            {QStringLiteral("training_completed_on"), codes::date(p.trainingCompletedOn)},
            {QStringLiteral("criminal_record_checked_on"), codes::date(p.criminalRecordCheckedOn)},
            {QStringLiteral("identity_code"), codes::text(p.identityCode)},
            {QStringLiteral("iban"), p.iban},
            {QStringLiteral("notes"), p.notes.trimmed()},
            {QStringLiteral("worker_id"), codes::text(p.workerId)}};
}
} // namespace

ProviderRepository::ProviderRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Result ProviderRepository::save(Provider &provider)
{
    const QStringList problems = ProviderRules::problems(provider, Clock::today());
    if (!problems.isEmpty())
        return Result::failure(problems.join(QLatin1Char(' ')));
    if (!provider.identityCode.isEmpty()) {
        QSqlQuery other(m_database);
        other.prepare(QStringLiteral("SELECT name FROM providers WHERE identity_code = ? AND id <> ?"));
        other.addBindValue(provider.identityCode);
        other.addBindValue(provider.id.isEmpty() ? QStringLiteral("-") : provider.id);
        if (other.exec() && other.next())
            return Result::failure(tr("The identity code %1 is already in the registry for %2.")
                                       .arg(provider.identityCode, other.value(0).toString()));
    }
    RecordWriter writer(m_database, m_currentWorkerId);
    return write(provider, writer);
}

Result ProviderRepository::write(Provider &provider, RecordWriter &writer)
{
    Transaction transaction(m_database);
    const bool isNew = provider.id.isEmpty();
    const QString id = isNew ? RecordWriter::newId() : provider.id;
    Result written = isNew ? writer.insert(QStringLiteral("providers"), id, columnsOf(provider))
                           : writer.update(QStringLiteral("providers"), id, columnsOf(provider));
    if (written)
        written = transaction.commit();
    if (written)
        provider.id = id;
    return written;
}

Outcome<Provider> ProviderRepository::find(const QString &id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT * FROM providers WHERE id = ?"));
    query.addBindValue(id);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return toProvider(*row);
}

Outcome<QList<Provider>> ProviderRepository::search(const QString &text, std::optional<ProviderKind> kind,
                                           std::optional<ProviderStatus> status, int limit) const
{
    QStringList conditions{QStringLiteral("archived_at IS NULL")};
    QVariantList values;
    if (!text.trimmed().isEmpty()) {
        conditions << QStringLiteral("(name LIKE ? OR adults LIKE ? OR post_office LIKE ?)");
        const QString pattern = QLatin1Char('%') + text.trimmed() + QLatin1Char('%');
        values << pattern << pattern << pattern;
    }
    if (kind) {
        conditions << QStringLiteral("kind = ?");
        values << codes::toCode(codes::providerKinds, *kind);
    }
    if (status) {
        conditions << QStringLiteral("status = ?");
        values << codes::toCode(codes::providerStatuses, *status);
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT * FROM providers WHERE %1 ORDER BY name COLLATE NOCASE LIMIT %2")
                      .arg(conditions.join(QLatin1String(" AND ")))
                      .arg(limit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    return allRows<Provider>(m_database, query, [](const QSqlQuery &row) { return toProvider(row.record()); });
}

Outcome<QList<ProviderAssignment>> ProviderRepository::assignments(const QString &providerId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT m.id, c.id, c.case_number, p.first_names || ' ' || p.last_name, m.start_on, "
                                 "coalesce(m.ended_on, m.planned_end_on), m.status FROM measures m "
                                 "JOIN cases c ON c.id = m.case_id JOIN persons p ON p.id = c.child_id "
                                 "WHERE m.provider_id = ? AND m.archived_at IS NULL ORDER BY m.start_on DESC"));
    query.addBindValue(providerId);
    return allRows<ProviderAssignment>(m_database, query, [](const QSqlQuery &row) {
        const QString status = row.value(6).toString();
        return ProviderAssignment{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                  row.value(3).toString(), codes::toDate(row.value(4)), codes::toDate(row.value(5)),
                                  status == QLatin1String("active") || status == QLatin1String("planned")};
    });
}

Outcome<int> ProviderRepository::currentChildren(const QString &providerId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM measures WHERE provider_id = ? AND archived_at IS NULL "
                                 "AND status IN ('planned', 'active')"));
    query.addBindValue(providerId);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return row->value(0).toInt();
}

Outcome<QList<ProviderMatch>> ProviderRepository::matches(ProviderKind kind, const QString &childLanguage, int childAge) const
{
    const Outcome<QList<Provider>> active = search(QString(), kind, ProviderStatus::Active);
    if (!active)
        return active.failure();
    QList<ProviderMatch> list;
    for (const Provider &provider : *active) {
        // A full family must never look free because its children could not be counted.
        const Outcome<int> children = currentChildren(provider.id);
        if (!children)
            return children.failure();
        ProviderMatch match;
        match.provider = provider;
        match.children = *children;
        match.freeCapacity = provider.kind == ProviderKind::FamilyWorker || match.children < provider.capacity;
        match.sharedLanguage = provider.languages.contains(childLanguage);
        match.suitableAge = childAge < 0 || (childAge >= provider.minAge && childAge <= provider.maxAge);
        list.append(match);
    }
    // Free capacity and a shared language first, then a suitable age, then by name.
    std::stable_sort(list.begin(), list.end(), [](const ProviderMatch &a, const ProviderMatch &b) {
        const auto score = [](const ProviderMatch &m) {
            return int(m.freeCapacity) * 4 + int(m.sharedLanguage) * 2 + int(m.suitableAge);
        };
        return score(a) > score(b);
    });
    return list;
}

int ProviderRepository::criminalRecordIntervalMonths() const
{
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("SELECT value FROM organisation_settings WHERE key = 'criminal_record_interval_months'"));
    const int months = query.next() ? query.value(0).toInt() : 0;
    return months > 0 ? months : defaultCriminalRecordMonths;
}

Result ProviderRepository::setCriminalRecordIntervalMonths(int months)
{
    if (months < 1 || months > 120)
        return Result::failure(tr("Give the interval as 1 to 120 months."));
    const QString key = QStringLiteral("criminal_record_interval_months");
    QSqlQuery existing(m_database);
    existing.prepare(QStringLiteral("SELECT id FROM organisation_settings WHERE key = ?"));
    existing.addBindValue(key);
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const QVariantMap values{{QStringLiteral("value"), QString::number(months)}};
    Result written;
    if (existing.exec() && existing.next()) {
        written = writer.update(QStringLiteral("organisation_settings"), existing.value(0).toString(), values);
    } else {
        QVariantMap insert = values;
        insert.insert(QStringLiteral("key"), key);
        written = writer.insert(QStringLiteral("organisation_settings"), RecordWriter::newId(), insert);
    }
    return written ? transaction.commit() : written;
}

bool ProviderRepository::isDuplicate(const Provider &provider) const
{
    QSqlQuery query(m_database);
    if (!provider.identityCode.isEmpty()) {
        query.prepare(QStringLiteral("SELECT 1 FROM providers WHERE identity_code = ?"));
        query.addBindValue(provider.identityCode);
    } else {
        query.prepare(QStringLiteral("SELECT 1 FROM providers WHERE kind = ? AND name = ? COLLATE NOCASE"));
        query.addBindValue(codes::toCode(codes::providerKinds, provider.kind));
        query.addBindValue(provider.name.trimmed());
    }
    return query.exec() && query.next();
}

QString ProviderRepository::nameKey(const QString &kindCode, const QString &name)
{
    return kindCode + QLatin1Char('\n') + name.trimmed().toCaseFolded();
}

Result ProviderRepository::importRows(const QList<ProviderCsvRow> &rows, ProviderImport &outcome)
{
    outcome = {};
    Transaction transaction(m_database);
    // The registry's names and identity codes read once: a file of 100,000
    // rows asked the database twice a row (471 s before the index of
    // migration 22, 15 s after it; about 11 s this way).
    QSet<QString> names;
    QSet<QString> identityCodes;
    QSqlQuery existing(m_database);
    existing.setForwardOnly(true);
    if (!existing.exec(QStringLiteral("SELECT kind, name, identity_code FROM providers")))
        return Result::failure(tr("The providers' registry could not be read: %1").arg(existing.lastError().text()));
    while (existing.next()) {
        names.insert(nameKey(existing.value(0).toString(), existing.value(1).toString()));
        if (!existing.value(2).isNull())
            identityCodes.insert(existing.value(2).toString());
    }
    RecordWriter writer(m_database, m_currentWorkerId);
    for (const ProviderCsvRow &row : rows) {
        if (!row.isGood())
            continue;
        Provider provider = row.provider;
        provider.id.clear();
        const QString key = nameKey(codes::toCode(codes::providerKinds, provider.kind), provider.name);
        const bool duplicate = provider.identityCode.isEmpty() ? names.contains(key)
                                                               : identityCodes.contains(provider.identityCode);
        if (duplicate) {
            ++outcome.duplicates;
            continue;
        }
        const QStringList problems = ProviderRules::problems(provider, Clock::today());
        if (!problems.isEmpty())
            return Result::failure(tr("Row %1: %2").arg(row.line).arg(problems.join(QLatin1Char(' '))));
        if (Result saved = write(provider, writer); !saved)
            return Result::failure(tr("Row %1: %2").arg(row.line).arg(saved.message()));
        names.insert(key);
        if (!provider.identityCode.isEmpty())
            identityCodes.insert(provider.identityCode);
        ++outcome.added;
    }
    return transaction.commit();
}

} // namespace tukipolku

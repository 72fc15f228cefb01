#include "storage/measurelogrepository.h"
#include "common/clock.h"

#include "rules/compensationcalculator.h"
#include "rules/measurerules.h"
#include "storage/codes.h"
#include "storage/measurerepository.h"
#include "storage/providerrepository.h"
#include "storage/readcheck.h"
#include "storage/recordwriter.h"
#include "storage/reads.h"

#include <QSqlQuery>

namespace tukipolku {

namespace {
// Writes one log row; the history of an update goes to the measure's case.
Result writeLog(const QSqlDatabase &database, const QString &workerId, const QString &table, QString &id,
                const QVariantMap &values, const QString &caseId)
{
    Transaction transaction(database);
    RecordWriter writer(database, workerId);
    const bool isNew = id.isEmpty();
    const QString rowId = isNew ? RecordWriter::newId() : id;
    Result written = isNew ? writer.insert(table, rowId, values) : writer.update(table, rowId, values, caseId);
    if (written)
        written = transaction.commit();
    if (written)
        id = rowId;
    return written;
}
} // namespace

MeasureLogRepository::MeasureLogRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Outcome<Measure> MeasureLogRepository::measureFor(const QString &measureId) const
{
    return MeasureRepository(m_database, m_currentWorkerId).find(measureId);
}

Result MeasureLogRepository::saveCareDays(CareDays &stay)
{
    const Outcome<Measure> measure = measureFor(stay.measureId);
    if (!measure)
        return Result::failure(measure.messageOr(tr("The measure was not found.")));
    if (Result valid = MeasureRules::checkCareDays(stay, *measure, Clock::today()); !valid)
        return valid;
    return writeLog(m_database, m_currentWorkerId, QStringLiteral("care_days"), stay.id,
                    {{QStringLiteral("measure_id"), stay.measureId},
                     {QStringLiteral("from_on"), codes::date(stay.from)},
                     {QStringLiteral("to_on"), codes::date(stay.to)},
                     {QStringLiteral("cancelled"), int(stay.cancelled)},
                     {QStringLiteral("cancel_reason"), stay.cancelled ? stay.cancelReason.trimmed() : QString()},
                     {QStringLiteral("mileage_km"), stay.mileageKm}},
                    measure->caseId);
}

Result MeasureLogRepository::saveMeeting(Meeting &meeting)
{
    const Outcome<Measure> measure = measureFor(meeting.measureId);
    if (!measure)
        return Result::failure(measure.messageOr(tr("The measure was not found.")));
    if (Result valid = MeasureRules::checkMeeting(meeting, *measure, Clock::today()); !valid)
        return valid;
    return writeLog(m_database, m_currentWorkerId, QStringLiteral("meetings"), meeting.id,
                    {{QStringLiteral("measure_id"), meeting.measureId},
                     {QStringLiteral("held_on"), codes::date(meeting.date)},
                     {QStringLiteral("minutes"), meeting.minutes},
                     {QStringLiteral("activity"), meeting.activity.trimmed()},
                     {QStringLiteral("cancelled"), int(meeting.cancelled)},
                     {QStringLiteral("cancel_reason"), meeting.cancelled ? meeting.cancelReason.trimmed() : QString(QLatin1String(""))},
                     {QStringLiteral("mileage_km"), meeting.mileageKm}},
                    measure->caseId);
}

Result MeasureLogRepository::saveVisit(Visit &visit)
{
    const Outcome<Measure> measure = measureFor(visit.measureId);
    if (!measure)
        return Result::failure(measure.messageOr(tr("The measure was not found.")));
    if (Result valid = MeasureRules::checkVisit(visit, *measure, Clock::today()); !valid)
        return valid;
    return writeLog(m_database, m_currentWorkerId, QStringLiteral("visits"), visit.id,
                    {{QStringLiteral("measure_id"), visit.measureId},
                     {QStringLiteral("visited_on"), codes::date(visit.date)},
                     {QStringLiteral("minutes"), visit.minutes},
                     {QStringLiteral("place"), codes::toCode(codes::visitPlaces, visit.place)},
                     {QStringLiteral("present"), visit.present.trimmed()},
                     {QStringLiteral("note"), visit.note.trimmed()}},
                    measure->caseId);
}

Outcome<QList<CareDays>> MeasureLogRepository::careDays(const QString &measureId) const
{
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("SELECT id, from_on, to_on, cancelled, cancel_reason, mileage_km FROM care_days "
                             "WHERE measure_id = ? AND archived_at IS NULL ORDER BY from_on DESC"));
    q.addBindValue(measureId);
    return allRows<CareDays>(m_database, q, [&measureId](const QSqlQuery &row) {
        return CareDays{row.value(0).toString(), measureId, codes::toDate(row.value(1)), codes::toDate(row.value(2)),
                        row.value(3).toBool(), row.value(4).toString(), row.value(5).toInt()};
    });
}

Outcome<QList<Meeting>> MeasureLogRepository::meetings(const QString &measureId) const
{
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("SELECT id, held_on, minutes, activity, cancelled, mileage_km, cancel_reason FROM meetings "
                             "WHERE measure_id = ? AND archived_at IS NULL ORDER BY held_on DESC"));
    q.addBindValue(measureId);
    return allRows<Meeting>(m_database, q, [&measureId](const QSqlQuery &row) {
        return Meeting{row.value(0).toString(), measureId, codes::toDate(row.value(1)), row.value(2).toInt(),
                       row.value(3).toString(), row.value(4).toBool(), row.value(5).toInt(), row.value(6).toString()};
    });
}

Outcome<QList<Visit>> MeasureLogRepository::visits(const QString &measureId) const
{
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("SELECT id, visited_on, minutes, place, present, note FROM visits "
                             "WHERE measure_id = ? AND archived_at IS NULL ORDER BY visited_on DESC"));
    q.addBindValue(measureId);
    return allRows<Visit>(m_database, q, [&measureId](const QSqlQuery &row) {
        return Visit{row.value(0).toString(), measureId, codes::toDate(row.value(1)), row.value(2).toInt(),
                     codes::fromCode(codes::visitPlaces, row.value(3).toString()), row.value(4).toString(),
                     row.value(5).toString()};
    });
}

Outcome<MonthlyProgress> MeasureLogRepository::progress(const Measure &measure, InDepthType type, const QDate &month) const
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    MonthlyProgress progress;
    progress.type = type;
    switch (type) {
    case InDepthType::SupportFamily: {
        progress.planned = measure.daysPerMonth;
        const Outcome<QList<CareDays>> stays = careDays(measure.id);
        if (!stays)
            return stays.failure();
        for (const CareDays &stay : *stays) {
            if (stay.cancelled)
                continue;
            // Nights in the month: each night d in [from, to) is one day of care.
            for (QDate night = stay.from; night < std::max(stay.to, stay.from.addDays(1)); night = night.addDays(1)) {
                if (night >= first && night <= last)
                    progress.realised += 1;
            }
        }
        break;
    }
    case InDepthType::SupportPerson: {
        progress.planned = measure.meetingsPerMonth;
        const Outcome<QList<Meeting>> held = meetings(measure.id);
        if (!held)
            return held.failure();
        for (const Meeting &meeting : *held)
            progress.realised += !meeting.cancelled && meeting.date >= first && meeting.date <= last ? 1 : 0;
        break;
    }
    case InDepthType::FamilyWork: {
        progress.planned = measure.hoursPerWeek * double(first.daysInMonth()) / 7.0;
        const Outcome<QList<Visit>> visited = visits(measure.id);
        if (!visited)
            return visited.failure();
        for (const Visit &visit : *visited)
            progress.realised += visit.date >= first && visit.date <= last ? visit.minutes / 60.0 : 0;
        break;
    }
    case InDepthType::None:
        break;
    }
    return progress;
}

Outcome<QList<CompensationRate>> MeasureLogRepository::rates() const
{
    QList<CompensationRate> list;
    QSqlQuery q(m_database);
    q.exec(QStringLiteral("SELECT id, provider_kind, valid_from, valid_to, fee_cents, fee_unit, expenses_cents, "
                          "expenses_unit, mileage_cents_per_km FROM compensation_rates WHERE archived_at IS NULL "
                          "ORDER BY provider_kind, valid_from"));
    while (q.next()) {
        list.append({q.value(0).toString(), codes::fromCode(codes::providerKinds, q.value(1).toString()),
                     codes::toDate(q.value(2)), codes::toDate(q.value(3)), q.value(4).toLongLong(),
                     codes::fromCode(codes::rateUnits, q.value(5).toString()), q.value(6).toLongLong(),
                     codes::fromCode(codes::rateUnits, q.value(7).toString()), q.value(8).toLongLong()});
    }
    // Missing rates would pay a provider nothing for a month, without a word.
    ReadCheck check;
    check.check(q);
    if (!check.ok())
        return check.failure(m_database);
    return list;
}

Result MeasureLogRepository::saveRate(CompensationRate &rate)
{
    if (!rate.validFrom.isValid() || (rate.validTo.isValid() && rate.validTo < rate.validFrom))
        return Result::failure(tr("Enter when the rate is valid from, and an end that is not before it."));
    if (rate.feeCents < 0 || rate.expensesCents < 0 || rate.mileageCentsPerKm < 0)
        return Result::failure(tr("The amounts of a rate cannot be negative."));
    // Overlaps are checked against every rate, or the rate is not saved.
    const Outcome<QList<CompensationRate>> existing = rates();
    if (!existing)
        return Result::failure(existing.message());
    for (const CompensationRate &other : *existing) {
        const bool overlaps = other.id != rate.id && other.providerKind == rate.providerKind
            && (!other.validTo.isValid() || other.validTo >= rate.validFrom)
            && (!rate.validTo.isValid() || rate.validTo >= other.validFrom);
        if (overlaps)
            return Result::failure(tr("The rate overlaps another rate of the same kind valid from %1. End that one first.")
                                       .arg(other.validFrom.toString(QStringLiteral("d.M.yyyy"))));
    }
    return writeLog(m_database, m_currentWorkerId, QStringLiteral("compensation_rates"), rate.id,
                    {{QStringLiteral("provider_kind"), codes::toCode(codes::providerKinds, rate.providerKind)},
                     {QStringLiteral("valid_from"), codes::date(rate.validFrom)},
                     {QStringLiteral("valid_to"), codes::date(rate.validTo)},
                     {QStringLiteral("fee_cents"), rate.feeCents},
                     {QStringLiteral("fee_unit"), codes::toCode(codes::rateUnits, rate.feeUnit)},
                     {QStringLiteral("expenses_cents"), rate.expensesCents},
                     {QStringLiteral("expenses_unit"), codes::toCode(codes::rateUnits, rate.expensesUnit)},
                     {QStringLiteral("mileage_cents_per_km"), rate.mileageCentsPerKm}},
                    QString());
}

Outcome<MonthlyCompensation> MeasureLogRepository::compensation(const QString &providerId, const QDate &month) const
{
    const Outcome<Provider> provider = ProviderRepository(m_database, m_currentWorkerId).find(providerId);
    if (!provider)
        return provider.failure();
    QList<CareDays> stays;
    QList<Meeting> held;
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("SELECT id FROM measures WHERE provider_id = ? AND archived_at IS NULL"));
    q.addBindValue(providerId);
    q.exec();
    while (q.next()) {
        const Outcome<QList<CareDays>> days = careDays(q.value(0).toString());
        const Outcome<QList<Meeting>> met = meetings(q.value(0).toString());
        if (!days || !met)
            return days ? met.failure() : days.failure();
        stays.append(*days);
        held.append(*met);
    }
    // A sum of money from a read that stopped half-way would be too small.
    ReadCheck check;
    check.check(q);
    if (!check.ok())
        return check.failure(m_database);
    const Outcome<QList<CompensationRate>> valid = rates();
    if (!valid)
        return valid.failure();
    if (provider->kind == ProviderKind::SupportPerson)
        return CompensationCalculator::forSupportPerson(month, held, *valid);
    return CompensationCalculator::forSupportFamily(month, stays, *valid);
}

} // namespace tukipolku

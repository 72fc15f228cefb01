#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "domain/compensation.h"
#include "domain/measure.h"
#include "domain/measurelog.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace tukipolku {

// Planned against realised in one month, e.g. 1 of 2 meetings.
struct MonthlyProgress {
    InDepthType type = InDepthType::None;
    double planned = 0;
    double realised = 0;
};

// The logs of the three in-depth measures (care days, meetings, visits), what
// they add up to each month, and the compensation rates that pay for them.
class MeasureLogRepository final {
    Q_DECLARE_TR_FUNCTIONS(MeasureLogRepository)

public:
    MeasureLogRepository(const QSqlDatabase &database, QString currentWorkerId);

    Result saveCareDays(CareDays &stay);
    Result saveMeeting(Meeting &meeting);
    Result saveVisit(Visit &visit);
    Outcome<QList<CareDays>> careDays(const QString &measureId) const;
    Outcome<QList<Meeting>> meetings(const QString &measureId) const;
    Outcome<QList<Visit>> visits(const QString &measureId) const;

    Outcome<MonthlyProgress> progress(const Measure &measure, InDepthType type, const QDate &month) const;

    // A read that failed is a failure, never fewer rates.
    Outcome<QList<CompensationRate>> rates() const;
    Result saveRate(CompensationRate &rate);
    // A support family's or support person's compensation for the month of `month`.
    Outcome<MonthlyCompensation> compensation(const QString &providerId, const QDate &month) const;

private:
    Outcome<Measure> measureFor(const QString &measureId) const;

    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

#pragma once

#include "domain/compensation.h"
#include "domain/provider.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace tukipolku {

// One provider's pay for the month.
struct ProviderPay {
    QString providerId;
    QString name;
    ProviderKind kind = ProviderKind::SupportFamily;
    QString iban;
    MonthlyCompensation pay;
};

// The unit's compensation for a month: every provider with days of care or
// meetings in it, and the totals.
struct CompensationMonth {
    QDate month; // the first day
    QList<ProviderPay> providers;
    MonthlyCompensation total;
    // In words when a read failed: then nothing of this month may be shown,
    // written or marked reported.
    QString readError;
};

// The monthly payment report for the payroll system, from the logs and the
// board's rates with the same calculator as a provider's own page. Reads only
// the month's stays and meetings (indexed by date), not every provider's history.
class CompensationReport final {
    Q_DECLARE_TR_FUNCTIONS(CompensationReport)

public:
    static CompensationMonth forMonth(const QSqlDatabase &database, const QDate &month);
    // --report compensation: one row per provider, then the totals.
    static QByteArray csv(const CompensationMonth &report);
    // The printable table (landscape A4): the same rows.
    static QString html(const CompensationMonth &report);
};

} // namespace tukipolku

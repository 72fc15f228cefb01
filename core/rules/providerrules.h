#pragma once

#include "domain/provider.h"

#include <QCoreApplication>
#include <QStringList>

namespace tukipolku {

// What a provider's record must hold: each problem a sentence naming the field.
class ProviderRules final {
    Q_DECLARE_TR_FUNCTIONS(ProviderRules)

public:
    // Normalises the identity code and the IBAN on the way; empty when all is well.
    static QStringList problems(Provider &provider, const QDate &today);

    static QString postalCodeProblem(const QString &postalCode);
    static QString emailProblem(const QString &email);
    // A criminal record extract older than `intervalMonths` is due for renewal.
    static bool criminalRecordDue(const Provider &provider, int intervalMonths, const QDate &today);
};

} // namespace tukipolku

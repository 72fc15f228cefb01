#include "rules/providerrules.h"

#include "rules/iban.h"
#include "rules/identitycode.h"

#include <QRegularExpression>

namespace tukipolku {

QString ProviderRules::postalCodeProblem(const QString &postalCode)
{
    static const QRegularExpression fiveDigits(QStringLiteral("^\\d{5}$"));
    if (postalCode.trimmed().isEmpty() || fiveDigits.match(postalCode.trimmed()).hasMatch())
        return {};
    return tr("The postal code must have five digits, e.g. 96100.");
}

QString ProviderRules::emailProblem(const QString &email)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.trimmed().isEmpty() || address.match(email.trimmed()).hasMatch())
        return {};
    return tr("The e-mail address is not complete: it needs a name, @ and a domain, e.g. name@example.fi.");
}

QStringList ProviderRules::problems(Provider &provider, const QDate &today)
{
    QStringList found;
    provider.name = provider.name.trimmed();
    if (provider.name.isEmpty())
        found << tr("Enter the provider's name.");
    if (provider.capacity < 0 || provider.capacity > 10)
        found << tr("The capacity must be between 0 and 10 children.");
    if (provider.minAge < 0 || provider.maxAge > 17 || provider.minAge > provider.maxAge)
        found << tr("The suitable ages must be between 0 and 17 years, the youngest first.");
    if (!provider.identityCode.trimmed().isEmpty()) {
        const IdentityCodeParse parsed = parseIdentityCode(provider.identityCode);
        if (parsed.isValid())
            provider.identityCode = parsed.normalized;
        else
            found << tr("Identity code: %1").arg(parsed.message());
    } else {
        provider.identityCode.clear();
    }
    if (!provider.iban.trimmed().isEmpty()) {
        const QString problem = Iban::problem(provider.iban);
        if (problem.isEmpty())
            provider.iban = Iban::normalized(provider.iban);
        else
            found << tr("IBAN: %1").arg(problem);
    }
    if (const QString problem = postalCodeProblem(provider.postalCode); !problem.isEmpty())
        found << problem;
    if (const QString problem = emailProblem(provider.email); !problem.isEmpty())
        found << problem;
    if (provider.trainingCompletedOn > today || provider.criminalRecordCheckedOn > today)
        found << tr("The training and criminal record dates cannot be in the future.");
    return found;
}

bool ProviderRules::criminalRecordDue(const Provider &provider, int intervalMonths, const QDate &today)
{
    if (provider.kind == ProviderKind::FamilyWorker || provider.status == ProviderStatus::Ended)
        return false;
    return !provider.criminalRecordCheckedOn.isValid()
        || provider.criminalRecordCheckedOn.addMonths(intervalMonths) <= today;
}

} // namespace tukipolku

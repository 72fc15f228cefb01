#include "rules/organisationrules.h"

#include "rules/providerrules.h"

#include <QRegularExpression>

namespace tukipolku {

QString OrganisationRules::fieldName(Field field)
{
    switch (field) {
    case Field::PostalCode: return tr("Postal code");
    case Field::Phone: return tr("Phone");
    case Field::Email: return tr("E-mail");
    case Field::EmergencyLine: return tr("Child welfare on-call line");
    case Field::RegistryEmail: return tr("Registry e-mail");
    }
    return {};
}

QString OrganisationRules::phoneProblem(const QString &phone)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()-]+$"));
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return {};
    const qsizetype digits = std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    if (!allowed.match(trimmed).hasMatch() || digits < 3 || digits > 15)
        return tr("A phone number has 3 to 15 digits with spaces or hyphens, e.g. 016 123 4567 or +358 16 123 4567.");
    return {};
}

QString OrganisationRules::problem(Field field, const QString &value)
{
    QString found;
    switch (field) {
    case Field::PostalCode: found = ProviderRules::postalCodeProblem(value); break;
    case Field::Phone:
    case Field::EmergencyLine: found = phoneProblem(value); break;
    case Field::Email:
    case Field::RegistryEmail: found = ProviderRules::emailProblem(value); break;
    }
    return found.isEmpty() ? QString() : tr("%1: %2").arg(fieldName(field), found);
}

QStringList OrganisationRules::problems(const Organisation &o)
{
    QStringList found;
    const QList<QPair<Field, QString>> checked{{Field::PostalCode, o.postalCode},
                                                {Field::Phone, o.phone},
                                                {Field::Email, o.email},
                                                {Field::EmergencyLine, o.emergencyLine},
                                                {Field::RegistryEmail, o.registryEmail}};
    for (const auto &[field, value] : checked) {
        if (const QString problem = OrganisationRules::problem(field, value); !problem.isEmpty())
            found << problem;
    }
    return found;
}

} // namespace tukipolku

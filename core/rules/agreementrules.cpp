#include "rules/agreementrules.h"

#include "domain/labels.h"

namespace tukipolku {

QString AgreementRules::periodProblem(const Agreement &a, const Measure &m)
{
    if (a.start.isValid() && a.start < m.start)
        return tr("The agreement cannot start before the measure (%1).").arg(Labels::date(m.start));
    const QDate measureEnd = m.endedOn.isValid() ? m.endedOn : m.plannedEnd;
    if (a.end.isValid() && measureEnd.isValid() && a.end > measureEnd)
        return tr("The agreement cannot run past the end of the measure (%1).").arg(Labels::date(measureEnd));
    if (a.start.isValid() && a.end.isValid() && a.end < a.start)
        return tr("The agreement cannot end before it starts.");
    return {};
}

QStringList AgreementRules::missingForSigning(const Agreement &a, const Measure &m)
{
    QStringList items;
    if (a.goals.trimmed().isEmpty())
        items << tr("Write the goals of the support.");
    if (!a.start.isValid() || !a.end.isValid())
        items << tr("Enter the duration: the start and the end of the agreement.");
    if (const QString problem = periodProblem(a, m); !problem.isEmpty())
        items << problem;
    if (a.supportNeed.trimmed().isEmpty())
        items << tr("Describe the need for support.");
    if (a.frequency.trimmed().isEmpty())
        items << tr("Write how often the child meets the support family or person.");
    auto has = [&a](PartyRole role) {
        return std::any_of(a.parties.cbegin(), a.parties.cend(),
                           [role](const AgreementParty &p) { return p.role == role && !p.name.trimmed().isEmpty(); });
    };
    if (!has(PartyRole::Guardian))
        items << tr("Name the child's guardians as parties.");
    if (!has(PartyRole::Provider))
        items << tr("Name the support family's adults or the support person as parties.");
    if (!has(PartyRole::Unit))
        items << tr("Name the social services unit and its worker as a party.");
    if (!has(PartyRole::Child))
        items << tr("Name the child.");
    return items;
}

bool AgreementRules::allSigned(const Agreement &a)
{
    return !a.parties.isEmpty()
        && std::all_of(a.parties.cbegin(), a.parties.cend(), [](const AgreementParty &p) { return p.signedOn.isValid(); });
}

QStringList AgreementRules::signers(const Agreement &a)
{
    QStringList names;
    for (const AgreementParty &party : a.parties) {
        if (party.signedOn.isValid())
            names << party.name;
    }
    return names;
}

bool AgreementRules::sameText(const Agreement &a, const Agreement &b)
{
    const auto text = [](const QString &value) { return value.trimmed(); };
    if (text(a.goals) != text(b.goals) || a.start != b.start || a.end != b.end
        || text(a.supportNeed) != text(b.supportNeed) || text(a.frequency) != text(b.frequency)
        || text(a.placeAndManner) != text(b.placeAndManner) || text(a.transport) != text(b.transport)
        || text(a.contacts) != text(b.contacts) || text(a.illnessAndCancelling) != text(b.illnessAndCancelling)
        || text(a.reviewAndEnding) != text(b.reviewAndEnding) || text(a.confidentiality) != text(b.confidentiality)
        || a.feeCents != b.feeCents || a.feeUnit != b.feeUnit || a.expensesCents != b.expensesCents
        || a.expensesUnit != b.expensesUnit || a.mileageCentsPerKm != b.mileageCentsPerKm
        || a.parties.size() != b.parties.size())
        return false;
    for (qsizetype i = 0; i < a.parties.size(); ++i) {
        if (a.parties.at(i).role != b.parties.at(i).role || text(a.parties.at(i).name) != text(b.parties.at(i).name))
            return false;
    }
    return true;
}

int AgreementRules::nextUnsigned(const Agreement &a, int from)
{
    const int count = int(a.parties.size());
    for (int step = 0; step < count; ++step) {
        const int row = (std::max(0, from) + step) % count;
        if (!a.parties.at(row).signedOn.isValid())
            return row;
    }
    return -1;
}

} // namespace tukipolku

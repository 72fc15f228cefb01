#include "rules/decisionrules.h"

namespace tukipolku {

QStringList DecisionRules::missing(const Decision &d, const ClientCase &clientCase)
{
    QStringList items;
    if (d.serviceId.isEmpty())
        items << tr("Choose the service or measure the decision is about.");
    if (d.goal.trimmed().isEmpty() && d.subject != DecisionSubject::Refuse && d.subject != DecisionSubject::End)
        items << tr("Write the goal of the service.");
    if (hasStartDate(d.subject)) {
        if (!d.start.isValid())
            items << tr("Enter the start date.");
        // Seed 004: decisions on the services of family social work are always fixed-term.
        if (!d.end.isValid())
            items << tr("Enter the end date: a decision is always fixed-term.");
        else if (d.start.isValid() && d.end < d.start)
            items << tr("The end date cannot be before the start date.");
    } else if (hasEndDate(d.subject) && !d.end.isValid()) {
        items << tr("Enter the day the service ends.");
    }
    if (d.provisions.trimmed().isEmpty())
        items << tr("Name the provisions applied, e.g. LSL 36 §.");
    if (d.facts.trimmed().isEmpty())
        items << tr("Write the facts and the evidence the decision rests on.");
    if (d.reasons.trimmed().isEmpty())
        items << tr("Write the reasons: why this was decided.");
    if (d.parties.trimmed().isEmpty())
        items << tr("Name the parties the decision directly concerns.");
    if (d.decisionMakerId.isEmpty())
        items << tr("Name the social worker who makes the decision.");
    else if (clientCase.isChildWelfareClient() && d.decisionMakerId != clientCase.responsibleWorkerId)
        items << tr("A decision for a child welfare client is made by the child's responsible social worker.");
    if (d.contactPerson.trimmed().isEmpty())
        items << tr("Name the person who gives more information, with contact details.");
    if (d.basis == LegalBasis::ChildWelfareAct && !clientCase.isChildWelfareClient())
        items << tr("An LSL decision needs child welfare client status.");
    return items;
}

bool DecisionRules::hasStartDate(DecisionSubject subject)
{
    return subject != DecisionSubject::Refuse && subject != DecisionSubject::End;
}

bool DecisionRules::hasEndDate(DecisionSubject subject)
{
    return subject != DecisionSubject::Refuse;
}

QString DecisionRules::number(int year, int sequence)
{
    return QStringLiteral("%1/%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

} // namespace tukipolku

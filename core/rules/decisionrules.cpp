#include "rules/decisionrules.h"

namespace tukipolku {

QStringList DecisionRules::missing(const Decision &d, const ClientCase &clientCase, const DecisionContext &context)
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
    checkExtent(d, context, items);
    if (d.provisions.trimmed().isEmpty())
        items << tr("Name the provisions applied, e.g. LSL 36 §.");
    if (d.facts.trimmed().isEmpty())
        items << tr("Write the facts and the evidence the decision rests on.");
    checkHearing(d, items);
    if (d.reasons.trimmed().isEmpty())
        items << tr("Write the reasons: why this was decided.");
    if (d.parties.trimmed().isEmpty())
        items << tr("Name the parties the decision directly concerns.");
    // Any worker with the authority the organiser's rules give may decide, a
    // substitute for the responsible social worker too.
    if (d.decisionMakerId.isEmpty())
        items << tr("Name the worker who makes the decision.");
    else if (context.maker && !context.maker->decisionAuthority)
        items << tr("%1 has no authority to make decisions: name another decision maker, or give the authority in "
                    "Settings, Workers.")
                     .arg(context.maker->fullName());
    if (d.contactPerson.trimmed().isEmpty())
        items << tr("Name the person who gives more information, with contact details.");
    if (d.basis == LegalBasis::ChildWelfareAct && !clientCase.isChildWelfareClient())
        items << tr("An LSL decision needs child welfare client status.");
    checkCorrection(d, items);
    return items;
}

void DecisionRules::checkExtent(const Decision &d, const DecisionContext &context, QStringList &items)
{
    if (grantsExtent(d.subject)) {
        // The decision says exactly how much is granted (HL 44 §).
        switch (context.inDepth) {
        case InDepthType::SupportFamily:
            if (d.extent.daysPerMonth <= 0)
                items << tr("Enter the days of care a month the support family is granted.");
            break;
        case InDepthType::SupportPerson:
            if (d.extent.meetingsPerMonth <= 0)
                items << tr("Enter the meetings a month with the support person.");
            break;
        case InDepthType::FamilyWork:
            if (d.extent.hoursPerWeek <= 0)
                items << tr("Enter the hours of family work a week.");
            break;
        case InDepthType::None:
            break;
        }
    }
    if (d.subject == DecisionSubject::Change) {
        if (!context.granted)
            items << tr("A change is made to a service granted by an issued decision: issue that decision first.");
        else if (changes(*context.granted, d).isEmpty())
            items << tr("The change decision changes nothing that was granted: change the extent, the end date "
                        "or the provider.");
    }
}

void DecisionRules::checkHearing(const Decision &d, QStringList &items)
{
    if (!needsHearing(d))
        return;
    switch (d.childOpinion) {
    case ChildOpinion::NotRecorded:
        items << tr("Record the child's own opinion, or why it could not be found out (LSL 5 §, 20 §).");
        break;
    case ChildOpinion::FoundOut:
        if (d.childOpinionText.trimmed().isEmpty() || d.childOpinionHow.trimmed().isEmpty())
            items << tr("Write the child's opinion and how it was found out.");
        break;
    case ChildOpinion::CouldNotBeFoundOut:
        if (d.childOpinionHow.trimmed().isEmpty())
            items << tr("Write why the child's opinion could not be found out.");
        break;
    }
    for (const QString &party : partyLines(d)) {
        const auto hearing = std::find_if(d.hearings.cbegin(), d.hearings.cend(),
                                          [&party](const DecisionHearing &h) { return h.party == party; });
        if (hearing == d.hearings.cend() || !hearing->isRecorded())
            items << tr("Record when and how %1 was heard, or why not (HL 34 §).").arg(party);
    }
}

void DecisionRules::checkCorrection(const Decision &d, QStringList &items)
{
    if (d.correctsId.isEmpty())
        return;
    if (d.correctionGround == CorrectionGround::None)
        items << tr("Name the ground of the correction: an error of fact or procedure (HL 50 §) or a clerical "
                    "error (HL 51 §).");
    if (d.correctionDetriment && d.correctionConsent.trimmed().isEmpty())
        items << tr("A correction to a party's detriment needs their consent or a hearing (HL 50 § 2 mom): "
                    "record it.");
}

bool DecisionRules::hasStartDate(DecisionSubject subject)
{
    return subject != DecisionSubject::Refuse && subject != DecisionSubject::End;
}

bool DecisionRules::hasEndDate(DecisionSubject subject)
{
    return subject != DecisionSubject::Refuse;
}

bool DecisionRules::grantsExtent(DecisionSubject subject)
{
    return hasStartDate(subject);
}

bool DecisionRules::needsHearing(const Decision &d)
{
    return d.basis == LegalBasis::ChildWelfareAct || d.subject == DecisionSubject::End
        || d.subject == DecisionSubject::Refuse;
}

QList<DecisionChange> DecisionRules::changes(const Decision &before, const Decision &after)
{
    QList<DecisionChange> changed;
    const DecisionExtent &b = before.extent;
    const DecisionExtent &a = after.extent;
    if (!qFuzzyCompare(1 + b.daysPerMonth, 1 + a.daysPerMonth))
        changed << DecisionChange::DaysPerMonth;
    if (b.meetingsPerMonth != a.meetingsPerMonth)
        changed << DecisionChange::MeetingsPerMonth;
    if (!qFuzzyCompare(1 + b.hoursPerWeek, 1 + a.hoursPerWeek))
        changed << DecisionChange::HoursPerWeek;
    if (b.intensified != a.intensified)
        changed << DecisionChange::Intensified;
    // A change takes effect on its start day; what it changes is the end.
    if (before.end != after.end)
        changed << DecisionChange::EndDate;
    if (b.providerId != a.providerId)
        changed << DecisionChange::Provider;
    return changed;
}

bool DecisionRules::needsBackdatingReason(const QDate &issuedOn, const QDate &createdOn, const QDate &today)
{
    return (createdOn.isValid() && issuedOn < createdOn) || issuedOn < today.addDays(-backdatingAllowanceDays);
}

DecisionExtent DecisionRules::extentOf(const Measure &m, InDepthType inDepth)
{
    DecisionExtent extent;
    extent.providerId = m.providerId;
    switch (inDepth) {
    case InDepthType::SupportFamily: extent.daysPerMonth = m.daysPerMonth; break;
    case InDepthType::SupportPerson: extent.meetingsPerMonth = m.meetingsPerMonth; break;
    case InDepthType::FamilyWork:
        extent.hoursPerWeek = m.hoursPerWeek;
        extent.intensified = m.intensified;
        break;
    case InDepthType::None: break;
    }
    return extent;
}

QStringList DecisionRules::partyLines(const Decision &d)
{
    QStringList lines;
    for (const QString &line : d.parties.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

bool DecisionRules::isBySubstitute(const Decision &d, const ClientCase &clientCase)
{
    return !d.decisionMakerId.isEmpty() && !clientCase.responsibleWorkerId.isEmpty()
        && d.decisionMakerId != clientCase.responsibleWorkerId;
}

QString DecisionRules::number(int year, int sequence)
{
    return QStringLiteral("%1/%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

} // namespace tukipolku

#include "rules/decisionservice.h"

#include "documents/printabledocument.h"
#include "domain/labels.h"
#include "rules/appealinstructions.h"
#include "rules/decisiondates.h"

namespace tukipolku {

QList<DecisionRecipient> DecisionService::recipientsFor(const Decision &decision, const Person &child,
                                                        const QList<Person> &guardians)
{
    QList<DecisionRecipient> recipients;
    const auto add = [&recipients, &decision](const Person &person, RecipientRole role) {
        DecisionRecipient r;
        r.decisionId = decision.id;
        r.position = int(recipients.size());
        r.personId = person.id;
        r.name = person.fullName();
        r.role = role;
        r.language = DocumentText::languageFor(person);
        recipients << r;
    };
    if (AppealInstructions::childMayAppeal(child, decision.basis, decision.issuedOn))
        add(child, RecipientRole::Child);
    for (const Person &guardian : guardians)
        add(guardian, RecipientRole::Guardian);
    return recipients;
}

QStringList DecisionService::languages(const QList<DecisionRecipient> &recipients, const QString &childLanguage)
{
    QStringList found{childLanguage};
    for (const DecisionRecipient &r : recipients) {
        if (!found.contains(r.language))
            found << r.language;
    }
    return found;
}

QStringList DecisionService::addressLines(const Person &person)
{
    QStringList lines{person.fullName()};
    if (!person.streetAddress.trimmed().isEmpty())
        lines << person.streetAddress.trimmed();
    const QString town = QString(person.postalCode.trimmed() + QLatin1Char(' ') + person.postOffice.trimmed().toUpper())
                             .trimmed();
    if (!town.isEmpty())
        lines << town;
    return lines;
}

Result DecisionService::checkSending(const Decision &decision, const DecisionRecipient &recipient,
                                     NotificationMethod method, const QDate &sentOn, const QDate &receivedOn,
                                     const QDate &today)
{
    // Asking for review shows it was served: a later sending does not start the time again.
    if (recipient.reviewRequestedOn.isValid() && sentOn.isValid() && sentOn > recipient.reviewRequestedOn)
        return Result::failure(tr("%1 asked for review on %2, so the decision had reached them: a sending after "
                                  "that day is not recorded.")
                                   .arg(recipient.name, Labels::date(recipient.reviewRequestedOn)));
    if (decision.status != DecisionStatus::Issued)
        return Result::failure(tr("Only an issued decision is sent to the parties."));
    if (!sentOn.isValid() || sentOn < decision.issuedOn || sentOn > today)
        return Result::failure(tr("Enter the day it was sent or handed over: on or after the day the decision was "
                                  "issued (%1), and not in the future.")
                                   .arg(Labels::date(decision.issuedOn)));
    if (receivedOn.isValid() && (receivedOn < sentOn || receivedOn > today))
        return Result::failure(tr("The day it was received cannot be before it was sent, nor in the future."));
    if (method == NotificationMethod::InPerson && receivedOn.isValid() && receivedOn != sentOn)
        return Result::failure(tr("A decision handed over in person is received on the day it is handed over."));
    return {};
}

Result DecisionService::checkReceipt(const DecisionRecipient &recipient, const QDate &receivedOn, const QDate &today)
{
    if (!recipient.isSent())
        return Result::failure(tr("Record first how and when the decision was sent to %1.").arg(recipient.name));
    if (!receivedOn.isValid() || receivedOn < recipient.sentOn || receivedOn > today)
        return Result::failure(tr("Enter the day %1 received it: on or after the day it was sent (%2), and not in "
                                  "the future.")
                                   .arg(recipient.name, Labels::date(recipient.sentOn)));
    return {};
}

Result DecisionService::checkReviewRequest(const DecisionRecipient &recipient, const QDate &requestedOn,
                                           const QDate &today)
{
    if (!recipient.isSent())
        return Result::failure(tr("Record first how and when the decision was sent to %1.").arg(recipient.name));
    if (!requestedOn.isValid() || requestedOn < recipient.sentOn || requestedOn > today)
        return Result::failure(tr("Enter the day the request for review arrived: on or after the day the decision "
                                  "was sent (%1), and not in the future.")
                                   .arg(Labels::date(recipient.sentOn)));
    return {};
}

DecisionService::State DecisionService::state(const QList<DecisionRecipient> &recipients, const QDate &today)
{
    State state;
    state.recipients = int(recipients.size());
    bool allKnown = !recipients.isEmpty();
    bool requested = false;
    for (const DecisionRecipient &r : recipients) {
        if (!r.isSent())
            ++state.unsent;
        requested = requested || r.reviewRequestedOn.isValid();
        const QDate last = DecisionDates::lastDayForReview(r);
        if (!last.isValid())
            allKnown = false;
        else if (!state.lastDay.isValid() || last > state.lastDay)
            state.lastDay = last;
    }
    if (!allKnown)
        state.lastDay = QDate();
    if (requested)
        state.stage = Stage::ReviewRequested;
    else if (!allKnown)
        state.stage = Stage::NotServed;
    else if (today <= state.lastDay)
        state.stage = Stage::Running;
    else
        state.stage = Stage::Final;
    if (state.lastDay.isValid())
        state.finalFrom = state.lastDay.addDays(1);
    return state;
}

QString DecisionService::describe(const State &state)
{
    switch (state.stage) {
    case Stage::NotServed:
        if (state.recipients == 0)
            return tr("No recipients were recorded when this decision was issued.");
        return state.unsent > 0 ? tr("Not yet sent to every recipient (%n still to send).", nullptr, state.unsent)
                                : tr("Sent to everyone; a receipt is still awaited.");
    case Stage::Running:
        return tr("The time for a request for review runs until %1.").arg(Labels::date(state.lastDay));
    case Stage::ReviewRequested: return tr("A request for review has been made: the decision is not final.");
    case Stage::Final: return tr("Final (lainvoimainen) from %1.").arg(Labels::date(state.finalFrom));
    }
    return {};
}

} // namespace tukipolku

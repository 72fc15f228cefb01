#include "rules/decisiondates.h"

#include "rules/workingdays.h"

namespace tukipolku {

QDate DecisionDates::notificationReceived(NotificationMethod method, const QDate &sentOn)
{
    switch (method) {
    case NotificationMethod::InPerson: return sentOn;
    case NotificationMethod::Letter: return sentOn.addDays(letterDays);
    case NotificationMethod::Electronic: return sentOn.addDays(electronicDays);
    case NotificationMethod::Verifiable: return {};
    }
    return sentOn;
}

QDate DecisionDates::received(const DecisionRecipient &recipient)
{
    if (!recipient.isSent())
        return {};
    if (recipient.receivedOn.isValid())
        return recipient.receivedOn;
    return notificationReceived(recipient.method, recipient.sentOn);
}

QDate DecisionDates::lastDayForReview(const DecisionRecipient &recipient)
{
    return lastDayForReview(received(recipient));
}

QDate DecisionDates::lastDayForReview(const QDate &received)
{
    if (!received.isValid())
        return {};
    return WorkingDays::nextWorkingDayOnOrAfter(received.addDays(requestForReviewDays));
}

QDate DecisionDates::lastDayForReview(NotificationMethod method, const QDate &sentOn)
{
    if (!sentOn.isValid())
        return {};
    return lastDayForReview(notificationReceived(method, sentOn));
}

} // namespace tukipolku

#include "rules/decisiondates.h"

#include "rules/workingdays.h"

namespace tukipolku {

QDate DecisionDates::notificationReceived(NotificationMethod method, const QDate &sentOn)
{
    switch (method) {
    case NotificationMethod::InPerson: return sentOn;
    case NotificationMethod::Letter: return sentOn.addDays(letterDays);
    case NotificationMethod::Electronic: return sentOn.addDays(electronicDays);
    }
    return sentOn;
}

QDate DecisionDates::lastDayForReview(NotificationMethod method, const QDate &sentOn)
{
    if (!sentOn.isValid())
        return {};
    return WorkingDays::nextWorkingDayOnOrAfter(notificationReceived(method, sentOn).addDays(requestForReviewDays));
}

} // namespace tukipolku

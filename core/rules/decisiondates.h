#pragma once

#include "domain/decision.h"

#include <QDate>

namespace tukipolku {

// The days an issued decision's notification and request for review turn on.
class DecisionDates final {
public:
    static constexpr int letterDays = 7;       // HL 59 §: the 7th day after sending
    static constexpr int electronicDays = 3;   // HL 59 §: the 3rd day after sending
    static constexpr int requestForReviewDays = 30; // HL 49 c §

    // The day the notification counts as received; in person the day itself;
    // against a receipt only the day on the receipt (invalid without it).
    static QDate notificationReceived(NotificationMethod method, const QDate &sentOn);
    // The day a recipient received it: the day known, or else the presumption.
    static QDate received(const DecisionRecipient &recipient);
    // The recipient's own last day for a request for review; invalid until known.
    static QDate lastDayForReview(const DecisionRecipient &recipient);
    // The last day for a request for review: 30 days after receipt, moved to
    // the next working day when it falls on a weekend or holiday (150/1930 5 §).
    static QDate lastDayForReview(NotificationMethod method, const QDate &sentOn);
    static QDate lastDayForReview(const QDate &received);
};

} // namespace tukipolku

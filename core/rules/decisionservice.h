#pragma once

#include "common/result.h"
#include "domain/decision.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace tukipolku {

// Serving an issued decision on each party (HL 54–60 §): who it is served
// on, in which languages it is kept, how sending, receipt and a request for
// review are recorded, and when it becomes final (lainvoimainen).
class DecisionService final {
    Q_DECLARE_TR_FUNCTIONS(DecisionService)

public:
    // Each guardian on their own, and the child who may ask for review on
    // the day of issue (LSL 12, SHL 15): the child first, then the guardians.
    static QList<DecisionRecipient> recipientsFor(const Decision &decision, const Person &child,
                                                  const QList<Person> &guardians);
    // The languages an issued decision is kept in: the child's, then each recipient's.
    static QStringList languages(const QList<DecisionRecipient> &recipients, const QString &childLanguage);
    // The address block of a window envelope: the name, the street, the postal code and town.
    static QStringList addressLines(const Person &person);

    static Result checkSending(const Decision &decision, const DecisionRecipient &recipient, NotificationMethod method,
                               const QDate &sentOn, const QDate &receivedOn, const QDate &today);
    static Result checkReceipt(const DecisionRecipient &recipient, const QDate &receivedOn, const QDate &today);
    static Result checkReviewRequest(const DecisionRecipient &recipient, const QDate &requestedOn, const QDate &today);

    enum class Stage {
        NotServed,       // someone has not been sent it, or their receipt is not known
        Running,         // every time limit is running; the last ends on lastDay
        ReviewRequested, // a request for review was recorded
        Final            // every time limit ran out with no request: lainvoimainen from finalFrom
    };
    struct State {
        Stage stage = Stage::NotServed;
        QDate lastDay;   // the latest recipient's last day, when every one is known
        QDate finalFrom; // the day after it
        int unsent = 0;  // recipients not yet sent it
        int recipients = 0;
    };
    static State state(const QList<DecisionRecipient> &recipients, const QDate &today);
    // The state in words, e.g. "Final (lainvoimainen) from 9.1.2027."
    static QString describe(const State &state);
};

} // namespace tukipolku

#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "domain/decision.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace tukipolku {

// Whom an issued decision is served on, and how each was served: the rows
// are made when the decision is issued; sending, receipt and a request for
// review are recorded on them, each change kept in the case's history.
class DecisionRecipients final {
    Q_DECLARE_TR_FUNCTIONS(DecisionRecipients)

public:
    DecisionRecipients(const QSqlDatabase &database, QString currentWorkerId);

    Outcome<QList<DecisionRecipient>> ofDecision(const QString &decisionId) const;
    // The recipients of every decision of a case, by decision id, in one read.
    Outcome<QHash<QString, QList<DecisionRecipient>>> ofCase(const QString &caseId) const;
    // "Not found" for an unknown id.
    Outcome<DecisionRecipient> find(const QString &recipientId) const;
    // Writes the recipients of a decision being issued, in the caller's transaction.
    Result create(QList<DecisionRecipient> &recipients);
    // How and when it was sent, and the day it was received when known; the
    // address is the person's as it is now. A later sending replaces it.
    Result recordSending(const QString &recipientId, NotificationMethod method, const QDate &sentOn,
                         const QDate &receivedOn = {});
    Result recordReceipt(const QString &recipientId, const QDate &receivedOn);
    Result recordReviewRequest(const QString &recipientId, const QDate &requestedOn);

private:
    // The recipient with their decision, both read; a failure says why.
    Result load(const QString &recipientId, DecisionRecipient &recipient, Decision &decision) const;
    Result write(const DecisionRecipient &recipient, const QVariantMap &values, const QString &caseId);

    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "domain/clientcase.h"
#include "documents/printabledocument.h"
#include "domain/decision.h"
#include "rules/decisionrules.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tukipolku {

// Decisions: drafts, issuing with a yearly number, the frozen issued content,
// their effect on the measure, and their notifications.
class DecisionRepository final {
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)

public:
    DecisionRepository(const QSqlDatabase &database, QString currentWorkerId);

    // A draft pre-filled from a measure: service, dates, goals, basis, the
    // parties from the family, the responsible worker as the decision maker.
    Decision draftFromMeasure(const Measure &measure, DecisionSubject subject) const;
    // A draft that corrects an issued decision, starting from its content.
    Decision correctingDraft(const Decision &issued) const;

    // Saves a draft (new when id is empty); an issued decision is refused.
    Result save(Decision &decision);
    Outcome<Decision> find(const QString &id) const;
    Outcome<QList<Decision>> decisionsOfCase(const QString &caseId) const;
    // What is still missing before the decision can be issued, in words.
    QStringList missing(const Decision &decision) const;
    // The appeal instructions the decision gets from the settings and the child.
    QString appealInstructions(const Decision &decision) const;
    // Issues a complete draft: the next number of the year, the content
    // frozen, its document kept in each language it is served in, a recipient
    // row for each party it is served on, the linked measure started, ended or refused. An issue day
    // before the draft was made, or more than a few days back, needs a reason.
    Result issue(const QString &decisionId, const QDate &issuedOn, const QString &backdatingReason = {});
    // The service's kind and the decision that granted what a change changes.
    Outcome<DecisionContext> context(const Decision &decision) const;
    // The content as issued (JSON), exactly as stored; empty for a draft.
    QByteArray frozenContent(const QString &decisionId) const;

    // The document in `language` (empty: the child's, see DecisionDocuments).
    // "Not found" for an unknown id.
    Outcome<PrintableDocument> document(const QString &decisionId, const QString &language = {}) const;

private:
    Outcome<QString> nextNumber(int year) const;
    Result applyToMeasure(const Decision &decision);

    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

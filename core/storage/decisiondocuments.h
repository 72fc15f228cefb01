#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "documents/decisiondocument.h"
#include "documents/printabledocument.h"
#include "domain/decision.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace tukipolku {

// The documents of a decision: a draft rendered from today's data, an issued
// decision exactly as it was issued in each language it is served in, and
// each recipient's copy of it.
class DecisionDocuments final {
    Q_DECLARE_TR_FUNCTIONS(DecisionDocuments)

public:
    DecisionDocuments(const QSqlDatabase &database, QString currentWorkerId);

    // Everything the decision's document shows; any failed read fails it.
    Outcome<DecisionDocument::Input> input(const Decision &decision, const QString &language) const;
    // Renders the decision being issued in each language and keeps the
    // documents with it (in the caller's transaction).
    Result freeze(const Decision &decision, const QStringList &languages);
    // The languages an issued decision is kept in; empty for a draft, or for
    // one issued before documents were kept (it is rendered when printed).
    Outcome<QStringList> languages(const QString &decisionId) const;
    // The document in `language` (empty: the child's). An issued decision is
    // printed only in a language it was issued in, byte for byte.
    Outcome<PrintableDocument> document(const Decision &decision, const QString &language) const;
    // A recipient's copy: their address block and their own last day for a
    // request for review on the document as issued in their language.
    Outcome<PrintableDocument> recipientCopy(const Decision &decision, const DecisionRecipient &recipient) const;

private:
    Outcome<QString> stored(const QString &decisionId, const QString &language) const;
    Outcome<QString> childLanguage(const Decision &decision) const;

    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "domain/decision.h"

#include <QHash>
#include <QSqlDatabase>

namespace tukipolku {

// How each party of a decision was heard (HL 34 §): the rows of a draft are
// replaced when they change, the old ones archived; an issued decision's
// rows are frozen by the database.
class DecisionHearings final {
public:
    DecisionHearings(const QSqlDatabase &database, QString currentWorkerId);

    Outcome<QList<DecisionHearing>> ofDecision(const QString &decisionId) const;
    // The hearings of every decision of a case, by decision id, in one read.
    Outcome<QHash<QString, QList<DecisionHearing>>> ofCase(const QString &caseId) const;
    Result write(const QString &decisionId, const QList<DecisionHearing> &hearings);

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

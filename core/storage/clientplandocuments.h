#pragma once

#include "common/outcome.h"
#include "documents/clientplandocument.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tukipolku {

// The printable documents of client plan versions. A plan is not signed or
// frozen, so its document is always made from the version as saved.
class ClientPlanDocuments final {
public:
    ClientPlanDocuments(const QSqlDatabase &database, QString currentWorkerId);

    // The plan version `planId` in `language` (empty: the child's); nothing for an unknown id.
    Outcome<PrintableDocument> document(const QString &planId, const QString &language = {}) const;

private:
    // The measures of the case an issued decision grants, not over before the plan was made.
    Outcome<QList<ClientPlanDocument::DecidedMeasure>> decidedMeasures(const ClientCase &clientCase,
                                                                       const ClientPlan &plan,
                                                                       const QString &language) const;

    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

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
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

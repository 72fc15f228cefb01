#pragma once

#include "common/outcome.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tukipolku {

// What was done with a client's record: a case opened, a document printed or exported.
enum class AccessAction { View, Print, Preview, Pdf, Export };

// One line of the access log.
struct AccessEntry {
    QDateTime at; // UTC
    QString workerId; // empty for the command line
    QString caseId;
    AccessAction action = AccessAction::Print;
    QString tableName; // "decisions", "agreements"
    QString recordId;
    QString language;
    QString detail; // e.g. the file written
};

// The append-only log of who opened which client's case, and who printed or
// exported which client's document, and when (the database refuses changes
// and deletions; asiakastietolaki 703/2023).
class AccessLog final {
public:
    AccessLog(const QSqlDatabase &database, QString currentWorkerId);

    Result record(AccessAction action, const QString &tableName, const QString &recordId, const QString &caseId,
                  const QString &language, const QString &detail = {});
    // Records that the current worker opened the case.
    Result recordView(const QString &caseId);
    // The case's entries, the newest first; without the views when `withViews` is false.
    Outcome<QList<AccessEntry>> entriesOfCase(const QString &caseId, bool withViews = true) const;

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

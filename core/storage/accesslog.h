#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tukipolku {

// What was done with a client's document.
enum class AccessAction { Print, Preview, Pdf, Export };

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

// The append-only log of who printed or exported which client's document and
// when (the database refuses changes and deletions).
class AccessLog final {
public:
    AccessLog(const QSqlDatabase &database, QString currentWorkerId);

    Result record(AccessAction action, const QString &tableName, const QString &recordId, const QString &caseId,
                  const QString &language, const QString &detail = {});
    // The case's entries, the newest first.
    QList<AccessEntry> entriesOfCase(const QString &caseId) const;

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

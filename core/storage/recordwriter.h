#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <QString>
#include <QVariantMap>

namespace tukipolku {

// Writes records the way every table wants them: the metadata columns filled
// in, and one history row for every field an update changes. Table and column
// names come from the repositories' code, never from user input.
class RecordWriter final {
public:
    RecordWriter(const QSqlDatabase &database, QString workerId);

    Result insert(const QString &table, const QString &id, const QVariantMap &columns);
    // Updates the columns whose values differ; nothing happens when none does.
    Result update(const QString &table, const QString &id, const QVariantMap &columns,
                  const QString &caseId = {});
    // Updates columns derived from other records (stage, next deadline): no history.
    Result updateDerived(const QString &table, const QString &id, const QVariantMap &columns);

    static QString newId();

private:
    Result writeHistory(const QString &table, const QString &id, const QString &caseId,
                        const QString &field, const QVariant &oldValue, const QVariant &newValue);

    // The insert statements this writer has prepared, by their text: an
    // import writes thousands of rows of one table through one writer.
    QSqlQuery &prepared(const QString &sql);

    QSqlDatabase m_database;
    QString m_workerId;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// BEGIN IMMEDIATE … COMMIT around a repository's change; rolls back unless
// committed. Inside an outer transaction it joins that one instead.
class Transaction final {
public:
    explicit Transaction(const QSqlDatabase &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Result commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
    bool m_joined = false;
    QString m_beginError;          // why BEGIN failed, for the user's message
    bool m_refusingWrites = false; // query_only while the failed transaction's scope lasts
};

// The translated message for a failed statement (disk full, read-only, …).
QString writeFailureMessage(const QSqlDatabase &database, const QString &detail);
// The translated message for a read that failed half-way (a damaged page).
QString readFailureMessage(const QSqlDatabase &database, const QString &detail);

} // namespace tukipolku

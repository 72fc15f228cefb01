#pragma once

#include "common/outcome.h"
#include "domain/worker.h"
#include "common/result.h"

#include <QCoreApplication>

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tukipolku {

// The unit's workers.
class WorkerRepository final {
    Q_DECLARE_TR_FUNCTIONS(WorkerRepository)

public:
    WorkerRepository(const QSqlDatabase &database, QString currentWorkerId);

    // Inserts a new worker (empty id) or updates one; sets worker.id.
    Result save(Worker &worker);
    Outcome<Worker> find(const QString &id) const;
    // Active workers by last name.
    // A read that failed is a failure, never a shorter list.
    Outcome<QList<Worker>> all() const;

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

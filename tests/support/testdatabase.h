#pragma once

#include "domain/decision.h"
#include "domain/measure.h"

#include "domain/family.h"
#include "domain/worker.h"
#include "storage/database.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace tukipolku::test {

// A fresh database in a temporary folder with one worker, for storage tests.
class TestDatabase final {
public:
    TestDatabase();

    Database &database() { return m_database; }
    QSqlDatabase connection() const { return m_database.connection(); }
    const Worker &worker() const { return m_worker; }
    QString path() const { return m_database.path(); }

    // Saves a worker with the given name and returns it.
    Worker addWorker(const QString &firstNames, const QString &lastName);
    // A family "Virtanen" with a guardian and two children; returns it with members.
    Family addFamilyWithTwoChildren();

private:
    QTemporaryDir m_dir;
    Database m_database;
    Worker m_worker;
};

// A closed database file at `path` holding `families` fictional demo families
// (with none, only the schema); returns `path`.
QString makeDatabaseFile(const QString &path, int families = 0);

// A local date-time on `date` at 10:00.
QDateTime at10(const QDate &date);

// Records what a decision needs before it is issued beyond its facts and
// reasons: the child's opinion, each party heard on `heardOn`, and two days of
// care a month when it grants a support family without an amount.
void recordHearing(Decision &decision, const QDate &heardOn);

// The reason a test gives for issuing a decision on a day in the past.
QString backdated();

// The guardians of the family read Swedish: a decision issued for its child
// is then served, and kept, in Swedish as well as in the child's language.
void guardiansReadSwedish(const QSqlDatabase &database, const QString &workerId, const QString &familyId);

// Issues the decision that grants `measure` (a measure runs on one), issued
// on its start day or today, whichever is earlier; the board of the settings
// is filled in when it is missing. `measure` is read again as it now is.
void decideMeasure(const QSqlDatabase &database, const QString &workerId, Measure &measure);

} // namespace tukipolku::test

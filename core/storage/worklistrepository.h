#pragma once

#include "worklist/workitem.h"

#include <QHash>
#include "storage/readcheck.h"

#include <QList>
#include <QStringList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace tukipolku {

// A worker's child welfare caseload against the limit of LSL 13 b §.
struct WorkerCaseload {
    QString workerId;
    QString name;
    int childWelfareChildren = 0;
};

// What needs doing, read from the records with one indexed query per kind of
// work: the statutory deadlines, endings within 30 days, unsigned agreements,
// untold notifications, criminal record extracts and support persons' meetings.
class WorklistRepository final {
public:
    static constexpr int horizonDays = 30; // what falls due within this many days is shown

    WorklistRepository(const QSqlDatabase &database, QString currentWorkerId);

    // The work of the cases of `workerId`, or of the whole unit when it is
    // empty (with the providers' criminal record extracts), due by today +
    // horizonDays or overdue, sorted by due day.
    // `stop`, when given and set by another thread, ends the reading early (with
    // what was read so far) so that a window being closed need not wait.
    // Empty when a read failed: readError() then says so in words.
    QList<WorkItem> items(const QString &workerId, const QDate &today, const std::atomic_bool *stop = nullptr) const;
    QString readError() const;
    // The case items carry the child's person id; their names are read for
    // the rows shown: the names of `personIds` by id.
    QHash<QString, QString> childNames(const QStringList &personIds) const;
    // Fills in the children's names of `count` items from `from` on.
    void fillNames(QList<WorkItem> &items, qsizetype from, qsizetype count) const;
    // Every worker's child welfare caseload, the largest first.
    QList<WorkerCaseload> caseloads() const;

private:
    void addStatutoryDeadlines(QList<WorkItem> &items, const QString &workerId, const QDate &today) const;
    void addUntoldNotifications(QList<WorkItem> &items, const QString &workerId) const;
    // Initiations without their urgency assessment, and police reports not answered.
    void addOpenInitiationQuestions(QList<WorkItem> &items, const QString &workerId) const;
    void addAgreements(QList<WorkItem> &items, const QString &workerId, const QDate &today) const;
    void addEndingDecisions(QList<WorkItem> &items, const QString &workerId, const QDate &today) const;
    void addUnsentDecisions(QList<WorkItem> &items, const QString &workerId) const;
    void addMeetingsBehind(QList<WorkItem> &items, const QString &workerId, const QDate &today) const;
    void addCriminalRecords(QList<WorkItem> &items, const QDate &today) const;

    QSqlDatabase m_database;
    QString m_currentWorkerId;
    mutable ReadCheck m_reads; // the failures of the last items()
};

} // namespace tukipolku

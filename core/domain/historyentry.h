#pragma once

#include <QDateTime>
#include <QString>

namespace tukipolku {

// One changed field of a record: who, when, from what, to what.
struct HistoryEntry {
    QDateTime changedAt;
    QString workerName; // empty when no worker was chosen
    QString table;      // e.g. "initiations"
    QString field;      // the column, e.g. "decided_on"
    QString oldValue;
    QString newValue;
};

} // namespace tukipolku

#pragma once

#include <QDate>
#include <QString>

namespace tukipolku {

enum class NeedDuration { Unknown, Temporary, Recurring, LongTerm };

// Palvelutarpeen arviointi: completed within 3 months of the initiation.
struct Assessment {
    QString id;
    QDate startedOn;
    QDate completedOn;
    QString participants;
    NeedDuration needDuration = NeedDuration::Unknown;
    bool ownWorkerNeeded = false;
    QString ownWorkerId;
    bool childWelfareNeed = false;
    QString summary;

    bool isCompleted() const { return completedOn.isValid(); }
};

} // namespace tukipolku

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
    bool childMet = false;   // the child was met in person (SHL 36 §)
    QString childMetHow;     // how and when, or why not
    NeedDuration needDuration = NeedDuration::Unknown;
    bool ownWorkerNeeded = false;
    QString ownWorkerId;
    bool childWelfareNeed = false;
    QString summary;

    bool isCompleted() const { return completedOn.isValid(); }
};

} // namespace tukipolku

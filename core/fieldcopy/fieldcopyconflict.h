#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tukipolku {

// One field whose value differs between this installation and the field copy.
struct FieldDifference {
    QString column;
    QString here;
    QString there;
};

// A record changed on both sides since they last agreed: shown side by side,
// never decided by the program.
struct FieldCopyConflict {
    QString table;
    QString recordId;
    QString description; // e.g. "2026-0042 Iida Laine"
    QString changedHereAt; // UTC ISO 8601
    QString changedHereBy; // a worker's name, empty when not known
    QString changedThereAt;
    QString changedThereBy;
    QList<FieldDifference> differences;
};

enum class ConflictChoice { Undecided, KeepHere, TakeCopy };

// What an import found and would do (after read) or did (after apply).
struct FieldCopySummary {
    QString exportedAt; // UTC ISO 8601
    QString exportedBy;
    QStringList familyNames;
    int added = 0;     // new here
    int taken = 0;     // changed in the copy only
    int keptHere = 0;  // changed here only, or signed here
    int unchanged = 0;
    // Records that cannot be added, a sentence each (a case number or an
    // identity code already used by another record here, and what hangs on it).
    QStringList refused;
};

} // namespace tukipolku

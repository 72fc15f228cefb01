#pragma once

#include "worklist/workitem.h"

#include <QList>

namespace tukipolku::test {

// The worklist's items of one kind, in the list's order.
inline QList<WorkItem> ofKind(const QList<WorkItem> &items, WorkKind kind)
{
    QList<WorkItem> found;
    for (const WorkItem &item : items) {
        if (item.kind == kind)
            found << item;
    }
    return found;
}

} // namespace tukipolku::test

#include "worklist/worklistmodel.h"

#include "common/deadlinecolours.h"
#include "domain/labels.h"
#include "rules/deadlines.h"

namespace tukipolku::ui {

WorklistModel::WorklistModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorklistModel::setItems(const QList<WorkItem> &items, const QDate &today,
                             const QHash<QString, QString> &workerNames)
{
    beginResetModel();
    m_items = items;
    m_childNames.clear();
    m_today = today;
    m_workerNames = workerNames;
    endResetModel();
}

QString WorklistModel::childName(int row) const
{
    const QString &personId = m_items.at(row).personId;
    if (personId.isEmpty())
        return {};
    if (const auto known = m_childNames.constFind(personId); known != m_childNames.constEnd())
        return known.value();
    if (!m_nameSource)
        return {};
    // The names of this row and the page after it, in one reading.
    constexpr int page = 100;
    QStringList wanted;
    for (int i = row; i < std::min<qsizetype>(m_items.size(), row + page); ++i) {
        const QString &id = m_items.at(i).personId;
        if (!id.isEmpty() && !m_childNames.contains(id))
            wanted << id;
    }
    wanted.removeDuplicates();
    const QHash<QString, QString> names = m_nameSource(wanted);
    for (const QString &id : std::as_const(wanted))
        m_childNames.insert(id, names.value(id)); // a name not found is not asked again
    return m_childNames.value(personId);
}

int WorklistModel::overdueCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [this](const WorkItem &item) { return item.isOverdue(m_today); }));
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const WorkItem &item = m_items.at(index.row());
    const DeadlineState state = Deadlines::stateOf(item.due, QDate(), m_today);
    if (role == Qt::BackgroundRole && index.column() == Due)
        return deadlineColour(state);
    if (role == Qt::ToolTipRole && index.column() == Due)
        return Labels::deadlineState(state);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Due:
        return item.isOverdue(m_today) ? tr("%1 – overdue").arg(Labels::date(item.due)) : Labels::date(item.due);
    case Work: return Labels::workKind(item.kind);
    case Name: return item.name.isEmpty() ? childName(index.row()) : item.name;
    case Case: return item.caseNumber;
    case Detail: return item.detail;
    case Worker: return m_workerNames.value(item.workerId);
    case ColumnCount: break;
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Due: return tr("Due");
    case Work: return tr("What to do");
    case Name: return tr("Child or provider");
    case Case: return tr("Case");
    case Detail: return tr("Detail");
    case Worker: return tr("Worker");
    case ColumnCount: break;
    }
    return {};
}

} // namespace tukipolku::ui

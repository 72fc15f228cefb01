#include "common/deadlinecolours.h"

namespace tukipolku::ui {

QColor deadlineColour(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Overdue: return QColor(0xf8, 0xd0, 0xd4);
    case DeadlineState::DueSoon: return QColor(0xfd, 0xec, 0xc0);
    case DeadlineState::OnTime: return QColor(0xdd, 0xef, 0xdd);
    case DeadlineState::MetOnTime: return QColor(0xe6, 0xe6, 0xe6);
    case DeadlineState::MetLate: return QColor(0xee, 0xe0, 0xe2);
    }
    return {};
}

DeadlineColourProxy::DeadlineColourProxy(int stateRole, int colourColumn, QObject *parent)
    : QIdentityProxyModel(parent), m_stateRole(stateRole), m_colourColumn(colourColumn)
{
}

QVariant DeadlineColourProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && index.column() == m_colourColumn) {
        const QVariant state = index.data(m_stateRole);
        if (state.isValid())
            return deadlineColour(static_cast<DeadlineState>(state.toInt()));
    }
    if (role == Qt::ForegroundRole && index.column() == m_colourColumn && index.data(m_stateRole).isValid())
        return QColor(Qt::black); // readable on the light backgrounds in any theme
    return QIdentityProxyModel::data(index, role);
}

} // namespace tukipolku::ui

#pragma once

#include "rules/deadlines.h"

#include <QColor>
#include <QIdentityProxyModel>

namespace tukipolku::ui {

// Background colours of deadline states; the state is always also in words.
QColor deadlineColour(DeadlineState state);

// Colours the rows of a model with a deadline state role.
class DeadlineColourProxy final : public QIdentityProxyModel {
    Q_OBJECT

public:
    DeadlineColourProxy(int stateRole, int colourColumn, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_stateRole;
    int m_colourColumn;
};

} // namespace tukipolku::ui

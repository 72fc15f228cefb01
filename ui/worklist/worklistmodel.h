#pragma once

#include "worklist/workitem.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace tukipolku::ui {

// The rows of the worklist: due day, what to do, whose, the case and the
// responsible worker. Overdue rows say so in words and in colour.
class WorklistModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Due, Work, Name, Case, Detail, Worker, ColumnCount };

    explicit WorklistModel(QObject *parent = nullptr);

    void setItems(const QList<WorkItem> &items, const QDate &today, const QHash<QString, QString> &workerNames);
    const WorkItem &item(int row) const { return m_items.at(row); }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkItem> m_items;
    QDate m_today;
    QHash<QString, QString> m_workerNames;
};

} // namespace tukipolku::ui

#pragma once

#include "worklist/workitem.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <functional>

namespace tukipolku::ui {

// The rows of the worklist: due day, what to do, whose, the case and the
// responsible worker. Overdue rows say so in words and in colour.
class WorklistModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Due, Work, Name, Case, Detail, Worker, ColumnCount };

    explicit WorklistModel(QObject *parent = nullptr);

    void setItems(const QList<WorkItem> &items, const QDate &today, const QHash<QString, QString> &workerNames);
    // Where the children's names come from: asked for the rows about to be
    // shown, a page at a time, and kept.
    using NameSource = std::function<QHash<QString, QString>(const QStringList &personIds)>;
    void setNameSource(NameSource source) { m_nameSource = std::move(source); }
    const WorkItem &item(int row) const { return m_items.at(row); }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString childName(int row) const;

    QList<WorkItem> m_items;
    NameSource m_nameSource;
    mutable QHash<QString, QString> m_childNames; // filled as rows are shown
    QDate m_today;
    QHash<QString, QString> m_workerNames;
};

} // namespace tukipolku::ui

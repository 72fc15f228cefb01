#pragma once

#include "reports/compensationreport.h"

#include <QAbstractTableModel>

namespace tukipolku::ui {

// A month's compensation as a table: one row per provider paid and the totals
// last. The texts are made only for the rows on screen: a large unit pays
// thousands of providers a month.
class CompensationTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Kind, Days, Meetings, Fee, Expenses, Kilometres, Mileage, Total, Check, ColumnCount };

    explicit CompensationTableModel(QObject *parent = nullptr);

    void setReport(const CompensationMonth &report);
    // No rows (while the next month is being read).
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // After a change of language: the headers, the kinds and "Total" again.
    void retranslate();

private:
    QString text(int row, int column) const;

    CompensationMonth m_report;
    bool m_shown = false; // false: no rows at all, not even the totals
};

} // namespace tukipolku::ui

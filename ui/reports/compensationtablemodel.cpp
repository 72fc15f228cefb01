#include "reports/compensationtablemodel.h"

#include "domain/labels.h"
#include "exchange/csvwriter.h"

#include <QFont>

namespace tukipolku::ui {

CompensationTableModel::CompensationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompensationTableModel::setReport(const CompensationMonth &report)
{
    beginResetModel();
    m_report = report;
    m_shown = true;
    endResetModel();
}

void CompensationTableModel::clear()
{
    beginResetModel();
    m_report = CompensationMonth();
    m_shown = false;
    endResetModel();
}

int CompensationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_shown ? 0 : int(m_report.providers.size()) + 1;
}

int CompensationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompensationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool totals = index.row() == int(m_report.providers.size());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Days && index.column() <= Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (totals) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QString CompensationTableModel::text(int row, int column) const
{
    const bool totals = row == int(m_report.providers.size());
    const MonthlyCompensation &pay = totals ? m_report.total : m_report.providers.at(row).pay;
    switch (column) {
    case Name:
        return totals ? tr("Total") : m_report.providers.at(row).name;
    case Kind:
        return totals ? QString() : Labels::providerKind(m_report.providers.at(row).kind);
    case Days:
        return QString::number(pay.daysOfCare);
    case Meetings:
        return QString::number(pay.meetings);
    case Fee:
        return CsvWriter::euros(pay.feeCents);
    case Expenses:
        return CsvWriter::euros(pay.expensesCents);
    case Kilometres:
        return QString::number(pay.kilometres);
    case Mileage:
        return CsvWriter::euros(pay.mileageCents);
    case Total:
        return CsvWriter::euros(pay.totalCents());
    case Check:
        return pay.problems.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant CompensationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Provider");
    case Kind:
        return tr("Kind");
    case Days:
        return tr("Days of care");
    case Meetings:
        return tr("Meetings");
    case Fee:
        return tr("Fee (€)");
    case Expenses:
        return tr("Expense allowance (€)");
    case Kilometres:
        return tr("Kilometres");
    case Mileage:
        return tr("Mileage (€)");
    case Total:
        return tr("Total (€)");
    case Check:
        return tr("To check");
    default:
        return {};
    }
}

void CompensationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace tukipolku::ui

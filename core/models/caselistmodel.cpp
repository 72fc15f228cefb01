#include "models/caselistmodel.h"

#include "domain/labels.h"
#include "storage/codes.h"

#include <QLocale>
#include <QSqlQuery>
#include <QStringList>

namespace tukipolku {

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

void CaseListModel::setDatabase(const QSqlDatabase &database)
{
    m_database = database;
    reload();
}

void CaseListModel::setFilter(const CaseListFilter &filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    if (m_database.isOpen()) {
        m_rows = readPage(0);
        m_hasMore = m_rows.size() == pageSize;
    }
    endResetModel();
}

QList<CaseListModel::Row> CaseListModel::readPage(int offset) const
{
    QStringList conditions{QStringLiteral("c.archived_at IS NULL")};
    QVariantList values;
    if (!m_filter.includeClosed)
        conditions << QStringLiteral("c.stage <> 'closed'");
    if (m_filter.stage) {
        conditions << QStringLiteral("c.stage = ?");
        values << codes::toCode(codes::stages, *m_filter.stage);
    }
    if (!m_filter.workerId.isEmpty()) {
        conditions << QStringLiteral("c.responsible_worker_id = ?");
        values << m_filter.workerId;
    }
    if (m_filter.overdueOnly) {
        conditions << QStringLiteral("c.next_deadline_due < ?");
        values << m_today.toString(Qt::ISODate);
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        // From the start of any name part, the identity code or the case number.
        QString escaped = text;
        escaped.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
        const QString prefix = escaped + QLatin1Char('%');
        const QString laterPart = QStringLiteral("% %1%").arg(escaped);
        conditions << QStringLiteral("(p.first_names LIKE ? OR p.first_names LIKE ? OR p.last_name LIKE ? "
                                     "OR p.last_name LIKE ? OR p.identity_code LIKE ? OR c.case_number LIKE ?)");
        values << prefix << laterPart << prefix << laterPart << prefix << prefix;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT c.id, c.family_id, c.case_number, p.last_name || ', ' || p.first_names, "
                                 "c.stage, coalesce(w.first_names || ' ' || w.last_name, ''), c.next_deadline_due, "
                                 "c.next_deadline_kind FROM cases c JOIN persons p ON p.id = c.child_id "
                                 "LEFT JOIN workers w ON w.id = c.responsible_worker_id WHERE %1 "
                                 "ORDER BY c.next_deadline_due IS NULL, c.next_deadline_due, c.case_number "
                                 "LIMIT %2 OFFSET %3")
                      .arg(conditions.join(QLatin1String(" AND ")))
                      .arg(pageSize)
                      .arg(offset));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Row> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), codes::fromCode(codes::stages, query.value(4).toString()),
                     query.value(5).toString(), codes::toDate(query.value(6)),
                     codes::fromCode(codes::deadlineKinds, query.value(7).toString())});
    }
    return rows;
}

DeadlineState CaseListModel::stateOf(const Row &row) const
{
    return Deadlines::stateOf(row.due, QDate(), m_today);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case CaseIdRole:
        return row.id;
    case FamilyIdRole:
        return row.familyId;
    case DeadlineStateRole:
        return row.due.isValid() ? QVariant(int(stateOf(row))) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn: return row.number;
    case ChildColumn: return row.child;
    case StageColumn: return Labels::stage(row.stage);
    case WorkerColumn: return row.worker.isEmpty() ? tr("(not named)") : row.worker;
    case DeadlineColumn:
        if (!row.due.isValid())
            return tr("none open");
        return tr("%1 – %2, %3")
            .arg(Labels::date(row.due), Labels::deadlineState(stateOf(row)),
                 Labels::deadlineKind(row.kind));
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Case");
    case ChildColumn: return tr("Child");
    case StageColumn: return tr("Stage");
    case WorkerColumn: return tr("Responsible worker");
    case DeadlineColumn: return tr("Next deadline");
    }
    return {};
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore)
        return;
    const QList<Row> page = readPage(int(m_rows.size()));
    m_hasMore = page.size() == pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace tukipolku

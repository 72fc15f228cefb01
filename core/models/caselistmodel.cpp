#include "models/caselistmodel.h"
#include "storage/recordwriter.h"
#include "common/clock.h"

#include "domain/labels.h"
#include "models/searchtext.h"
#include "storage/codes.h"

#include <QLocale>
#include <QSqlQuery>
#include <QStringList>

namespace tukipolku {

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent), m_today(Clock::today()) {}

void CaseListModel::setDatabase(const QSqlDatabase &database)
{
    m_database = database;
    reload();
}

void CaseListModel::setDatabaseAndFilter(const QSqlDatabase &database, const CaseListFilter &filter)
{
    m_database = database;
    m_filter = filter;
    reload();
}

void CaseListModel::setFilter(const CaseListFilter &filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    m_today = Clock::today();
    beginResetModel();
    m_rows.clear();
    m_exactRows = 0;
    m_pagedRows = 0;
    m_hasMore = false;
    m_search = SearchText::parse(m_filter.text);
    m_reads = ReadCheck();
    m_readError.clear();
    if (m_database.isOpen()) {
        // Sorting a few thousand matches beats scanning the list; more are dense.
        constexpr int denseMatches = 2000;
        constexpr int denseExactMatches = 20000;
        const QString fts = QStringLiteral("SELECT 1 FROM case_search WHERE case_search MATCH ?");
        if (m_search.isNameSearch()) {
            const int exact = countMatches(fts, {m_search.exactChildQuery});
            m_denseExact = exact >= denseExactMatches;
            m_densePrefix = countMatches(fts, {m_search.ftsQuery}) - exact >= denseMatches;
        } else if (!m_search.isEmpty()) {
            m_densePrefix = countMatches(QStringLiteral("SELECT 1 FROM cases WHERE case_number >= ? AND case_number < ? "
                                                   "UNION ALL SELECT 1 FROM persons WHERE identity_code >= ? "
                                                   "AND identity_code < ?"),
                                    {m_search.caseNumberPrefix, SearchText::upperBound(m_search.caseNumberPrefix),
                                     m_search.codePrefix, SearchText::upperBound(m_search.codePrefix)})
                >= denseMatches;
        }
        m_exactDone = !m_search.isNameSearch();
        m_hasMore = true;
        m_rows = readNextPage();
        if (m_exactDone && m_hasMore && m_rows.size() < pageSize)
            m_rows.append(readNextPage()); // few exact matches: fill the first page with the others
        if (!m_reads.ok()) {
            // Never a shorter list that looks whole: no rows, and why.
            m_rows.clear();
            m_hasMore = false;
            m_readError = readFailureMessage(m_database, m_reads.error());
        }
    }
    endResetModel();
    if (!m_readError.isEmpty())
        emit readFailed(m_readError);
}

QList<CaseListModel::Row> CaseListModel::readNextPage()
{
    if (!m_exactDone) {
        const QList<Row> exact = readExactMatches(m_exactRows);
        m_exactRows += int(exact.size());
        m_exactDone = exact.size() < pageSize;
        return exact;
    }
    const QList<Row> page = readPage(m_pagedRows);
    m_pagedRows += int(page.size());
    m_hasMore = page.size() == pageSize;
    return page;
}

int CaseListModel::countMatches(const QString &matchingRows, const QVariantList &values) const
{
    constexpr int countBound = 50000;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)").arg(matchingRows).arg(countBound));
    for (const QVariant &value : values)
        query.addBindValue(value);
    const int count = query.exec() && query.next() ? query.value(0).toInt() : 0;
    m_reads.check(query);
    return count;
}

QList<CaseListModel::Row> CaseListModel::readExactMatches(int offset) const
{
    // A unary + keeps SQLite from driving the query from the search_id index.
    const QString column = m_denseExact ? QStringLiteral("+c.search_id") : QStringLiteral("c.search_id");
    return select(column + QStringLiteral(" IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"),
                  {m_search.exactChildQuery}, pageSize, offset);
}

QList<CaseListModel::Row> CaseListModel::readPage(int offset) const
{
    if (m_search.isNameSearch()) {
        const QString column = m_densePrefix ? QStringLiteral("+c.search_id") : QStringLiteral("c.search_id");
        return select(column + QStringLiteral(" IN (SELECT rowid FROM case_search WHERE case_search MATCH ?) AND ")
                          + column + QStringLiteral(" NOT IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"),
                      {m_search.ftsQuery, m_search.exactChildQuery}, pageSize, offset);
    }
    if (!m_search.isEmpty() && m_densePrefix) {
        // Many matches: test each row in deadline order, without the range indexes.
        QStringList tests;
        QVariantList values;
        if (!m_search.codePrefix.isEmpty()) {
            tests << QStringLiteral("(+p.identity_code >= ? AND +p.identity_code < ?)");
            values << m_search.codePrefix << SearchText::upperBound(m_search.codePrefix);
        }
        if (!m_search.caseNumberPrefix.isEmpty()) {
            tests << QStringLiteral("(+c.case_number >= ? AND +c.case_number < ?)");
            values << m_search.caseNumberPrefix << SearchText::upperBound(m_search.caseNumberPrefix);
        }
        return select(QLatin1Char('(') + tests.join(QLatin1String(" OR ")) + QLatin1Char(')'), values, pageSize,
                      offset);
    }
    if (!m_search.isEmpty()) {
        // The start of an identity code or of a case number, through their unique indexes.
        QStringList matches;
        QVariantList values;
        if (!m_search.codePrefix.isEmpty()) {
            matches << QStringLiteral("SELECT c2.id FROM persons q JOIN cases c2 ON c2.child_id = q.id "
                                      "WHERE q.identity_code >= ? AND q.identity_code < ?");
            values << m_search.codePrefix << SearchText::upperBound(m_search.codePrefix);
        }
        if (!m_search.caseNumberPrefix.isEmpty()) {
            matches << QStringLiteral("SELECT id FROM cases WHERE case_number >= ? AND case_number < ?");
            values << m_search.caseNumberPrefix << SearchText::upperBound(m_search.caseNumberPrefix);
        }
        return select(QStringLiteral("c.id IN (%1)").arg(matches.join(QLatin1String(" UNION "))), values, pageSize,
                      offset);
    }
    return select(QString(), {}, pageSize, offset);
}

QList<CaseListModel::Row> CaseListModel::select(const QString &condition, const QVariantList &conditionValues,
                                                int limit, int offset) const
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
    if (!condition.isEmpty()) {
        conditions << condition;
        values << conditionValues;
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.family_id, c.case_number, p.last_name || ', ' || p.first_names, "
                                 "c.stage, coalesce(w.first_names || ' ' || w.last_name, ''), c.next_deadline_due, "
                                 "c.next_deadline_kind FROM cases c JOIN persons p ON p.id = c.child_id "
                                 "LEFT JOIN workers w ON w.id = c.responsible_worker_id WHERE %1 "
                                 "ORDER BY coalesce(c.next_deadline_due, '9999-12-31'), c.case_number "
                                 "LIMIT %2 OFFSET %3")
                      .arg(conditions.join(QLatin1String(" AND ")))
                      .arg(limit)
                      .arg(offset));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Row> rows;
    if (!query.exec()) {
        m_reads.check(query);
        return rows;
    }
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), codes::fromCode(codes::stages, query.value(4).toString()),
                     query.value(5).toString(), codes::toDate(query.value(6)),
                     codes::fromCode(codes::deadlineKinds, query.value(7).toString())});
    }
    m_reads.check(query);
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
    const QList<Row> page = readNextPage();
    if (!m_reads.ok()) {
        // A page that failed takes the rest with it: the list would look whole.
        beginResetModel();
        m_rows.clear();
        m_hasMore = false;
        m_readError = readFailureMessage(m_database, m_reads.error());
        endResetModel();
        emit readFailed(m_readError);
        return;
    }
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace tukipolku

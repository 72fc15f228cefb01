#pragma once

#include "storage/readcheck.h"

#include "domain/clientcase.h"
#include "models/searchtext.h"
#include "rules/deadlines.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tukipolku {

// What the case list shows.
struct CaseListFilter {
    QString text;     // name part, identity code or case number, from the start
    QString workerId; // only this responsible worker's cases when set
    std::optional<CaseStage> stage;
    bool overdueOnly = false;
    bool includeClosed = false;
};

// The case list, read a page at a time as the view scrolls: never the whole
// table. Sorted by the next deadline, the most urgent first; when searching by
// name, the cases whose child has exactly the typed names come first.
class CaseListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NumberColumn, ChildColumn, StageColumn, WorkerColumn, DeadlineColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, FamilyIdRole, DeadlineStateRole };
    static constexpr int pageSize = 60; // a full screen of rows and some

    explicit CaseListModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &database);
    void setFilter(const CaseListFilter &filter);
    // Both at once, with one read of the first page.
    void setDatabaseAndFilter(const QSqlDatabase &database, const CaseListFilter &filter);
    const CaseListFilter &filter() const { return m_filter; }
    // In words when the last reading failed (then the list is empty).
    QString readError() const { return m_readError; }
    // Reads the first page again (after a change elsewhere, or on a new day:
    // deadlines are judged against the Clock's today as of the reading).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // How many rows have been read from the database so far.
    int fetchedRows() const { return int(m_rows.size()); }

signals:
    // A page could not be read (a damaged file): the list is emptied, `message` says why.
    void readFailed(const QString &message);

private:
    struct Row {
        QString id;
        QString familyId;
        QString number;
        QString child;
        CaseStage stage = CaseStage::Initiation;
        QString worker;
        QDate due;
        DeadlineKind kind = DeadlineKind::InitiationDecision;
    };
    // Rows matching the filter and `condition`, in deadline order.
    QList<Row> select(const QString &condition, const QVariantList &conditionValues, int limit, int offset) const;
    QList<Row> readExactMatches(int offset) const;
    // The next page: the exact matches first, then the others.
    QList<Row> readNextPage();
    // How many rows `matchingRows` gives, counted up to a bound. Many matches
    // are read in deadline order, each row tested, which stops after a page;
    // fewer are faster found from the matches and sorted.
    int countMatches(const QString &matchingRows, const QVariantList &values) const;
    QList<Row> readPage(int offset) const;
    DeadlineState stateOf(const Row &row) const;

    QSqlDatabase m_database;
    CaseListFilter m_filter;
    QDate m_today;
    mutable ReadCheck m_reads; // the failures of the current reading
    QString m_readError;
    SearchText m_search;
    QList<Row> m_rows;
    int m_exactRows = 0;  // rows read by the exact-match query
    bool m_exactDone = true;
    int m_pagedRows = 0; // rows read by the paged query (after the exact matches)
    bool m_denseExact = false;
    bool m_densePrefix = false;
    bool m_hasMore = false;
};

} // namespace tukipolku

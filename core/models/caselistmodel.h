#pragma once

#include "domain/clientcase.h"
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
// table. Sorted by the next deadline, the most urgent first.
class CaseListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NumberColumn, ChildColumn, StageColumn, WorkerColumn, DeadlineColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, FamilyIdRole, DeadlineStateRole };
    static constexpr int pageSize = 100;

    explicit CaseListModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &database);
    void setFilter(const CaseListFilter &filter);
    const CaseListFilter &filter() const { return m_filter; }
    // The day deadlines are judged against; today unless a test sets it.
    void setToday(const QDate &today);
    // Reads the first page again (after a change elsewhere).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // How many rows have been read from the database so far.
    int fetchedRows() const { return int(m_rows.size()); }

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
    QList<Row> readPage(int offset) const;
    DeadlineState stateOf(const Row &row) const;

    QSqlDatabase m_database;
    CaseListFilter m_filter;
    QDate m_today;
    QList<Row> m_rows;
    bool m_hasMore = false;
};

} // namespace tukipolku

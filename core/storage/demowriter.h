#pragma once

#include "common/result.h"
#include "domain/organisation.h"
#include "storage/demorows.h"
#include "storage/rowwriter.h"

#include <QHash>
#include <QSqlDatabase>
#include <memory>
#include <vector>

namespace tukipolku {

// Writes the rows of generated demo families fast: each statement prepared
// once and reused for every row, committed in batches. Only for filling a new
// database.
class DemoWriter final {
public:
    explicit DemoWriter(const QSqlDatabase &database);

    bool holdsFamilies() const;
    QHash<QString, QString> catalogueIds() const;
    // Starts writing, with the fictional organisation's settings.
    Result begin(const Organisation &organisation);
    Result write(const QList<DemoRow> &rows);
    // After each family's rows: commits a batch when it is full.
    Result familyWritten();
    Result commit();

private:
    Result commitBatch();

    QSqlDatabase m_database;
    std::vector<std::unique_ptr<RowWriter>> m_statements; // by DemoRow::statement
    int m_familiesInBatch = 0;
};

} // namespace tukipolku

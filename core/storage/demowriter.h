#pragma once

#include "common/result.h"
#include "demo/demogenerator.h"
#include "domain/organisation.h"
#include "storage/rowwriter.h"

#include <QHash>
#include <QSqlDatabase>

#include <map>
#include <memory>

namespace tukipolku {

// Writes generated demo families fast: prepared statements reused for every
// row, committed in batches. Only for filling a new database.
class DemoWriter final {
public:
    explicit DemoWriter(const QSqlDatabase &database);

    bool holdsFamilies() const;
    QHash<QString, QString> catalogueIds() const;
    Result begin(const QList<Worker> &workers, const QList<Provider> &providers, const QList<CompensationRate> &rates,
                 const Organisation &organisation);
    Result write(const DemoFamily &demo, const QDate &today);
    // Commits what was written so far and starts the next batch.
    Result commitBatch();
    Result commit();

private:
    // The INSERT of `columns` into `table`, prepared on first use and kept.
    RowWriter &statement(const QString &table, const QStringList &columns);
    // Any other statement, prepared on first use and kept.
    RowWriter &prepared(const QString &sql);
    RowWriter &prepare(const QString &key, const QString &sql);
    // Inserts a row stamped now and by nobody.
    Result insert(const QString &table, const QStringList &columns, const QVariantList &values);
    // Inserts a row that carries its own created_at, updated_at and changed_by.
    Result insertAsGiven(const QString &table, const QStringList &columns, const QVariantList &values);
    // Binds from the first position on; returns the position after the last.
    static int bindAll(RowWriter &row, const QVariantList &values);
    Result execute(RowWriter &row, const QString &table);
    Result writeCase(const ClientCase &clientCase, const QDate &today);
    Result writeMeasure(const DemoMeasure &demo);
    Result writeAgreement(const Agreement &agreement);
    Result writeDecision(Decision decision);

    QSqlDatabase m_database;
    std::map<QString, std::unique_ptr<RowWriter>> m_statements;
    QString m_now;
    int m_familiesInBatch = 0;
    int m_caseSequence = 0;
    qint64 m_searchId = 0; // a new database: the search index keys start at 1
    QHash<int, int> m_decisionNumbers; // the last number given in each year
    QString m_appealInstructions;      // as the demo organisation gives them
};

} // namespace tukipolku

#pragma once

#include "demo/demogenerator.h"
#include "domain/organisation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace tukipolku {

// One row of demo data, ready to be written: its statement and the values.
struct DemoRow {
    int statement = 0; // the same number for the same SQL, for the writer's prepared statements
    QString sql; // an INSERT, or the UPDATE that signs an agreement
    QString table; // for a message if writing fails
    QVariantList values;
};

// Turns generated demo records into the rows of the tables they go to, in the
// order the schema's keys and triggers need. Touches no database: the rows of
// the next family are made on a thread of their own while the writer writes
// the previous one's.
class DemoRows final {
public:
    explicit DemoRows(const Organisation &organisation);

    // The workers, the providers and the compensation rates.
    QList<DemoRow> start(
        const QList<Worker> &workers, const QList<Provider> &providers, const QList<CompensationRate> &rates);
    // A family with its persons, cases, measures, logs, agreements and decisions.
    QList<DemoRow> family(const DemoFamily &demo, const QDate &today);

private:
    // A row stamped now and by nobody.
    void insert(const QString &table, const QStringList &columns, const QVariantList &values);
    // A row that carries its own created_at, updated_at and changed_by.
    void insertAsGiven(const QString &table, const QStringList &columns, const QVariantList &values);
    void add(const QString &table, const QString &sql, const QVariantList &values);
    void addCase(const ClientCase &clientCase, const QDate &today);
    void addMeasure(const DemoMeasure &demo);
    void addAgreement(const Agreement &agreement);
    void addDecision(Decision decision);

    QList<DemoRow> m_rows;
    QHash<QString, QString> m_insertSql; // "table:columns" -> its INSERT
    QHash<QString, int> m_statementNumbers;
    QString m_now;
    int m_caseSequence = 0;
    qint64 m_searchId = 0; // a new database: the search index keys start at 1
    QHash<int, int> m_decisionNumbers; // the last number given in each year
    QString m_appealInstructions; // as the demo organisation gives them
};

} // namespace tukipolku

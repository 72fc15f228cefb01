#include "storage/demowriter.h"

#include "storage/organisationrepository.h"
#include "storage/recordwriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tukipolku {

namespace {
constexpr int familiesPerBatch = 10000;
} // namespace

DemoWriter::DemoWriter(const QSqlDatabase &database)
    : m_database(database)
{
}

bool DemoWriter::holdsFamilies() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM families)")) && query.next()
        && query.value(0).toBool();
}

QHash<QString, QString> DemoWriter::catalogueIds() const
{
    QHash<QString, QString> ids;
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("SELECT code, id FROM measure_catalogue"));
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toString());
    return ids;
}

Result DemoWriter::begin(const Organisation &organisation)
{
    QSqlQuery query(m_database);
    // A new demo file has nothing to lose: no syncing to disk until it is full.
    query.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    // A large page cache keeps the batch in memory instead of spilling pages to the WAL.
    query.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    // The fictional unit's settings, as Settings > Organisation stores them.
    if (Result saved = OrganisationRepository(m_database, QString()).save(organisation); !saved)
        return saved;
    return {};
}

Result DemoWriter::write(const QList<DemoRow> &rows)
{
    for (const DemoRow &row : rows) {
        if (size_t(row.statement) >= m_statements.size())
            m_statements.resize(row.statement + 1);
        std::unique_ptr<RowWriter> &statement = m_statements[row.statement];
        if (!statement)
            statement = std::make_unique<RowWriter>(m_database, row.sql);
        int position = 1;
        for (const QVariant &value : row.values)
            statement->bind(position++, value);
        if (!statement->execute())
            return Result::failure(
                writeFailureMessage(m_database, row.table + QStringLiteral(": ") + statement->error()));
    }
    return {};
}

Result DemoWriter::familyWritten()
{
    return ++m_familiesInBatch >= familiesPerBatch ? commitBatch() : Result();
}

Result DemoWriter::commitBatch()
{
    m_familiesInBatch = 0;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT")) || !query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    return {};
}

Result DemoWriter::commit()
{
    m_statements.clear();
    QSqlQuery query(m_database);
    // The cases were written before their initiations and plans, so the
    // trigger that keeps open_deadline_cases found nothing yet: fill it once.
    if (!query.exec(QStringLiteral("INSERT INTO open_deadline_cases SELECT * FROM open_deadline_source"))
        || !query.exec(QStringLiteral("COMMIT")))
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    query.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    query.exec(QStringLiteral("ANALYZE"));
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

} // namespace tukipolku

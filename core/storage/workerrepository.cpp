#include "storage/workerrepository.h"
#include "storage/codes.h"
#include "storage/readcheck.h"
#include "storage/recordwriter.h"
#include "storage/rowreader.h"
#include "storage/reads.h"

#include <QSqlQuery>

namespace tukipolku {

namespace {
const QString columns = QStringLiteral("id, first_names, last_name, title, phone, email, profession, licensed, "
                                       "register_number, decision_authority");

Worker fromQuery(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            codes::fromCode(codes::professions, query.value(6).toString()), query.value(7).toInt() == 1,
            query.value(8).toString(), query.value(9).toInt() == 1};
}
} // namespace

WorkerRepository::WorkerRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Result WorkerRepository::save(Worker &worker)
{
    if (worker.firstNames.trimmed().isEmpty() || worker.lastName.trimmed().isEmpty())
        return Result::failure(tr("Enter the worker's first name and last name."));
    const QVariantMap values{{QStringLiteral("first_names"), worker.firstNames.trimmed()},
                             {QStringLiteral("last_name"), worker.lastName.trimmed()},
                             {QStringLiteral("title"), worker.title.trimmed()},
                             {QStringLiteral("phone"), worker.phone.trimmed()},
                             {QStringLiteral("email"), worker.email.trimmed()},
                             {QStringLiteral("profession"), codes::toCode(codes::professions, worker.profession)},
                             {QStringLiteral("licensed"), worker.licensed ? 1 : 0},
                             {QStringLiteral("register_number"), worker.licensed ? worker.registerNumber.trimmed() : QString()},
                             {QStringLiteral("decision_authority"), worker.decisionAuthority ? 1 : 0}};
    RecordWriter writer(m_database, m_currentWorkerId);
    Transaction transaction(m_database);
    const bool isNew = worker.id.isEmpty();
    const QString id = isNew ? RecordWriter::newId() : worker.id;
    const Result written = isNew ? writer.insert(QStringLiteral("workers"), id, values)
                                 : writer.update(QStringLiteral("workers"), id, values);
    if (!written)
        return written;
    if (Result committed = transaction.commit(); !committed)
        return committed;
    worker.id = id;
    return {};
}

Outcome<Worker> WorkerRepository::find(const QString &id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM workers WHERE id = ?").arg(columns));
    query.addBindValue(id);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return fromQuery(query);
}

Outcome<QList<Worker>> WorkerRepository::all() const
{
    // Read with RowReader: a large unit has thousands of workers, and the list
    // is read while the program opens.
    QList<Worker> workers;
    RowReader rows(m_database, QStringLiteral("SELECT %1 FROM workers WHERE archived_at IS NULL "
                                              "ORDER BY last_name COLLATE NOCASE, first_names COLLATE NOCASE")
                                   .arg(columns));
    while (rows.next())
        workers.append({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5),
                        codes::fromCode(codes::professions, rows.text(6)), rows.integer(7) == 1, rows.text(8),
                        rows.integer(9) == 1});
    ReadCheck check;
    check.check(rows);
    if (!check.ok())
        return check.failure(m_database);
    return workers;
}

} // namespace tukipolku

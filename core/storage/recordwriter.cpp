#include "storage/recordwriter.h"

#include "storage/codes.h"
#include "storage/databaseerror.h"
#include "storage/sqlitehandle.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace tukipolku {

namespace {
// History compares values as stored text; nulls and empty strings are alike.
QString comparable(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

// A null QString from an untouched text field is stored as an empty text;
// only a QVariant without a value (codes::text of "") becomes NULL.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}
} // namespace

namespace {
// Why a Transaction could not begin, by connection, while its writes are
// refused: their "read-only" errors are really this.
QMutex beginFailuresLock;
QHash<QString, QString> beginFailures;
} // namespace

QString writeFailureMessage(const QSqlDatabase &database, const QString &detail)
{
    // SQLite's own words say what really went wrong: the user hears that,
    // not always "check the free disk space".
    QString cause = detail;
    {
        const QMutexLocker locker(&beginFailuresLock);
        if (beginFailures.contains(database.connectionName()))
            cause = beginFailures.value(database.connectionName());
    }
    const QString lower = cause.toLower();
    DatabaseErrorCode code = DatabaseErrorCode::WriteFailed;
    if (lower.contains(QLatin1String("constraint failed")))
        code = DatabaseErrorCode::WriteConflict;
    else if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        code = DatabaseErrorCode::ReadOnlyFile;
    else if (lower.contains(QLatin1String("disk is full")))
        code = DatabaseErrorCode::DiskFull;
    else if (lower.contains(QLatin1String("database is locked")) || lower.contains(QLatin1String("database is busy")))
        code = DatabaseErrorCode::Busy;
    else if (lower.contains(QLatin1String("malformed")) || lower.contains(QLatin1String("not a database")))
        code = DatabaseErrorCode::WriteDamaged;
    else if (lower.contains(QLatin1String("i/o error")))
        code = DatabaseErrorCode::WriteIoFailed;
    return DatabaseError(code, database.databaseName(), cause).message();
}

QString readFailureMessage(const QSqlDatabase &database, const QString &detail)
{
    return DatabaseError(DatabaseErrorCode::ReadFailed, database.databaseName(), detail).message();
}

RecordWriter::RecordWriter(const QSqlDatabase &database, QString workerId)
    : m_database(database), m_workerId(std::move(workerId))
{
}

QString RecordWriter::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result RecordWriter::insert(const QString &table, const QString &id, const QVariantMap &columns)
{
    const QString now = codes::nowUtc();
    QStringList names{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                      QStringLiteral("changed_by")};
    QVariantList values{id, now, now, codes::text(m_workerId)};
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        names << it.key();
        values << it.value();
    }
    QStringList marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &query = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table, names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values.at(i)));
    if (!query.exec())
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    return {};
}

QSqlQuery &RecordWriter::prepared(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_database);
        query->prepare(sql); // a failure shows when it runs
    }
    return *query;
}

Result RecordWriter::update(const QString &table, const QString &id, const QVariantMap &columns,
                            const QString &caseId)
{
    QSqlQuery current(m_database);
    current.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                        .arg(QStringList(columns.keys()).join(QLatin1String(", ")), table));
    current.addBindValue(id);
    if (!current.exec() || !current.next())
        return Result::failure(writeFailureMessage(m_database, current.lastError().text()));

    QVariantMap changed;
    int index = 0;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it, ++index) {
        const QVariant old = current.value(index);
        if (comparable(old) == comparable(it.value()))
            continue;
        changed.insert(it.key(), it.value());
        if (Result written = writeHistory(table, id, caseId, it.key(), old, it.value()); !written)
            return written;
    }
    if (changed.isEmpty())
        return {};
    changed.insert(QStringLiteral("updated_at"), codes::nowUtc());
    changed.insert(QStringLiteral("changed_by"), codes::text(m_workerId));
    return updateDerived(table, id, changed);
}

Result RecordWriter::updateDerived(const QString &table, const QString &id, const QVariantMap &columns)
{
    QStringList assignments;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        assignments << it.key() + QStringLiteral(" = ?");
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1String(", "))));
    for (const QVariant &value : columns)
        query.addBindValue(bindable(value));
    query.addBindValue(id);
    if (!query.exec())
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    return {};
}

Result RecordWriter::writeHistory(const QString &table, const QString &id, const QString &caseId,
                                  const QString &field, const QVariant &oldValue, const QVariant &newValue)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO record_history (id, changed_by, case_id, table_name, record_id, "
                                 "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(newId());
    query.addBindValue(codes::text(m_workerId));
    query.addBindValue(codes::text(caseId));
    query.addBindValue(table);
    query.addBindValue(id);
    query.addBindValue(field);
    query.addBindValue(oldValue.isNull() ? QVariant() : QVariant(oldValue.toString()));
    query.addBindValue(newValue.isNull() ? QVariant() : QVariant(newValue.toString()));
    if (!query.exec())
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    return {};
}

Transaction::Transaction(const QSqlDatabase &database) : m_database(database)
{
    const SqliteHandle handle(m_database);
    if (handle.isValid() && !handle.isAutocommit()) {
        m_joined = true;
        m_active = true;
        return;
    }
    QSqlQuery query(m_database);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        // Without a transaction the writes that follow would each go in on
        // their own: the connection refuses writes until this one is over,
        // so the change fails whole and says why.
        m_beginError = query.lastError().text();
        m_refusingWrites = query.exec(QStringLiteral("PRAGMA query_only = ON"));
        const QMutexLocker locker(&beginFailuresLock);
        beginFailures.insert(m_database.connectionName(), m_beginError);
    }
}

Transaction::~Transaction()
{
    if (m_refusingWrites) {
        QSqlQuery query(m_database);
        query.exec(QStringLiteral("PRAGMA query_only = OFF"));
    }
    if (!m_beginError.isEmpty()) {
        const QMutexLocker locker(&beginFailuresLock);
        beginFailures.remove(m_database.connectionName());
    }
    if (m_active && !m_joined) {
        QSqlQuery query(m_database);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Result Transaction::commit()
{
    if (!m_active)
        return Result::failure(writeFailureMessage(
            m_database, m_beginError.isEmpty() ? QStringLiteral("no transaction") : m_beginError));
    if (m_joined) {
        m_active = false;
        return {};
    }
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT")))
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    m_active = false;
    return {};
}

} // namespace tukipolku

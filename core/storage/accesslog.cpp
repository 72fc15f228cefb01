#include "storage/accesslog.h"

#include "storage/recordwriter.h"
#include "storage/reads.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <utility>

namespace tukipolku {

namespace {
constexpr std::array<std::pair<AccessAction, const char *>, 5> actionCodes{{{AccessAction::View, "view"},
                                                                            {AccessAction::Print, "print"},
                                                                            {AccessAction::Preview, "preview"},
                                                                            {AccessAction::Pdf, "pdf"},
                                                                            {AccessAction::Export, "export"}}};

QString codeOf(AccessAction action)
{
    for (const auto &[value, code] : actionCodes) {
        if (value == action)
            return QString::fromLatin1(code);
    }
    return {};
}

AccessAction actionOf(const QString &code)
{
    for (const auto &[value, name] : actionCodes) {
        if (code == QLatin1String(name))
            return value;
    }
    return AccessAction::Print;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// For NOT NULL columns: a null QString would be bound as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}
} // namespace

AccessLog::AccessLog(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Result AccessLog::record(AccessAction action, const QString &tableName, const QString &recordId, const QString &caseId,
                         const QString &language, const QString &detail)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO access_log (id, changed_by, case_id, action, table_name, record_id, "
                                 "language, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(RecordWriter::newId());
    query.addBindValue(textOrNull(m_currentWorkerId));
    query.addBindValue(textOrNull(caseId));
    query.addBindValue(codeOf(action));
    query.addBindValue(tableName);
    query.addBindValue(recordId);
    query.addBindValue(notNull(language));
    query.addBindValue(notNull(detail));
    if (!query.exec())
        return Result::failure(writeFailureMessage(m_database, query.lastError().text()));
    return {};
}

Result AccessLog::recordView(const QString &caseId)
{
    return record(AccessAction::View, QStringLiteral("cases"), caseId, caseId, QString());
}

Outcome<QList<AccessEntry>> AccessLog::entriesOfCase(const QString &caseId, bool withViews) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT created_at, changed_by, case_id, action, table_name, record_id, language, "
                                 "detail FROM access_log WHERE case_id = ? %1 ORDER BY created_at DESC, rowid DESC")
                      .arg(withViews ? QString() : QStringLiteral("AND action <> 'view'")));
    query.addBindValue(caseId);
    return allRows<AccessEntry>(m_database, query, [](const QSqlQuery &row) {
        AccessEntry entry;
        entry.at = QDateTime::fromString(row.value(0).toString(), Qt::ISODateWithMs);
        entry.workerId = row.value(1).toString();
        entry.caseId = row.value(2).toString();
        entry.action = actionOf(row.value(3).toString());
        entry.tableName = row.value(4).toString();
        entry.recordId = row.value(5).toString();
        entry.language = row.value(6).toString();
        entry.detail = row.value(7).toString();
        return entry;
    });
}

} // namespace tukipolku

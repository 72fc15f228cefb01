#include "storage/sqlitehandle.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace tukipolku {

SqliteHandle::SqliteHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

QString SqliteHandle::execScript(const QString &script) const
{
    if (!m_handle)
        return QStringLiteral("no SQLite connection");
    char *error = nullptr;
    const QByteArray utf8 = script.toUtf8();
    const int rc = sqlite3_exec(m_handle, utf8.constData(), nullptr, nullptr, &error);
    if (rc == SQLITE_OK)
        return {};
    QString message = error ? QString::fromUtf8(error) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(error);
    return message;
}

bool SqliteHandle::isAutocommit() const
{
    return m_handle && sqlite3_get_autocommit(m_handle) != 0;
}

int SqliteHandle::lastErrorCode() const
{
    return m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_ERROR;
}

sqlite3_stmt *SqliteHandle::prepare(const QString &sql, QString &error) const
{
    if (!m_handle) {
        error = QStringLiteral("no SQLite connection");
        return nullptr;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

void SqliteHandle::bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (!statement)
        return;
    switch (value.isNull() ? QMetaType::UnknownType : QMetaType::Type(value.typeId())) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(statement, position);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        sqlite3_bind_int64(statement, position, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(statement, position, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(statement, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QDate:
    case QMetaType::QDateTime:
        // As the Qt driver does, ISO 8601; our own code passes texts from codes:: already.
        bind(statement, position, value.typeId() == QMetaType::QDate
                                      ? value.toDate().toString(Qt::ISODate)
                                      : value.toDateTime().toString(Qt::ISODateWithMs));
        break;
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(statement, position, text.utf16(), int(text.size() * sizeof(char16_t)),
                            SQLITE_TRANSIENT);
    }
    }
}

} // namespace tukipolku

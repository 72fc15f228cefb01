#include "storage/sqlitehandle.h"

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

} // namespace tukipolku

#include "storage/readerconnection.h"

#include <QSqlDriver>
#include <QVariant>
#include <QUuid>

#include <sqlite3.h>

namespace tukipolku {

void ReadingStop::stop()
{
    m_stopped = true;
    const std::lock_guard lock(m_mutex);
    if (m_handle)
        sqlite3_interrupt(m_handle); // safe from any thread while the connection is open
}

void ReadingStop::attach(sqlite3 *handle)
{
    const std::lock_guard lock(m_mutex);
    m_handle = handle;
    if (m_stopped)
        sqlite3_interrupt(handle);
}

void ReadingStop::detach()
{
    const std::lock_guard lock(m_mutex);
    m_handle = nullptr;
}

ReaderConnection::ReaderConnection(const QString &path, std::shared_ptr<ReadingStop> stop)
    : m_name(QStringLiteral("tukipolku-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_stop(std::move(stop))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open() || !m_stop)
        return;
    // The driver hands out SQLite's own handle, which sqlite3_interrupt needs.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_stop->attach(*static_cast<sqlite3 *const *>(handle.constData()));
}

ReaderConnection::~ReaderConnection()
{
    if (m_stop)
        m_stop->detach();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ReaderConnection::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase ReaderConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace tukipolku

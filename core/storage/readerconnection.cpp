#include "storage/readerconnection.h"

#include <QUuid>

namespace tukipolku {

ReaderConnection::ReaderConnection(const QString &path)
    : m_name(QStringLiteral("tukipolku-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
}

ReaderConnection::~ReaderConnection()
{
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

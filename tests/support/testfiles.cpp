#include "testfiles.h"
#include "catchshim.h"

#include <QProcess>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace tukipolku::test {

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void damageLeafPage(const QString &databasePath, const QString &table)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(databasePath);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(databasePath));
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                     "ORDER BY pageno LIMIT 1 OFFSET 1"));
        query.addBindValue(table);
        if (!query.exec() || !query.next())
            qFatal("no second leaf page of %s", qPrintable(table));
        page = query.value(0).toLongLong();
        query.exec(QStringLiteral("PRAGMA page_size"));
        query.next();
        pageSize = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
        qFatal("cannot damage %s", qPrintable(databasePath));
    file.write(QByteArray(8, char(0x6B))); // no valid page type, no valid cell count
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB01), QStringLiteral("fi"));
    text.replace(QChar(0xFB02), QStringLiteral("fl"));
    return text.replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace tukipolku::test

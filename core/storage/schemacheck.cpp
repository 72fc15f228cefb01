#include "storage/schemacheck.h"

#include "storage/migrations.h"
#include "storage/sqlitehandle.h"

#include <QMap>
#include <QSqlQuery>
#include <QUuid>

namespace tukipolku {

namespace {
// Every table, index and trigger with its columns: "table persons: id TEXT, …".
QMap<QString, QString> describe(const QSqlDatabase &database)
{
    QMap<QString, QString> objects;
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master "
                              "WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        objects.insert(type + QLatin1Char(' ') + name, query.value(2).toString());
    }
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("table ")))
            continue;
        QSqlQuery columns(database);
        columns.exec(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info('%1')")
                         .arg(it.value()));
        QStringList parts;
        while (columns.next()) {
            parts << QStringLiteral("%1 %2%3%4")
                         .arg(columns.value(0).toString(), columns.value(1).toString(),
                              columns.value(2).toBool() ? QStringLiteral(" NOT NULL") : QString(),
                              columns.value(3).toBool() ? QStringLiteral(" KEY") : QString());
        }
        it.value() = parts.join(QLatin1String(", "));
    }
    return objects;
}
} // namespace

QStringList SchemaCheck::differences(const QSqlDatabase &database, int version)
{
    const QString name = QStringLiteral("schemacheck-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList problems;
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reference.setDatabaseName(QStringLiteral(":memory:"));
        if (!reference.open()) {
            problems << QStringLiteral("cannot build the reference schema");
        } else {
            const QString error = Migrations::apply(SqliteHandle(reference), 0, version, 0);
            if (!error.isEmpty())
                problems << error;
            const QMap<QString, QString> expected = describe(reference);
            const QMap<QString, QString> actual = describe(database);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (!actual.contains(it.key()))
                    problems << QStringLiteral("missing %1").arg(it.key());
                else if (actual.value(it.key()) != it.value())
                    problems << QStringLiteral("%1 differs: %2").arg(it.key(), actual.value(it.key()));
            }
            for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
                if (!expected.contains(it.key()))
                    problems << QStringLiteral("unexpected %1").arg(it.key());
            }
            reference.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

} // namespace tukipolku

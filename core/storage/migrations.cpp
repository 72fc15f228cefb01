#include "storage/migrations.h"

#include "storage/sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace tukipolku {

namespace {
QList<Migrations::Step> loadSteps()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migrations::Step> steps;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &fileName : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("migration resource %s cannot be read", qPrintable(fileName));
        steps.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).version != i + 1)
            qFatal("migrations must be numbered 1, 2, 3… without gaps");
    }
    return steps;
}
} // namespace

const QList<Migrations::Step> &Migrations::all()
{
    static const QList<Step> steps = loadSteps();
    return steps;
}

int Migrations::latestVersion()
{
    return int(all().size());
}

QString Migrations::apply(const SqliteHandle &handle, int fromVersion, int toVersion,
                          quint32 applicationId)
{
    for (const Step &step : all()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        // The first step also stamps the file as ours, in the same transaction.
        const QString stamp = step.version == 1
            ? QStringLiteral("PRAGMA application_id = %1;\n").arg(applicationId)
            : QString();
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n") + stamp + step.script
            + QStringLiteral("\nPRAGMA user_version = %1;\nCOMMIT;").arg(step.version);
        const QString error = handle.execScript(script);
        if (!error.isEmpty()) {
            handle.execScript(QStringLiteral("ROLLBACK;"));
            return QStringLiteral("%1_%2: %3")
                .arg(step.version, 4, 10, QLatin1Char('0'))
                .arg(step.name, error);
        }
    }
    return {};
}

} // namespace tukipolku

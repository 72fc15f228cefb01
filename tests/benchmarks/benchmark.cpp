// Tukipolku's benchmark suite: prints one line per figure, the median of
// repeated runs, on a generated database of 100,000 fictional families.
//   tukipolku_benchmarks [--database FILE] [--families N] [--runs N]
#include "figures.h"

#include "demo/demogenerator.h"
#include "models/caselistmodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include <cstdio>

using namespace tukipolku;
using namespace tukipolku::bench;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

// Peak resident memory of this process (VmHWM), in MiB.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Wall time of a whole process that starts, paints its window and exits.
Samples timeProcess(const QString &program, const QStringList &arguments, int runs)
{
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            std::fprintf(stderr, "%s failed\n", qPrintable(program));
            return {};
        }
        samples.add(elapsedMs(timer));
    }
    return samples;
}

bool prepareDatabase(Database &database, const QString &path, int families)
{
    const bool exists = QFileInfo::exists(path);
    if (!database.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message()));
        return false;
    }
    if (exists)
        return true;
    DemoOptions options;
    options.families = families;
    options.seed = 2026;
    QElapsedTimer timer;
    timer.start();
    const Result filled = DemoGenerator::fill(database, options, [](int done) {
        if (done % 10000 == 0)
            std::fprintf(stderr, "  generated %d families\n", done);
    });
    if (!filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.message()));
        return false;
    }
    const double seconds = elapsedMs(timer) / 1000;
    printFigure(QStringLiteral("generate %1 demo families").arg(families), QStringLiteral("%1 s").arg(seconds, 0, 'f', 1),
                QStringLiteral("< 60 s"), seconds < 60);
    return true;
}

void measureStartup(const QString &path, int runs)
{
    const QStringList offscreen{QStringLiteral("-platform"), QStringLiteral("offscreen")};
    const Samples bare = timeProcess(QStringLiteral(TUKIPOLKU_BARE_WINDOW), offscreen, runs);
    const Samples program = timeProcess(QStringLiteral(TUKIPOLKU_EXECUTABLE),
                                        offscreen + QStringList{QStringLiteral("--smoke"), QStringLiteral("--database"), path},
                                        runs);
    const double ratio = bare.median() > 0 ? program.median() / bare.median() : 0;
    printFigure(QStringLiteral("start to first painted main window"),
                QStringLiteral("%1 (bare Qt %2, ×%3)").arg(ms(program.median()), ms(bare.median())).arg(ratio, 0, 'f', 2),
                QStringLiteral("≤ 1.5× bare Qt window"), ratio > 0 && ratio <= 1.5);
}

void measureSearch(const Database &database, int runs)
{
    const QStringList typed{QStringLiteral("virtanen"), QStringLiteral("maria"), QStringLiteral("hämäläinen"),
                            QStringLiteral("lindq"), QStringLiteral("saga e"), QStringLiteral("2025-0012"),
                            QStringLiteral("0101")};
    CaseListModel model;
    model.setDatabase(database.connection());
    Samples samples;
    QString slowest;
    double slowestMs = 0;
    for (int run = 0; run < runs; ++run) {
        for (const QString &text : typed) {
            for (qsizetype length = 1; length <= text.size(); ++length) {
                CaseListFilter filter;
                filter.text = text.left(length);
                QElapsedTimer timer;
                timer.start();
                model.setFilter(filter); // a keystroke: the first page of results, ready to paint
                samples.add(elapsedMs(timer));
                if (run == 0 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                    std::fprintf(stderr, "  %-12s %6.1f ms\n", qPrintable(filter.text), elapsedMs(timer));
                if (elapsedMs(timer) > slowestMs) {
                    slowestMs = elapsedMs(timer);
                    slowest = filter.text;
                }
            }
        }
    }
    printFigure(QStringLiteral("search as you type: keystroke to first page (median)"), ms(samples.median()),
                QStringLiteral("≤ 16 ms"), samples.median() <= 16);
    printFigure(QStringLiteral("search as you type: keystroke to first page (worst)"),
                QStringLiteral("%1 (\"%2\")").arg(ms(samples.worst()), slowest),
                QStringLiteral("≤ 30 ms"), samples.worst() <= 30);
}

void measureOpenCase(const Database &database, int runs)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT c.id FROM cases c WHERE c.stage = 'services' ORDER BY c.case_number LIMIT 1"));
    if (!query.next())
        return;
    const QString caseId = query.value(0).toString();
    CaseRepository cases(database.connection(), QString());
    // The case gets 200 changes in its history once.
    if (cases.history(caseId).size() < 200) {
        for (int i = 0; i < 200; ++i) {
            Initiation initiation = cases.find(caseId)->initiation;
            initiation.description = QStringLiteral("Kirjaus %1").arg(i);
            cases.saveInitiation(caseId, initiation);
        }
    }
    Samples samples;
    for (int i = 0; i < runs * 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto loaded = cases.find(caseId);
        const auto history = cases.history(caseId);
        samples.add(elapsedMs(timer));
        if (!loaded || history.size() < 200)
            return;
    }
    printFigure(QStringLiteral("open a case with 200 history entries"), ms(samples.median()), QStringLiteral("≤ 50 ms"),
                samples.median() <= 50);
}

// Run in a child process so that generating the database does not count.
int browseForMemory(const QString &path)
{
    Database database;
    if (!database.open(path, Database::Mode::ReadOnly))
        return 1;
    CaseListModel model;
    model.setDatabase(database.connection());
    for (int page = 0; page < 100 && model.canFetchMore(); ++page)
        model.fetchMore(); // scrolling through 10,000 cases
    for (const QString &text : {QStringLiteral("vir"), QStringLiteral("maria"), QStringLiteral("2025")}) {
        CaseListFilter filter;
        filter.text = text;
        model.setFilter(filter);
    }
    std::printf("%.1f\n", peakMemoryMiB());
    return 0;
}

void measureMemory(const QString &path)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--browse-memory"), QStringLiteral("--database"), path});
    process.waitForFinished(120000);
    const double mib = process.readAllStandardOutput().trimmed().toDouble();
    printFigure(QStringLiteral("peak memory while browsing the list (10,000 rows)"),
                QStringLiteral("%1 MiB").arg(mib, 0, 'f', 1), QStringLiteral("≤ 150 MiB"), mib > 0 && mib <= 150);
}

void measureFileSize(const QString &path, int families)
{
    const double mib = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    printFigure(QStringLiteral("database file size per 1,000 families"),
                QStringLiteral("%1 MiB (%2 MiB in all)").arg(mib * 1000 / families, 0, 'f', 2).arg(mib, 0, 'f', 0),
                QString(), true);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("The benchmark database."),
                                            QStringLiteral("FILE"), QStringLiteral("benchmark-100k.sqlite"));
    const QCommandLineOption familiesOption(QStringLiteral("families"), QStringLiteral("Families to generate."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions per figure."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption browseOption(QStringLiteral("browse-memory"));
    parser.addOptions({databaseOption, familiesOption, runsOption, browseOption});
    parser.addHelpOption();
    parser.process(app);
    const QString path = QFileInfo(parser.value(databaseOption)).absoluteFilePath();
    if (parser.isSet(browseOption))
        return browseForMemory(path);

    const int families = parser.value(familiesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    printHeader();
    {
        Database database;
        if (!prepareDatabase(database, path, families))
            return 1;
        measureSearch(database, runs);
        measureOpenCase(database, runs);
    }
    measureStartup(path, runs);
    measureMemory(path);
    measureFileSize(path, families);
    printFigure(QStringLiteral("render a decision PDF"), QStringLiteral("not yet built (documents issue)"),
                QStringLiteral("≤ 100 ms"), false);
    printFigure(QStringLiteral("worklist for the whole unit"), QStringLiteral("not yet built (worklist issue)"),
                QStringLiteral("≤ 200 ms"), false);
    return 0;
}

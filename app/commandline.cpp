#include "commandline.h"
#include "common/clock.h"

#include "backup/backups.h"
#include "fieldcopycommands.h"
#include "common/firstpaintnotifier.h"
#include "demo/demogenerator.h"
#include "exchange/csvwriter.h"
#include "exchange/providercsv.h"
#include "files/outputfile.h"
#include "files/privateworkfolder.h"
#include "printing/documentprinter.h"
#include "storage/accesslog.h"
#include "storage/providerrepository.h"
#include "common/messagebox.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "settings/workstationsettings.h"
#include "reports/compensationreport.h"
#include "reports/deadlinereport.h"
#include "reports/statisticsreport.h"
#include "storage/database.h"
#include "storage/documentlookup.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace tukipolku::app {

namespace {
// How long --smoke waits for the first paint before it calls the start a failure.
constexpr int smokeTimeoutMs = 30000;

// The translation context of the command line's texts.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

struct Parser {
    QCommandLineParser parser;
    QCommandLineOption database{QStringLiteral("database"),
                                CommandLine::tr("Open the database FILE (created when it does not exist)."),
                                CommandLine::tr("FILE")};
    QCommandLineOption language{QStringLiteral("lang"), CommandLine::tr("Use the language LANG: fi, sv or en."),
                                CommandLine::tr("LANG")};
    QCommandLineOption check{QStringLiteral("check"),
                             CommandLine::tr("Check the database read-only, print the result and exit: "
                                "0 when healthy, 1 when not.")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            CommandLine::tr("Fill a new, empty database with N fictional demo families and exit."),
                            CommandLine::tr("N")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            CommandLine::tr("The seed for --demo: the same seed gives the same families (default 1)."),
                            CommandLine::tr("SEED"), QStringLiteral("1")};
    QCommandLineOption importProviders{QStringLiteral("import-providers"),
                                       CommandLine::tr("Import support families, support persons and family workers "
                                                       "from FILE.csv into the database and exit: the good rows are "
                                                       "imported, the rejected ones printed (exit 1 when any)."),
                                       CommandLine::tr("FILE")};
    QCommandLineOption exportPdf{QStringLiteral("export-pdf"),
                                 CommandLine::tr("Write the document of the decision, agreement, client plan or initiation ID "
                                                 "(its contact form), or the copy of the decision recipient ID, as a PDF "
                                                 "file (--output) without opening a window, in the client's language or "
                                                 "--lang. The ID %1 writes the blank contact form.")
                                     .arg(QLatin1String(DocumentLookup::blankContactFormId)),
                                 CommandLine::tr("ID")};
    QCommandLineOption output{QStringLiteral("output"), CommandLine::tr("The file --export-pdf or --report writes."),
                              CommandLine::tr("FILE")};
    QCommandLineOption overwrite{QStringLiteral("overwrite"),
                                 CommandLine::tr("Let --export-pdf and --report replace an existing file --output. "
                                                 "A database, a backup or a field copy is never replaced.")};
    QCommandLineOption report{QStringLiteral("report"),
                              CommandLine::tr("Write the report NAME as CSV (--output FILE.csv) and exit. "
                                              "deadlines: every open statutory deadline of the unit today; "
                                              "compensation: the providers' pay for --month; "
                                              "thl-deadlines: THL's deadline statistics for --period; "
                                              "yearly: children in support measures and notifications in --year."),
                              CommandLine::tr("NAME")};
    QCommandLineOption period{QStringLiteral("period"),
                              CommandLine::tr("The half-year of --report thl-deadlines: 2026H1 is 1.10.2025–31.3.2026, "
                                              "2026H2 1.4.–30.9.2026."),
                              CommandLine::tr("YYYYH1|YYYYH2")};
    QCommandLineOption year{QStringLiteral("year"), CommandLine::tr("The year of --report yearly, e.g. 2026."),
                            CommandLine::tr("YYYY")};
    QCommandLineOption backup{QStringLiteral("backup"),
                              CommandLine::tr("Write a checked backup of the database to OUT and exit; encrypted "
                                              "with the password in --password-file when given."),
                              CommandLine::tr("OUT")};
    QCommandLineOption restore{QStringLiteral("restore"),
                               CommandLine::tr("Restore the backup IN (plain or encrypted) into the new file --output "
                                               "NEWFILE, checked before use, and exit. Nothing is overwritten."),
                               CommandLine::tr("IN")};
    QCommandLineOption passwordFile{QStringLiteral("password-file"),
                                    CommandLine::tr("The file whose first line is the password of --backup, --restore, "
                                                    "--export-families or --import."),
                                    CommandLine::tr("F")};
    QCommandLineOption exportFamilies{QStringLiteral("export-families"),
                                      CommandLine::tr("Write the families ID,ID… (all their records) into the encrypted "
                                                      "field copy --output FILE with the password in --password-file, "
                                                      "and exit."),
                                      CommandLine::tr("IDS")};
    QCommandLineOption importCopy{QStringLiteral("import"),
                                  CommandLine::tr("Merge the field copy FILE into the database and exit: records changed "
                                                  "on one side are taken; records changed on both sides are printed and "
                                                  "left for a person (exit 2)."),
                                  CommandLine::tr("FILE")};
    QCommandLineOption month{QStringLiteral("month"), CommandLine::tr("The month of --report compensation, e.g. 2026-03."),
                             CommandLine::tr("YYYY-MM")};
    QCommandLineOption smoke{QStringLiteral("smoke"),
                             CommandLine::tr("Start, open the database, show the main window and exit 0 once "
                                "it has been painted (for installation checks).")};

    Parser()
    {
        parser.setApplicationDescription(
            CommandLine::tr("Tukipolku: case work for family social work and child welfare open care."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({database, language, check, demo, seed, importProviders, exportPdf, output, overwrite, report, month, period, year, backup, restore, passwordFile, exportFamilies, importCopy, smoke});
    }

    CommandLineOptions options() const
    {
        return {parser.value(database), parser.value(language), parser.isSet(check), parser.isSet(smoke),
                parser.isSet(demo) ? std::max(-1, parser.value(demo).toInt() > 0 ? parser.value(demo).toInt() : -1) : 0, parser.value(seed).toUInt(),
                parser.value(importProviders), parser.value(exportPdf), parser.value(output), parser.value(report), parser.value(month), parser.value(period), parser.value(year), parser.value(backup),
                parser.value(restore), parser.value(passwordFile), parser.value(exportFamilies),
                parser.value(importCopy), parser.isSet(overwrite)};
    }
};

// Reads --lang before the real parse so that --help is already translated.
QString requestedLanguage(const QStringList &arguments)
{
    Parser probe;
    probe.parser.parse(arguments);
    return probe.parser.value(probe.language);
}

CommandLineOptions parse(const QCoreApplication &app, ui::LanguageManager &languages,
                         const WorkstationSettings &settings)
{
    const QString wanted = requestedLanguage(app.arguments());
    if (!wanted.isEmpty() && !ui::LanguageManager::availableLanguages().contains(wanted)) {
        printLine(stderr, CommandLine::tr("Unknown language %1: use fi, sv or en.").arg(wanted));
        std::exit(2);
    }
    languages.setLanguage(ui::LanguageManager::resolve(wanted, settings.language()));
    Parser parser;
    parser.parser.process(app); // exits for --help, --version and unknown options
    return parser.options();
}

QString chosenDatabase(const CommandLineOptions &options, const WorkstationSettings &settings)
{
    if (!options.database.isEmpty())
        return options.database;
    if (!settings.lastDatabase().isEmpty())
        return settings.lastDatabase();
    return Database::defaultPath();
}

int runDemo(const QString &path, const CommandLineOptions &options)
{
    if (options.demoFamilies <= 0) {
        printLine(stderr, CommandLine::tr("Give the number of demo families as a positive number, e.g. --demo 1000."));
        return 2;
    }
    Database database;
    if (!database.open(path)) {
        printLine(stderr, database.error().message());
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    DemoOptions demo;
    demo.families = options.demoFamilies;
    demo.seed = options.seed;
    const Result filled = DemoGenerator::fill(database, demo);
    if (!filled) {
        printLine(stderr, filled.message());
        return 1;
    }
    printLine(stdout, CommandLine::tr("Wrote %1 fictional families into %2 in %3 s.")
                          .arg(options.demoFamilies)
                          .arg(QDir::toNativeSeparators(database.path()))
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

int runImportProviders(const QString &path, const QString &csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        printLine(stderr, CommandLine::tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(csvPath)));
        return 1;
    }
    const ProviderCsvResult parsed = ProviderCsv::parse(file.readAll());
    if (!parsed.fatal.isEmpty()) {
        printLine(stderr, parsed.fatal);
        return 1;
    }
    Database database;
    if (!database.open(path)) {
        printLine(stderr, database.error().message());
        return 1;
    }
    ProviderImport outcome;
    const Result imported = ProviderRepository(database.connection(), QString()).importRows(parsed.rows, outcome);
    if (!imported) {
        printLine(stderr, imported.message());
        return 1;
    }
    printLine(stdout, CommandLine::tr("%1 providers added, %2 already in the registry, %3 rows rejected.")
                          .arg(outcome.added)
                          .arg(outcome.duplicates)
                          .arg(parsed.rejected().size()));
    for (const ProviderCsvRow &row : parsed.rejected())
        printLine(stderr, CommandLine::tr("Row %1: %2").arg(row.line).arg(row.problems.join(QLatin1Char(' '))));
    return parsed.rejected().isEmpty() ? 0 : 1;
}

int runExportPdf(const QString &path, const CommandLineOptions &options)
{
    if (options.output.isEmpty()) {
        printLine(stderr, CommandLine::tr("Give the file to write with --output FILE.pdf."));
        return 2;
    }
    const Overwrite overwrite = options.overwrite ? Overwrite::Allow : Overwrite::Refuse;
    if (const Result allowed = OutputFile::checkTarget(options.output, overwrite); !allowed) {
        printLine(stderr, allowed.message());
        return 1;
    }
    // Read-write: the export is written to the access log.
    Database database;
    if (!database.open(path)) {
        printLine(stderr, database.error().message());
        return 1;
    }
    // The document's language: --lang when given as fi or sv, else the one it was issued in.
    const QString language = options.language == QLatin1String("fi") || options.language == QLatin1String("sv")
                                 ? options.language
                                 : QString();
    const Outcome<PrintableDocument> document = DocumentLookup::find(database, options.exportPdf, language);
    if (!document) {
        printLine(stderr, document.messageOr(
                              CommandLine::tr("There is no decision, agreement, client plan or initiation with the id %1.")
                                  .arg(options.exportPdf)));
        return 1;
    }
    QString error;
    if (!ui::DocumentPrinter::writePdf(document->html, document->decoration, options.output, overwrite, &error)) {
        printLine(stderr, error);
        return 1;
    }
    if (document->tableName.isEmpty()) { // the blank form holds nobody's data
        printLine(stdout, CommandLine::tr("Wrote %1.").arg(QDir::toNativeSeparators(options.output)));
        return 0;
    }
    // No worker is signed in on the command line: the entry says so by its empty worker.
    const Result logged = AccessLog(database.connection(), QString())
                              .record(AccessAction::Export, document->tableName, document->recordId, document->caseId,
                                      document->language, QFileInfo(options.output).absoluteFilePath());
    if (!logged) {
        printLine(stderr, logged.message());
        QFile::remove(options.output); // nothing leaves unlogged
        return 1;
    }
    printLine(stdout, CommandLine::tr("Wrote %1.").arg(QDir::toNativeSeparators(options.output)));
    return 0;
}

int runReport(const QString &path, const CommandLineOptions &options)
{
    if (options.output.isEmpty()) {
        printLine(stderr, CommandLine::tr("Give the file to write with --output FILE.csv."));
        return 2;
    }
    const bool deadlines = options.report == QLatin1String("deadlines");
    const bool compensation = options.report == QLatin1String("compensation");
    const bool thl = options.report == QLatin1String("thl-deadlines");
    const bool yearly = options.report == QLatin1String("yearly");
    if (!deadlines && !compensation && !thl && !yearly) {
        printLine(stderr, CommandLine::tr("There is no report %1. The reports are: deadlines, compensation, "
                                          "thl-deadlines, yearly.")
                              .arg(options.report));
        return 2;
    }
    QDate from;
    QDate to;
    if (thl && !StatisticsReport::parsePeriod(options.period, from, to)) {
        printLine(stderr, CommandLine::tr("Give the half-year as --period 2026H1 (1.10.2025–31.3.2026) or "
                                          "--period 2026H2 (1.4.–30.9.2026)."));
        return 2;
    }
    bool yearGiven = false;
    const int year = options.year.toInt(&yearGiven);
    if (yearly && (!yearGiven || year < 2000 || year > 2100)) {
        printLine(stderr, CommandLine::tr("Give the year as --year 2026."));
        return 2;
    }
    const QDate month = QDate::fromString(options.month + QStringLiteral("-01"), Qt::ISODate);
    if (compensation && !month.isValid()) {
        printLine(stderr, CommandLine::tr("Give the month of the report as --month YYYY-MM, e.g. --month 2026-03."));
        return 2;
    }
    const Overwrite overwrite = options.overwrite ? Overwrite::Allow : Overwrite::Refuse;
    if (const Result allowed = OutputFile::checkTarget(options.output, overwrite); !allowed) {
        printLine(stderr, allowed.message());
        return 1;
    }
    // Read-write, as the program opens it: a file of an older version is
    // upgraded first (with its copy kept), so that the report reads today's schema.
    Database database;
    if (!database.open(path)) {
        printLine(stderr, database.error().message());
        return 1;
    }
    QByteArray csv;
    QString done;
    Result read; // a report read from a failed statement is never written
    if (deadlines) {
        QList<OpenDeadline> open;
        read = DeadlineReport::open(database.connection(), Clock::today(), open);
        csv = DeadlineReport::csv(open);
        done = CommandLine::tr("Wrote %n open deadline(s) to %1.", nullptr, int(open.size()));
    } else if (thl) {
        const ThlDeadlines statistics = StatisticsReport::thlDeadlines(database.connection(), from, to);
        if (!statistics.readError.isEmpty())
            read = Result::failure(statistics.readError);
        csv = StatisticsReport::csv(statistics);
        done = CommandLine::tr("Wrote the deadline statistics to %1.");
    } else if (yearly) {
        QList<StatisticsLine> lines;
        read = StatisticsReport::yearly(database.connection(), year, lines);
        csv = StatisticsReport::csv(lines, year);
        done = CommandLine::tr("Wrote the yearly statistics to %1.");
    } else {
        const CompensationMonth pay = CompensationReport::forMonth(database.connection(), month);
        if (!pay.readError.isEmpty())
            read = Result::failure(pay.readError);
        csv = CompensationReport::csv(pay);
        done = CommandLine::tr("Wrote the compensation of %n provider(s) to %1.", nullptr, int(pay.providers.size()));
    }
    if (!read) {
        printLine(stderr, read.message());
        if (!database.confirmHealthy())
            printLine(stderr, database.error().message());
        return 1;
    }
    if (const QString error = CsvWriter::save(csv, options.output, overwrite); !error.isEmpty()) {
        printLine(stderr, error);
        return 1;
    }
    printLine(stdout, done.arg(QDir::toNativeSeparators(options.output)));
    return 0;
}

// The first line of --password-file; false (with a message) when it cannot be read.
bool readPassword(const CommandLineOptions &options, QString &password)
{
    if (options.passwordFile.isEmpty())
        return true;
    QFile file(options.passwordFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        printLine(stderr, CommandLine::tr("Cannot read the password file %1: %2")
                              .arg(QDir::toNativeSeparators(options.passwordFile), file.errorString()));
        return false;
    }
    password = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (password.isEmpty()) {
        printLine(stderr, CommandLine::tr("The password file %1 is empty.").arg(QDir::toNativeSeparators(options.passwordFile)));
        return false;
    }
    if ((!options.backup.isEmpty() || !options.exportFamilies.isEmpty()) && password.size() < 8) {
        printLine(stderr, CommandLine::tr("The password of an encrypted file must have at least 8 characters."));
        return false;
    }
    return true;
}

int runBackupOrRestore(const QString &path, const CommandLineOptions &options)
{
    QString password;
    if (!readPassword(options, password))
        return 2;
    if (!options.restore.isEmpty()) {
        if (options.output.isEmpty()) {
            printLine(stderr, CommandLine::tr("Give the new file to restore into with --output NEWFILE.sqlite."));
            return 2;
        }
        if (const Result restored = Backups::restore(options.restore, options.output, password); !restored) {
            printLine(stderr, restored.message());
            return 1;
        }
        printLine(stdout, CommandLine::tr("Restored %1 into %2; it passed the check.")
                              .arg(QDir::toNativeSeparators(options.restore), QDir::toNativeSeparators(options.output)));
        return 0;
    }
    Database database;
    if (!database.open(path, Database::Mode::ReadOnly)) {
        printLine(stderr, database.error().message());
        return 1;
    }
    if (const Result written = Backups::write(database, options.backup, password); !written) {
        printLine(stderr, written.message());
        return 1;
    }
    printLine(stdout, CommandLine::tr("Wrote the backup %1; it passed the check.").arg(QDir::toNativeSeparators(options.backup)));
    return 0;
}

int runCheck(const QString &path)
{
    Database database;
    if (!database.open(path, Database::Mode::ReadOnly)) {
        printLine(stderr, database.error().message());
        return 1;
    }
    const QStringList problems = database.check();
    const QString file = QDir::toNativeSeparators(database.path());
    if (!problems.isEmpty()) {
        printLine(stderr, CommandLine::tr("The database %1 has problems:").arg(file));
        for (const QString &problem : problems)
            printLine(stderr, QStringLiteral("  ") + problem);
        return 1;
    }
    printLine(stdout, CommandLine::tr("The database %1 is healthy (schema version %2; this program uses %3).")
                          .arg(file)
                          .arg(database.schemaVersion())
                          .arg(Database::latestSchemaVersion()));
    return 0;
}
} // namespace

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream); // seen at once by whoever waits for it (--smoke's line, the benchmark)
}

namespace {
// The command line read before the application exists, with the same
// options as the real parse: "--demo=N" and "--demo N" are one option.
// Errors are left for the real parse to report.
bool isSetIn(int argc, char **argv, const std::function<bool(const Parser &)> &test)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    Parser probe;
    probe.parser.parse(arguments);
    return test(probe);
}
} // namespace

bool needsWindow(int argc, char **argv)
{
    return !isSetIn(argc, argv, [](const Parser &probe) {
        const QCommandLineParser &p = probe.parser;
        for (const QCommandLineOption *windowless : {&probe.check, &probe.demo, &probe.importProviders, &probe.report,
                                                     &probe.backup, &probe.restore, &probe.exportFamilies,
                                                     &probe.importCopy}) {
            if (p.isSet(*windowless))
                return true;
        }
        return p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("help-all"))
               || p.isSet(QStringLiteral("version"));
    });
}

void useOffscreenWhenHeadless(int argc, char **argv)
{
    const bool exporting = isSetIn(argc, argv, [](const Parser &probe) { return probe.parser.isSet(probe.exportPdf); });
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (exporting && !hasDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void keepFilesPrivate()
{
#ifdef Q_OS_UNIX
    // Everything the program creates (the database and its side files,
    // backups, reports, settings, folders) is its owner's alone: 0600 and 0700.
    umask(S_IRWXG | S_IRWXO);
#endif
    // Plain copies left by a run that was killed (during a backup, a field copy).
    PrivateWorkFolder::removeLeftovers();
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tukipolku"));
    QCoreApplication::setApplicationName(QStringLiteral("Tukipolku"));
    QCoreApplication::setApplicationVersion(QStringLiteral("%1 (commit %2)")
                                                .arg(QLatin1String(build::version),
                                                     QLatin1String(build::commit)));
}

int runWithoutWindow(QCoreApplication &app)
{
    ui::LanguageManager languages;
    WorkstationSettings settings;
    const CommandLineOptions options = parse(app, languages, settings);
    if (options.check)
        return runCheck(chosenDatabase(options, settings));
    if (options.demoFamilies != 0)
        return runDemo(chosenDatabase(options, settings), options);
    if (!options.importProviders.isEmpty())
        return runImportProviders(chosenDatabase(options, settings), options.importProviders);
    if (!options.report.isEmpty())
        return runReport(chosenDatabase(options, settings), options);
    if (!options.backup.isEmpty() || !options.restore.isEmpty())
        return runBackupOrRestore(chosenDatabase(options, settings), options);
    if (!options.exportFamilies.isEmpty() || !options.importCopy.isEmpty()) {
        QString password;
        if (!readPassword(options, password))
            return 2;
        if (!options.exportFamilies.isEmpty())
            return runExportFamilies(chosenDatabase(options, settings), options.exportFamilies, options.output, password);
        return runImportFieldCopy(chosenDatabase(options, settings), options.importCopy, password);
    }
    return 0;
}

int runWithWindow(QApplication &app)
{
    ui::LanguageManager languages;
    WorkstationSettings settings;
    const CommandLineOptions options = parse(app, languages, settings);
    if (!options.exportPdf.isEmpty())
        return runExportPdf(chosenDatabase(options, settings), options); // fonts need the GUI application, no window
    // The fonts are read (fontconfig, a few milliseconds) while the database
    // is opened, before the first widget needs them: the window paints sooner.
    // QFontDatabase is thread-safe.
    std::thread fontWarmUp([] { QFontDatabase::families(); });
    auto database = std::make_unique<Database>();
    database->open(chosenDatabase(options, settings));
    ui::MainWindow window(languages, settings);
    const DatabaseError error = window.openDatabase(std::move(database));
    fontWarmUp.join();

    if (options.smoke) {
        if (error.isError()) {
            printLine(stderr, error.message());
            return 1;
        }
        auto *notifier = new ui::FirstPaintNotifier(&window);
        QObject::connect(notifier, &ui::FirstPaintNotifier::painted, &app, [] {
            printLine(stdout, QStringLiteral("smoke: main window painted"));
            QCoreApplication::exit(0);
        });
        QTimer::singleShot(smokeTimeoutMs, &app, [] {
            printLine(stderr, QStringLiteral("smoke: the main window was not painted in time"));
            QCoreApplication::exit(1);
        });
    }
    window.show();
    if (!error.isError() && !options.smoke) // the command-line modes and --smoke never wait for a person
        QTimer::singleShot(0, &window, [&window] { window.offerFirstRun(); });
    if (error.isError() && !options.smoke) {
        QTimer::singleShot(0, &window, [&window, error] {
            ui::MessageBox::warning(&window, CommandLine::tr("Cannot open the database"),
                                    error.message());
        });
    }
    return app.exec();
}

} // namespace tukipolku::app

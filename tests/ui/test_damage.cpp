// A damaged database in the window: nothing is shown in part, and the
// window says so (the quick check, the backups offered).
#include "catchshim.h"
#include "fixedclock.h"
#include "testdatabase.h"
#include "testfiles.h"

#include "cases/casepage.h"
#include "common/errorlabel.h"
#include "common/messagebox.h"
#include "dashboard/dashboardpage.h"
#include "demo/demogenerator.h"
#include "families/familypage.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "measures/logpanel.h"
#include "measures/measurestab.h"
#include "mainwindow/firstrunwizard.h"
#include "printing/documentbuttons.h"
#include "settings/cataloguepage.h"
#include "settings/documentspage.h"
#include "settings/organisationpage.h"
#include "settings/ratespage.h"
#include "settings/settingsdialog.h"
#include "settings/workerspage.h"
#include "settings/workstationsettings.h"
#include "worklist/worklistmodel.h"
#include "worklist/worklistpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tukipolku;
using namespace tukipolku::ui;

namespace {
// A demo unit of 300 families with one leaf page of `table` damaged, open in
// the window (in English); `ids` are what `idsSql` read while it was whole.
// The demo data and the readings on one day: which pages a reading visits depends on it.
struct DamagedUnit {
    test::FixedClock clock{QDateTime(QDate(2026, 12, 7), QTime(12, 0))};
    QTemporaryDir dir;
    QStringList ids;
    LanguageManager languages;
    WorkstationSettings settings;
    std::unique_ptr<MainWindow> window;

    DamagedUnit(const QString &table, const QString &idsSql)
    {
        const QString path = test::makeDatabaseFile(dir.filePath(QStringLiteral("unit.sqlite")), 300);
        {
            Database database;
            REQUIRE(database.open(path, Database::Mode::ReadOnly));
            QSqlQuery query(database.connection());
            REQUIRE(query.exec(idsSql));
            while (query.next())
                ids << query.value(0).toString();
        }
        test::damageLeafPage(path, table);
        MessageBox::setAutomaticAnswer(QMessageBox::No);
        languages.setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(languages, settings);
        REQUIRE_FALSE(window->openDatabase(path).isError());
        window->show();
    }
    ~DamagedUnit() { MessageBox::setAutomaticAnswer(std::nullopt); }

    // SQLite's quick check (off the window's thread) found the damage: writing stopped.
    bool stoppedWriting() const
    {
        return QTest::qWaitFor([this] { return window->session().database().isDamaged(); }, 20000);
    }
};
} // namespace

TEST_CASE("UI: a worklist that cannot be read whole says so and shows no rows", "[ui][worklist][damage]")
{
    DamagedUnit unit(QStringLiteral("cases"), QStringLiteral("SELECT id FROM families LIMIT 1"));
    MainWindow &window = *unit.window;
    WorklistPage *page = window.worklistPage();
    QSignalSpy loaded(page, &WorklistPage::loaded);
    REQUIRE(loaded.wait(20000));
    page->showWorkOf(QString()); // the whole unit, every kind of work
    REQUIRE(loaded.wait(20000));
    CHECK(page->model()->rowCount() == 0);
    const auto *summary = page->findChild<QLabel *>(QStringLiteral("worklistSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("could not be read")));
    CHECK(summary->text().contains(QStringLiteral("Settings ▸ Backups")));
    // The backups were offered.
    REQUIRE(unit.stoppedWriting());
    CHECK(MessageBox::lastText().contains(QStringLiteral("no longer writes")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Show the backups now?")));
    // The dashboard draws no bar from a reading that failed.
    QSignalSpy dashboardLoaded(window.dashboardPage(), &DashboardPage::loaded);
    window.showDashboard();
    REQUIRE(dashboardLoaded.wait(20000));
    const auto *dashboardError = window.dashboardPage()->findChild<QLabel *>(QStringLiteral("dashboardReadError"));
    REQUIRE(dashboardError);
    CHECK(dashboardError->text().contains(QStringLiteral("could not be read")));
}

TEST_CASE("UI: a family that cannot be read whole is not shown in part", "[ui][damage]")
{
    DamagedUnit unit(QStringLiteral("family_members"), QStringLiteral("SELECT id FROM families"));
    MainWindow &window = *unit.window;
    int refused = 0;
    for (const QString &id : std::as_const(unit.ids)) {
        if (!window.showFamily(id)) {
            ++refused;
            CHECK(window.familyPage()->family().id != id); // nothing of it on the screen
        }
    }
    CHECK(refused > 0);
    REQUIRE(unit.stoppedWriting());
    CHECK(MessageBox::lastText().contains(QStringLiteral("no longer writes")));
}

TEST_CASE("UI: a case whose measures cannot be read whole is not shown as whole", "[ui][damage]")
{
    DamagedUnit unit(QStringLiteral("measures"), QStringLiteral("SELECT DISTINCT case_id FROM measures"));
    MainWindow &window = *unit.window;
    int refused = 0;
    for (const QString &id : std::as_const(unit.ids)) {
        if (window.showCase(id)) {
            CHECK(window.casePage()->tabs()->isEnabled());
            CHECK(window.casePage()->errorLabel()->text().isEmpty());
        } else {
            ++refused;
            CHECK(window.casePage()->errorLabel()->text().contains(QStringLiteral("could not be read")));
        }
    }
    CHECK(refused > 0);
    REQUIRE(unit.stoppedWriting());
}

TEST_CASE("UI: a support family's log that cannot be read whole shows no days", "[ui][damage]")
{
    DamagedUnit unit(QStringLiteral("care_days"),
                     QStringLiteral("SELECT DISTINCT m.case_id FROM care_days d JOIN measures m ON m.id = d.measure_id"));
    REQUIRE_FALSE(unit.ids.isEmpty());
    MainWindow &window = *unit.window;
    int emptied = 0;
    for (const QString &id : std::as_const(unit.ids)) {
        window.showCase(id);
        // Said by the log itself, or by the case page when the measures list
        // (which counts this month's days) already failed. Another part of
        // the case page may fail on the same page while the log it shows
        // was read whole: then the list of measures is still there.
        LogPanel *log = window.casePage()->measuresTab()->logPanel();
        const bool logFailed = log->errorLabel()->text().contains(QStringLiteral("could not be read"));
        const bool listFailed = window.casePage()->measuresTab()->measuresTable()->rowCount() == 0
                                && window.casePage()->errorLabel()->text().contains(QStringLiteral("could not be read"));
        if (logFailed || listFailed) {
            ++emptied;
            CHECK(log->logTable()->rowCount() == 0);
        }
    }
    CHECK(emptied > 0);
}

TEST_CASE("UI: settings lists that cannot be read say so instead of showing fewer", "[ui][settings][damage]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    WorkstationSettings settings;
    MainWindow window(languages, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    Worker worker;
    worker.firstNames = QStringLiteral("Aino");
    worker.lastName = QStringLiteral("Aaltonen");
    REQUIRE(window.session().workers().save(worker).ok());
    CompensationRate rate{QString(), ProviderKind::SupportFamily, QDate(2020, 1, 1), QDate(), 5500,
                          RateUnit::PerDayOfCare, 3200, RateUnit::PerDayOfCare, 35};
    REQUIRE(window.session().measureLogs().saveRate(rate).ok());
    {
        // Whole lists the program cannot read: the reads fail, as on a broken disk.
        SettingsDialog whole(window.session(), settings, languages);
        REQUIRE(whole.workersPage()->list()->count() == 1);
        REQUIRE(whole.cataloguePage()->list()->count() > 20);
        REQUIRE(whole.ratesPage()->table()->rowCount() > 0);
    }
    QSqlQuery hide(window.session().database().connection());
    Organisation organisation = window.session().organisation().load();
    organisation.organiser = QStringLiteral("Lapin hyvinvointialue");
    organisation.templateFolder = dir.path();
    REQUIRE(window.session().organisation().save(organisation).ok());
    for (const QString &table : {QStringLiteral("workers"), QStringLiteral("measure_catalogue"),
                                 QStringLiteral("compensation_rates"), QStringLiteral("organisation_settings")})
        REQUIRE(hide.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_unread").arg(table)));

    SettingsDialog dialog(window.session(), settings, languages);
    CHECK(dialog.workersPage()->list()->count() == 0);
    CHECK(dialog.workersPage()->errorLabel()->text().contains(QStringLiteral("could not be read")));
    CHECK(dialog.cataloguePage()->list()->count() == 0);
    CHECK(dialog.cataloguePage()->errorLabel()->text().contains(QStringLiteral("could not be read")));
    CHECK(dialog.ratesPage()->table()->rowCount() == 0);
    CHECK(dialog.ratesPage()->errorLabel()->text().contains(QStringLiteral("could not be read")));
    // The settings of the organisation are not saved from fields that could not be read.
    CHECK(dialog.organisationPage()->errorLabel()->text().contains(QStringLiteral("could not be read")));
    CHECK_FALSE(dialog.organisationPage()->save());
    CHECK(dialog.documentsPage()->errorLabel()->text().contains(QStringLiteral("could not be read")));
    CHECK_FALSE(dialog.documentsPage()->save());
    REQUIRE(hide.exec(QStringLiteral("ALTER TABLE organisation_settings_unread RENAME TO organisation_settings")));
    CHECK(window.session().organisation().load().templateFolder == dir.path());
    CHECK(window.session().organisation().load().organiser == QStringLiteral("Lapin hyvinvointialue"));
    // Nor is a unit whose workers cannot be read taken for a new one.
    CHECK_FALSE(FirstRunWizard::isNeeded(window.session()));
}

TEST_CASE("UI: a document that cannot be read is not printed and says why", "[ui][printing][damage]")
{
    QTemporaryDir dir;
    DocumentButtons buttons;
    QSignalSpy failed(&buttons, &DocumentButtons::failed);
    buttons.setSource([](const QString &) -> Outcome<PrintableDocument> {
        return Failure::failed(QStringLiteral("The database could not be read."));
    },
                      QStringLiteral("decision"), std::nullopt);
    const QString pdf = dir.filePath(QStringLiteral("decision.pdf"));
    CHECK_FALSE(buttons.saveAsPdf(pdf));
    CHECK_FALSE(QFileInfo::exists(pdf));
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).toString() == QStringLiteral("The database could not be read."));

    // A document that is not there any more is said in words too.
    buttons.setSource([](const QString &) -> Outcome<PrintableDocument> { return Failure::notFound(); },
                      QStringLiteral("decision"), std::nullopt);
    CHECK_FALSE(buttons.saveAsPdf(pdf));
    REQUIRE(failed.size() == 2);
    CHECK(failed.at(1).at(0).toString().contains(QStringLiteral("not found")));
}

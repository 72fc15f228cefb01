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
#include "settings/workstationsettings.h"
#include "worklist/worklistmodel.h"
#include "worklist/worklistpage.h"

#include <QLabel>
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
        LogPanel *log = window.casePage()->measuresTab()->logPanel();
        if (log->errorLabel()->text().contains(QStringLiteral("could not be read"))) {
            ++emptied;
            CHECK(log->logTable()->rowCount() == 0);
        }
    }
    CHECK(emptied > 0);
}

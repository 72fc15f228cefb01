#include "catchshim.h"

#include "cases/caselistpage.h"
#include "common/messagebox.h"
#include "demo/demogenerator.h"
#include "models/caselistmodel.h"
#include "storage/database.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "settings/workstationsettings.h"
#include "worklist/worklistpage.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace tukipolku;
using namespace tukipolku::ui;

namespace {
QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

// Chooses a language from the menu as the user does; the widgets get their
// LanguageChange events from the event loop.
void chooseLanguage(MainWindow &window, const char *code)
{
    window.languageAction(QLatin1String(code))->trigger();
    QCoreApplication::processEvents();
}

QString statusText(const MainWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char(' '));
}
} // namespace

TEST_CASE("Switching the language in a running window changes every menu text", "[ui][language]")
{
    LanguageManager languages;
    WorkstationSettings settings;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(languages, settings);
    window.show();

    CHECK(menuTitles(window) == QStringList({QStringLiteral("&File"), QStringLiteral("&Go"),
                                             QStringLiteral("&Settings"), QStringLiteral("&Help")}));
    CHECK(window.openDatabaseAction()->text() == QStringLiteral("&Open Database…"));

    chooseLanguage(window, "fi");
    CHECK(languages.current() == QLatin1String("fi"));
    CHECK(settings.language() == QLatin1String("fi"));
    CHECK(menuTitles(window) == QStringList({QStringLiteral("&Tiedosto"), QStringLiteral("&Siirry"),
                                             QStringLiteral("&Asetukset"), QStringLiteral("&Ohje")}));
    CHECK(window.openDatabaseAction()->text() == QStringLiteral("&Avaa tietokanta…"));
    CHECK(window.newDatabaseAction()->text() == QStringLiteral("&Uusi tietokanta…"));
    CHECK(window.quitAction()->text() == QStringLiteral("&Lopeta"));
    CHECK(window.aboutAction()->text() == QStringLiteral("&Tietoja Tukipolusta"));
    CHECK(statusText(window).contains(QStringLiteral("Tietokantaa ei ole avattu")));

    chooseLanguage(window, "sv");
    CHECK(menuTitles(window) == QStringList({QStringLiteral("&Arkiv"), QStringLiteral("&Gå"),
                                             QStringLiteral("&Inställningar"), QStringLiteral("&Hjälp")}));
    CHECK(window.openDatabaseAction()->text() == QStringLiteral("&Öppna databas…"));
    CHECK(window.aboutAction()->text() == QStringLiteral("&Om Tukipolku"));
    CHECK(window.languageAction(QStringLiteral("sv"))->isChecked());

    chooseLanguage(window, "en");
    CHECK(menuTitles(window).first() == QLatin1String("&File"));
}

TEST_CASE("The status bar and title show the open file", "[ui]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    WorkstationSettings settings;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(languages, settings);
    const QString path = dir.filePath(QStringLiteral("yksikkö.sqlite"));
    REQUIRE_FALSE(window.openDatabase(path).isError());
    CHECK(statusText(window).contains(QStringLiteral("yksikkö.sqlite")));
    CHECK(window.windowTitle().startsWith(QStringLiteral("yksikkö.sqlite")));
    CHECK(settings.lastDatabase() == window.database().path());

    // A refused file leaves the open database as it was.
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    const DatabaseError error = window.openDatabase(bad);
    CHECK(error.code() == DatabaseErrorCode::NotSqlite);
    CHECK(window.database().path() == QFileInfo(path).absoluteFilePath());
    CHECK(window.database().isOpen());
}

TEST_CASE("Without a database the window says how to open one and the case list is built when first shown", "[ui]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    WorkstationSettings settings;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(languages, settings);
    window.show();
    REQUIRE(window.currentPage() != nullptr);
    QStringList texts;
    for (QLabel *label : window.currentPage()->findChildren<QLabel *>())
        texts << label->text();
    CHECK(texts.join(QLatin1Char(' ')).contains(QStringLiteral("No database is open")));
    CHECK_FALSE(window.findAction()->isEnabled());

    // Opened, the day starts on the worklist; the case list is not built
    // until it is asked for, and then it lists the file's cases at once.
    const QString path = dir.filePath(QStringLiteral("unit.sqlite"));
    {
        Database demo;
        REQUIRE(demo.open(path));
        REQUIRE(DemoGenerator::fill(demo, DemoOptions{.families = 5}));
    }
    REQUIRE_FALSE(window.openDatabase(path).isError());
    CHECK(window.currentPage() == window.worklistPage());
    CHECK(window.findChildren<CaseListPage *>().isEmpty());
    window.findAction()->trigger();
    REQUIRE(window.findChildren<CaseListPage *>().size() == 1);
    CHECK(window.currentPage() == window.caseListPage());
    CHECK((window.caseListPage()->searchField()->hasFocus() || !window.isActiveWindow()));
    CHECK(window.caseListPage()->model()->rowCount() > 0);
}

TEST_CASE("The start language comes from the command line, the setting, the system, else Finnish", "[ui][language]")
{
    CHECK(LanguageManager::resolve(QStringLiteral("sv"), QStringLiteral("fi")) == QLatin1String("sv"));
    CHECK(LanguageManager::resolve(QString(), QStringLiteral("en")) == QLatin1String("en"));
    CHECK(LanguageManager::resolve(QStringLiteral("de"), QStringLiteral("sv")) == QLatin1String("sv"));
    const QString fallback = LanguageManager::resolve(QString(), QString());
    CHECK(LanguageManager::availableLanguages().contains(fallback));
}

TEST_CASE("Qt's own dialog buttons speak Finnish and Swedish too", "[ui][language]")
{
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("sv")));
    CHECK(QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel).button(QDialogButtonBox::Save)->text()
          == QStringLiteral("Spara"));
    CHECK(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Avbryt"));
    REQUIRE(languages.setLanguage(QStringLiteral("fi")));
    CHECK(QDialogButtonBox(QDialogButtonBox::Save).button(QDialogButtonBox::Save)->text() == QStringLiteral("Tallenna"));
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    CHECK(QDialogButtonBox(QDialogButtonBox::Save).button(QDialogButtonBox::Save)->text() == QStringLiteral("Save"));
}

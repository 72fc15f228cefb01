#include "catchshim.h"
#include "sessionfixtures.h"

#include "cases/casepage.h"
#include "help/helpwindow.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsdialog.h"
#include "settings/workstationsettings.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace tukipolku;
using namespace tukipolku::ui;

namespace {
const QStringList languages{QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("sv")};

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The pages of the guide in one language, by file name.
QStringList pagesIn(const QString &language)
{
    QStringList pages = QDir(QStringLiteral(":/help/") + language).entryList({QStringLiteral("*.html")});
    pages.sort();
    return pages;
}
} // namespace

TEST_CASE("Help: every link and picture in every page of the guide leads somewhere", "[ui][help]")
{
    const QStringList english = pagesIn(QStringLiteral("en"));
    REQUIRE(english.contains(QStringLiteral("index.html")));
    REQUIRE(english.size() >= 8);
    static const QRegularExpression reference(QStringLiteral("(?:href|src)\\s*=\\s*\"([^\"]+)\""));
    int followed = 0;
    for (const QString &language : languages) {
        INFO(language.toStdString());
        CHECK(pagesIn(language) == english); // the same pages in every language
        for (const QString &page : pagesIn(language)) {
            INFO(page.toStdString());
            const QString html = readResource(QStringLiteral(":/help/%1/%2").arg(language, page));
            CHECK(html.contains(QStringLiteral("<h1")));
            const QUrl base = HelpWindow::pageUrl(page, language);
            for (auto match = reference.globalMatch(html); match.hasNext();) {
                const QString link = match.next().captured(1);
                INFO(link.toStdString());
                const QUrl target = base.resolved(QUrl(link));
                CHECK(target.scheme() == QStringLiteral("qrc")); // nothing outside the program
                const QString file = QLatin1Char(':') + target.path();
                REQUIRE(QFile::exists(file));
                if (target.hasFragment()) {
                    const QString anchor = QStringLiteral("name=\"%1\"").arg(target.fragment());
                    CHECK(readResource(file).contains(anchor));
                }
                ++followed;
            }
        }
    }
    CHECK(followed > 50);
}

TEST_CASE("Help: F1 opens the page about the current view in English, Finnish and Swedish", "[ui][help]")
{
    QTemporaryDir dir;
    LanguageManager languageManager;
    WorkstationSettings settings;
    MainWindow window(languageManager, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    window.show();
    Session &session = window.session();
    const ClientCase c = test::openCaseOfIida(session, QDateTime(QDate(2026, 3, 3), QTime(10, 0)), PersonLanguage::Finnish);
    const Family family = *session.families().find(c.familyId);
    const Person child = c.child;

    for (const QString &language : languages) {
        INFO(language.toStdString());
        REQUIRE(languageManager.setLanguage(language));
        QCoreApplication::processEvents();
        const auto pressF1 = [&window](const QString &expected) {
            INFO(expected.toStdString());
            QTest::keyClick(&window, Qt::Key_F1);
            REQUIRE(window.helpWindow() != nullptr);
            CHECK(window.helpWindow()->isVisible());
            const QUrl shown = window.helpWindow()->browser()->source();
            CHECK(shown.fileName() == expected);
            CHECK(window.helpWindow()->browser()->toPlainText().size() > 300);
            CHECK_FALSE(window.helpWindow()->windowTitle().isEmpty());
            window.helpWindow()->hide();
            window.activateWindow();
            return shown;
        };
        window.showWorklist();
        pressF1(QStringLiteral("worklist.html"));
        window.showDashboard();
        CHECK(pressF1(QStringLiteral("worklist.html")).fragment() == QStringLiteral("dashboard"));
        window.showCaseList();
        CHECK(pressF1(QStringLiteral("caselist.html")).path().startsWith(QStringLiteral("/help/") + language));
        REQUIRE(window.showCase(c.id));
        window.casePage()->tabs()->setCurrentIndex(CasePage::InitiationTab);
        pressF1(QStringLiteral("pathway.html"));
        window.casePage()->tabs()->setCurrentIndex(CasePage::MeasureTab);
        pressF1(QStringLiteral("measures.html"));
        window.casePage()->tabs()->setCurrentIndex(CasePage::DecisionTab);
        pressF1(QStringLiteral("documents.html"));
        REQUIRE(window.showFamily(family.id));
        pressF1(QStringLiteral("family.html"));
        window.showProviders();
        pressF1(QStringLiteral("providers.html"));
    }
    languageManager.setLanguage(QStringLiteral("en"));
}

TEST_CASE("Help: F1 in the settings opens the settings page of the guide", "[ui][help]")
{
    QTemporaryDir dir;
    LanguageManager languageManager;
    languageManager.setLanguage(QStringLiteral("sv"));
    WorkstationSettings settings;
    MainWindow window(languageManager, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    SettingsDialog dialog(window.session(), settings, languageManager);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_F1);
    REQUIRE(dialog.helpWindow() != nullptr);
    const QUrl shown = dialog.helpWindow()->browser()->source();
    CHECK(shown.path() == QStringLiteral("/help/sv/settings.html"));
    CHECK(shown.fragment() == QStringLiteral("organisation"));
    languageManager.setLanguage(QStringLiteral("en"));
}

#include "mainwindow/mainwindow.h"
#include "common/clock.h"
#include "common/daywatcher.h"

#include "backup/automaticbackup.h"
#include "backup/dailybackup.h"
#include "common/backgroundreading.h"
#include "cases/caselistpage.h"
#include "cases/casepage.h"
#include "models/caselistmodel.h"
#include "common/messagebox.h"
#include "common/wheelguard.h"
#include "families/familypage.h"
#include "families/newfamilydialog.h"
#include "help/helpwindow.h"
#include "i18n/languagemanager.h"
#include "demo/demogenerator.h"
#include "dashboard/dashboardpage.h"
#include "mainwindow/firstrunwizard.h"
#include "mainwindow/startpage.h"
#include "worklist/worklistpage.h"
#include "privacy/homevisit.h"
#include "privacy/screenlock.h"
#include "providers/providerspage.h"
#include "settings/settingsdialog.h"
#include "settings/workstationsettings.h"
#include "version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
// Enough fictional families to look around in; created in about a second.
constexpr int demoFamilies = 1000;
} // namespace

MainWindow::MainWindow(LanguageManager &languages, WorkstationSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_languages(languages), m_settings(settings),
      m_database(std::make_unique<Database>()), m_session(*m_database)
{
    setObjectName(QStringLiteral("MainWindow"));
    // Scrolling a form never changes a field the pointer passes over.
    WheelGuard::install(QCoreApplication::instance());
    createPages();
    m_lock = new ScreenLock(this, m_pages, m_settings, m_pinGuard);
    m_homeVisit = new HomeVisit(this, m_settings, m_pinGuard);
    connect(m_lock, &ScreenLock::tooManyTries, this, &MainWindow::closeDatabaseForGood);
    m_dailyBackup = new DailyBackup(
        m_settings, [this] { return m_database && m_database->isOpen() ? m_database->path() : QString(); }, this);
    connect(m_dailyBackup, &DailyBackup::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(tr("The daily backup was written: %1").arg(message), 10000);
        else
            statusBar()->showMessage(tr("The daily backup failed: %1").arg(message));
    });
    m_healthCheck = std::make_unique<BackgroundReading>();
    watchForDamage();
    m_dayWatcher = new DayWatcher(this);
    connect(m_dayWatcher, &DayWatcher::dayChanged, this, &MainWindow::startNewDay);
    m_statusFile = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusFile, 1);
    createActions();
    createMenus();
    retranslateUi();
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        if (QAction *action = languageAction(code))
            action->setChecked(true);
    });
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    // The SVG icon needs a plugin: loaded after the first paint, not before.
    QTimer::singleShot(0, this, [this] { setWindowIcon(QIcon(QStringLiteral(":/icons/tukipolku.svg"))); });
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow()
{
    if (m_caseList)
        m_caseList->setSession(nullptr); // the list lets go of the connection before the database closes
}

void MainWindow::createPages()
{
    auto *central = new QWidget(this);
    m_homeVisitBanner = new QLabel(central);
    m_homeVisitBanner->setObjectName(QStringLiteral("homeVisitBanner"));
    m_homeVisitBanner->setWordWrap(true);
    m_homeVisitBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff1c2; color: #3d2e00; border-bottom: 2px solid #b38600; padding: 6px; font-weight: bold; }"));
    m_homeVisitBanner->hide();
    m_pages = new QStackedWidget(central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_homeVisitBanner);
    layout->addWidget(m_pages, 1);
    m_worklist = new WorklistPage(m_pages);
    m_pages->addWidget(m_worklist);
    connect(m_worklist, &WorklistPage::caseRequested, this, &MainWindow::openWork);
    connect(m_worklist, &WorklistPage::readFailed, this, &MainWindow::checkAfterReadFailure);
    connect(m_worklist, &WorklistPage::providerRequested, this, [this](const QString &providerId) {
        showProviders();
        if (currentPage() == m_providersPage)
            m_providersPage->selectProvider(providerId);
    });
    setCentralWidget(central);
}

StartPage *MainWindow::startPage()
{
    if (!m_startPage) {
        m_startPage = new StartPage(m_pages);
        m_pages->addWidget(m_startPage);
    }
    return m_startPage;
}

CaseListPage *MainWindow::caseListPage()
{
    if (!m_caseList) {
        m_caseList = new CaseListPage(m_pages);
        m_pages->addWidget(m_caseList);
        connect(m_caseList, &CaseListPage::caseActivated, this, &MainWindow::showCase);
        connect(m_caseList, &CaseListPage::newFamilyRequested, this, &MainWindow::newFamily);
        connect(m_caseList->model(), &CaseListModel::readFailed, this, &MainWindow::checkAfterReadFailure);
        if (m_database->isOpen())
            m_caseList->setSession(&m_session);
    }
    return m_caseList;
}

void MainWindow::reloadCaseList()
{
    if (m_caseList)
        m_caseList->reload();
}

void MainWindow::startNewDay()
{
    if (!m_database->isOpen())
        return;
    reloadCaseList();
    m_worklist->reload();
    if (m_casePage && !m_casePage->caseId().isEmpty())
        m_casePage->judgeDeadlinesAgain();
    if (m_dashboard && currentPage() == m_dashboard)
        m_dashboard->reload();
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Without a database (none chosen yet, or it could not be opened) the
    // window says how to open or create one.
    if (!m_database->isOpen() && currentPage() != m_startPage)
        switchTo(startPage());
    QMainWindow::showEvent(event);
}

FamilyPage *MainWindow::familyPage()
{
    if (!m_familyPage) {
        m_familyPage = new FamilyPage(m_session, m_pages);
        m_pages->addWidget(m_familyPage);
        connect(m_familyPage, &FamilyPage::caseActivated, this, &MainWindow::showCase);
        connect(m_familyPage, &FamilyPage::familyChanged, this, &MainWindow::reloadCaseList);
    }
    return m_familyPage;
}

CasePage *MainWindow::casePage()
{
    if (!m_casePage) {
        m_casePage = new CasePage(m_session, m_pages);
        m_pages->addWidget(m_casePage);
        connect(m_casePage, &CasePage::familyRequested, this, &MainWindow::showFamily);
        connect(m_casePage, &CasePage::caseChanged, this, &MainWindow::reloadCaseList);
        connect(m_casePage, &CasePage::caseChanged, m_worklist, &WorklistPage::reload);
    }
    return m_casePage;
}

ProvidersPage *MainWindow::providersPage()
{
    if (!m_providersPage) {
        m_providersPage = new ProvidersPage(m_session, m_pages);
        m_pages->addWidget(m_providersPage);
        connect(m_providersPage, &ProvidersPage::caseActivated, this, &MainWindow::showCase);
    }
    return m_providersPage;
}

void MainWindow::showProviders()
{
    if (!m_database->isOpen() || !leaveCurrentPage())
        return;
    providersPage()->reload();
    switchTo(m_providersPage);
    m_providersPage->searchField()->setFocus();
}

void MainWindow::updateStatus()
{
    if (m_database->isOpen()) {
        const QString path = QDir::toNativeSeparators(m_database->path());
        m_statusFile->setText(tr("Database: %1").arg(path));
        setWindowTitle(tr("%1 – Tukipolku").arg(QFileInfo(m_database->path()).fileName()));
    } else {
        m_statusFile->setText(tr("No database open"));
        setWindowTitle(tr("Tukipolku"));
    }
    const bool open = m_database->isOpen();
    for (QAction *action : {m_newFamily, m_blankContactForm, m_compensation, m_clientLog, m_exportFieldCopy, m_importFieldCopy, m_startHomeVisit, m_allSettings, m_worklistAction, m_dashboardAction, m_find, m_caseListAction, m_familyAction, m_workers, m_providersAction, m_catalogue, m_rates, m_organisation})
        action->setEnabled(open);
}

DatabaseError MainWindow::openDatabase(const QString &path)
{
    if (!leaveCurrentPage())
        return {};
    auto candidate = std::make_unique<Database>();
    candidate->open(path);
    return openDatabase(std::move(candidate));
}

DatabaseError MainWindow::openDatabase(std::unique_ptr<Database> candidate)
{
    if (!candidate->isOpen())
        return candidate->error();
    if (m_caseList)
        m_caseList->setSession(nullptr);
    m_database = std::move(candidate);
    m_session.setDatabase(*m_database, m_settings.currentWorkerId(m_database->path()));
    m_settings.setLastDatabase(m_database->path());
    if (m_caseList)
        m_caseList->setSession(&m_session);
    updateStatus();
    // The day starts on the worklist; its rows are read once the window is painted.
    switchTo(m_worklist);
    QTimer::singleShot(0, m_worklist, [this] { m_worklist->setSession(&m_session); });
    return {};
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

bool MainWindow::leaveCurrentPage()
{
    return !m_casePage || currentPage() != m_casePage || m_casePage->confirmLeave();
}

void MainWindow::switchTo(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    m_familyAction->setEnabled(page != nullptr && page == m_casePage);
}

void MainWindow::showWorklist()
{
    if (!m_database->isOpen() || !leaveCurrentPage())
        return;
    m_worklist->setSession(&m_session);
    switchTo(m_worklist);
    m_worklist->view()->setFocus();
}

DashboardPage *MainWindow::dashboardPage()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardPage(m_session, m_pages);
        m_pages->addWidget(m_dashboard);
    }
    return m_dashboard;
}

void MainWindow::showDashboard()
{
    if (!m_database->isOpen() || !leaveCurrentPage())
        return;
    dashboardPage()->reload();
    switchTo(m_dashboard);
}

void MainWindow::openWork(const QString &caseId, WorkPlace place, const QString &recordId)
{
    if (!showCase(caseId))
        return;
    static const QHash<WorkPlace, int> tabs{{WorkPlace::Initiation, CasePage::InitiationTab},
                                            {WorkPlace::Assessment, CasePage::AssessmentTab},
                                            {WorkPlace::Plan, CasePage::PlanTab},
                                            {WorkPlace::Measures, CasePage::MeasureTab},
                                            {WorkPlace::Agreements, CasePage::AgreementTab},
                                            {WorkPlace::Decisions, CasePage::DecisionTab}};
    m_casePage->tabs()->setCurrentIndex(tabs.value(place, CasePage::InitiationTab));
    if (place == WorkPlace::Initiation && !recordId.isEmpty())
        m_casePage->showInitiation(recordId); // the notification the row is about
}

void MainWindow::showCaseList()
{
    if (!m_database->isOpen() || !leaveCurrentPage())
        return;
    if (m_caseList)
        m_caseList->reload(); // what changed since it was last shown
    switchTo(caseListPage()); // built now, it has just read its first page
    m_caseList->focusSearch();
}

bool MainWindow::showFamily(const QString &familyId)
{
    if (m_homeVisit->isActive() && familyId != m_homeVisit->familyId())
        return false; // on a home visit only the family visited is shown
    if (!leaveCurrentPage())
        return false;
    if (!familyPage()->showFamily(familyId)) {
        if (const QString error = familyPage()->readError(); !error.isEmpty()) // not shown: not read whole
            checkAfterReadFailure(error);
        return false;
    }
    switchTo(m_familyPage);
    return true;
}

bool MainWindow::showCase(const QString &caseId)
{
    const bool shown = showCaseUnlogged(caseId);
    // Every opening of a client's case is in the access log (asiakastietolaki 703/2023).
    if (shown) {
        if (const Result logged = m_session.accessLog().recordView(caseId); !logged)
            statusBar()->showMessage(logged.message());
    }
    return shown;
}

bool MainWindow::showCaseUnlogged(const QString &caseId)
{
    if (m_homeVisit->isActive()) {
        const Outcome<ClientCase> visited = m_session.cases().find(caseId);
        if (!visited || visited->familyId != m_homeVisit->familyId())
            return false;
    }
    if (!leaveCurrentPage())
        return false;
    if (!casePage()->showCase(caseId)) {
        if (const QString error = casePage()->readError(); !error.isEmpty()) // not shown: not read whole
            checkAfterReadFailure(error);
        return false;
    }
    switchTo(m_casePage);
    return true;
}

void MainWindow::newFamily()
{
    if (!m_database->isOpen())
        return;
    NewFamilyDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        showFamily(dialog.createdFamilyId());
        reloadCaseList();
    }
}

void MainWindow::editSettings(int page)
{
    SettingsDialog dialog(m_session, m_settings, m_languages, this);
    dialog.showPage(SettingsDialog::Page(page));
    dialog.exec();
    m_lock->applySettings(); // the idle minutes may have changed
    reloadCaseList(); // "My cases" follows the worker chosen as me
    updateStatus();
}

void MainWindow::openChosenDatabase(const QString &path)
{
    if (path.isEmpty())
        return;
    const DatabaseError error = openDatabase(path);
    if (error.isError())
        MessageBox::warning(this, tr("Cannot open the database"), error.message());
}

void MainWindow::chooseNewDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir::homePath(), tr("Tukipolku databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("Cannot create the database"),
                            tr("The file %1 already exists. Choose a new name, or open the file "
                               "with File > Open Database.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openChosenDatabase(path);
    offerFirstRun();
}

void MainWindow::offerFirstRun()
{
    if (!FirstRunWizard::isNeeded(m_session))
        return;
    FirstRunWizard wizard(m_session, m_settings, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (wizard.demoChosen())
        openDemoDatabase();
    reloadCaseList();
    updateStatus();
}

QString MainWindow::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo.sqlite");
}

void MainWindow::openDemoDatabase()
{
    const QString path = demoDatabasePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QApplication::setOverrideCursor(Qt::WaitCursor); // about a second, once
        Database demo;
        Result filled = demo.open(path) ? DemoGenerator::fill(demo, DemoOptions{.families = demoFamilies})
                                        : Result::failure(demo.error().message());
        demo.close();
        QApplication::restoreOverrideCursor();
        if (!filled) {
            MessageBox::warning(this, tr("Cannot create the demo database"), filled.message());
            return;
        }
    }
    openChosenDatabase(path);
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString start = m_database->isOpen() ? QFileInfo(m_database->path()).absolutePath()
                                               : QDir::homePath();
    openChosenDatabase(QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                    tr("Tukipolku databases (*.sqlite);;All files (*)")));
}

QString MainWindow::helpPageForCurrentView() const
{
    QWidget *page = currentPage();
    if (page != nullptr && page == m_caseList)
        return QStringLiteral("caselist.html");
    if (page == m_worklist)
        return QStringLiteral("worklist.html");
    if (page != nullptr && page == m_dashboard)
        return QStringLiteral("worklist.html#dashboard");
    if (page != nullptr && page == m_familyPage)
        return QStringLiteral("family.html");
    if (page != nullptr && page == m_providersPage)
        return QStringLiteral("providers.html");
    if (page != nullptr && page == m_casePage) {
        switch (m_casePage->tabs()->currentIndex()) {
        case CasePage::MeasureTab: return QStringLiteral("measures.html");
        case CasePage::AgreementTab:
        case CasePage::DecisionTab: return QStringLiteral("documents.html");
        default: return QStringLiteral("pathway.html");
        }
    }
    return QStringLiteral("index.html");
}

void MainWindow::showHelp()
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(this);
    m_helpWindow->showPage(helpPageForCurrentView(), m_languages.current());
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tukipolku"),
        tr("<h3>Tukipolku %1</h3>"
           "<p>Case work for family social work and child welfare open care.</p>"
           "<p>Built from commit %2.</p>"
           "<p>This program is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License, version 3 or any later version. It comes "
           "with no warranty.</p>")
            .arg(QString::fromLatin1(build::version), QString::fromLatin1(build::commit)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closedForGood) { // ten wrong PINs: nothing more is saved or backed up
        event->accept();
        return;
    }
    if (m_homeVisit->isActive()) {
        // Closing would open the whole unit at the next start: the visit is ended first, with the PIN.
        askToEndHomeVisit();
        if (m_homeVisit->isActive()) {
            event->ignore();
            return;
        }
    }
    if (!leaveCurrentPage()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (AutomaticBackup::isDue(*m_database, m_settings, Clock::now())) {
        statusBar()->showMessage(tr("Backing up…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Result backedUp = AutomaticBackup::run(*m_database, m_settings, Clock::now());
        QApplication::restoreOverrideCursor();
        // A failed backup must not go unnoticed, but it does not keep the program open.
        if (!backedUp)
            MessageBox::warning(this, tr("The backup failed"), backedUp.message());
    }
    event->accept();
}

} // namespace tukipolku::ui

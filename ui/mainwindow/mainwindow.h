#pragma once

#include "privacy/pinguard.h"
#include "storage/database.h"
#include "storage/session.h"
#include "worklist/workitem.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace tukipolku {
class DayWatcher;
class WorkstationSettings;
}

namespace tukipolku::ui {

class BackgroundReading;
class CaseListPage;
class CasePage;
class FamilyPage;
class LanguageManager;
class ProvidersPage;
class StartPage;
class DailyBackup;
class HomeVisit;
class ScreenLock;
class DashboardPage;
class WorklistPage;
class HelpWindow;

// The main window: menus, the open database, the pages.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(LanguageManager &languages, WorkstationSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating it when it does not exist) in place of the
    // current database. On failure the current one stays open.
    DatabaseError openDatabase(const QString &path);
    // Puts `candidate`, opened already (at start-up, before the window is
    // built), in place of the current database; its error when it is not open.
    DatabaseError openDatabase(std::unique_ptr<Database> candidate);
    const Database &database() const { return *m_database; }
    Session &session() { return m_session; }

    // Navigation between the pages; each asks before unsaved changes are lost.
    void showCaseList();
    // The worklist of the current worker: what the program opens on.
    void showWorklist();
    // The unit's deadlines met by month and caseloads, as charts.
    void showDashboard();
    DashboardPage *dashboardPage();
    // Opens a worklist item's case at the tab where the work is done.
    void openWork(const QString &caseId, WorkPlace place, const QString &recordId);
    bool showFamily(const QString &familyId);
    // Opens the case and writes the view to the access log.
    bool showCase(const QString &caseId);
    void showProviders();
    void newFamily();
    // On a new, empty database: the first-run wizard (set up the unit, or a demo database).
    void offerFirstRun();
    // The demo database of fictional families the first-run wizard offers.
    static QString demoDatabasePath();
    // Opens the demo database, creating it first when there is none.
    void openDemoDatabase();
    // Home-visit mode for the family in view (the family page, or the case's family).
    void startHomeVisit();
    // Asks the PIN and ends the visit.
    void askToEndHomeVisit();
    // Ends the visit with `pin`; false (with a message) when it is wrong.
    bool endHomeVisit(const QString &pin);
    // After ten wrong PINs: closes the database until the program is started again.
    void closeDatabaseForGood();
    bool isClosedForGood() const { return m_closedForGood; }
    QLabel *homeVisitBanner() const { return m_homeVisitBanner; }
    HomeVisit *homeVisit() const { return m_homeVisit; }
    DailyBackup *dailyBackup() const { return m_dailyBackup; }
    DayWatcher *dayWatcher() const { return m_dayWatcher; }
    QAction *startHomeVisitAction() const { return m_startHomeVisit; }
    QAction *clientLogAction() const { return m_clientLog; }
    QAction *exportFieldCopyAction() const { return m_exportFieldCopy; }
    QAction *importFieldCopyAction() const { return m_importFieldCopy; }
    // The family of the case or family in view; empty on the lists.
    QString familyInView() const;
    // File ▸ Import a Field Copy… for `file`: reads, shows, imports, refreshes.
    void importFieldCopy(const QString &file);
    // Opens the settings at `page` (a SettingsDialog::Page).
    void editSettings(int page);
    QWidget *currentPage() const;

    WorklistPage *worklistPage() const { return m_worklist; }
    // Every page but the worklist (where the day starts) is built when first
    // needed: the window is painted sooner.
    CaseListPage *caseListPage();
    FamilyPage *familyPage();
    CasePage *casePage();
    ProvidersPage *providersPage();

    // Actions, for tests and for the pages that reuse them.
    QAction *newDatabaseAction() const { return m_newDatabase; }
    QAction *openDatabaseAction() const { return m_openDatabase; }
    QAction *quitAction() const { return m_quit; }
    QAction *aboutAction() const { return m_about; }
    QAction *helpAction() const { return m_help; }
    // The user guide's page about what is on the screen now.
    QString helpPageForCurrentView() const;
    // Opens the user guide (F1) at the page for the current view.
    void showHelp();
    HelpWindow *helpWindow() const { return m_helpWindow; }
    ScreenLock *screenLock() const { return m_lock; }
    QAction *newFamilyAction() const { return m_newFamily; }
    QAction *blankContactFormAction() const { return m_blankContactForm; }
    QAction *compensationAction() const { return m_compensation; }
    QAction *findAction() const { return m_find; }
    QAction *caseListAction() const { return m_caseListAction; }
    QAction *workersAction() const { return m_workers; }
    QAction *providersAction() const { return m_providersAction; }
    QAction *languageAction(const QString &code) const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createPages();
    StartPage *startPage();
    // Reloads the case list if it has been built (it reads when it is).
    void reloadCaseList();
    // After midnight: lists, worklist and deadlines judged against the new day.
    void startNewDay();
    void showHomeVisitBanner();
    // A list could not be read: SQLite's quick check decides whether the file
    // is damaged; if it is, writing stops and the backups are offered.
    void checkAfterReadFailure(const QString &message);
    void showHealth(const QStringList &problems, const QString &message);
    // Asks CorruptionWatch now and then whether SQLite has met damage anywhere.
    void watchForDamage();
    bool leaveCurrentPage();
    void switchTo(QWidget *page);
    bool showCaseUnlogged(const QString &caseId);
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void chooseNewDatabase();
    void chooseDatabaseToOpen();
    void openChosenDatabase(const QString &path);
    void showAbout();

    LanguageManager &m_languages;
    WorkstationSettings &m_settings;
    std::unique_ptr<Database> m_database;
    Session m_session;
    QStackedWidget *m_pages = nullptr;
    StartPage *m_startPage = nullptr;
    CaseListPage *m_caseList = nullptr;
    WorklistPage *m_worklist = nullptr;
    FamilyPage *m_familyPage = nullptr;
    CasePage *m_casePage = nullptr;
    ProvidersPage *m_providersPage = nullptr;
    QLabel *m_statusFile = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newDatabase = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_worklistAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    DashboardPage *m_dashboard = nullptr; // made when first shown
    QAction *m_help = nullptr; // Help ▸ User Guide (F1)
    HelpWindow *m_helpWindow = nullptr; // made when first opened
    ScreenLock *m_lock = nullptr;
    HomeVisit *m_homeVisit = nullptr;
    DailyBackup *m_dailyBackup = nullptr; // once a day while the program stays open
    DayWatcher *m_dayWatcher = nullptr;   // lists and deadlines move on at midnight
    PinGuard m_pinGuard;                  // wrong PINs of the lock and the home visit, counted together
    bool m_closedForGood = false;         // ten wrong PINs: no database until a restart
    QLabel *m_homeVisitBanner = nullptr;  // shown during a home visit, above the pages
    bool m_checkingHealth = false;        // a quick check is running off the window's thread
    std::unique_ptr<BackgroundReading> m_healthCheck;
    QAction *m_startHomeVisit = nullptr; // File ▸ Start a Home Visit…
    QAction *m_clientLog = nullptr;      // File ▸ Client's Access Log…
    QAction *m_exportFieldCopy = nullptr; // File ▸ Field Copy for a Laptop…
    QAction *m_importFieldCopy = nullptr; // File ▸ Import a Field Copy…
    QAction *m_endHomeVisit = nullptr;   // File ▸ End the Home Visit…
    QAction *m_newFamily = nullptr;
    QAction *m_blankContactForm = nullptr; // File ▸ Blank Contact Form…
    QAction *m_compensation = nullptr;     // File ▸ Compensation of Providers…
    QAction *m_find = nullptr;
    QAction *m_caseListAction = nullptr;
    QAction *m_familyAction = nullptr;
    QAction *m_workers = nullptr;
    QAction *m_providersAction = nullptr;
    QAction *m_catalogue = nullptr;
    QAction *m_rates = nullptr;
    QAction *m_organisation = nullptr;
    QAction *m_allSettings = nullptr; // Settings ▸ All Settings…
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace tukipolku::ui

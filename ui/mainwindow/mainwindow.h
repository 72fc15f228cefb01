#pragma once

#include "storage/database.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace tukipolku {
class WorkstationSettings;
}

namespace tukipolku::ui {

class LanguageManager;
class StartPage;

// The main window: menus, the open database, the pages.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(LanguageManager &languages, WorkstationSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating it when it does not exist) in place of the
    // current database. On failure the current one stays open.
    DatabaseError openDatabase(const QString &path);
    const Database &database() const { return *m_database; }

    // Actions, for tests and for the pages that reuse them.
    QAction *newDatabaseAction() const { return m_newDatabase; }
    QAction *openDatabaseAction() const { return m_openDatabase; }
    QAction *quitAction() const { return m_quit; }
    QAction *aboutAction() const { return m_about; }
    QAction *languageAction(const QString &code) const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
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
    StartPage *m_startPage = nullptr;
    QLabel *m_statusFile = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newDatabase = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace tukipolku::ui

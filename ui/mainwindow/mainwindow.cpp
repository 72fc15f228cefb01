#include "mainwindow/mainwindow.h"

#include "common/messagebox.h"
#include "i18n/languagemanager.h"
#include "mainwindow/startpage.h"
#include "settings/workstationsettings.h"
#include "version.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace tukipolku::ui {

MainWindow::MainWindow(LanguageManager &languages, WorkstationSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_languages(languages), m_settings(settings),
      m_database(std::make_unique<Database>())
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tukipolku.svg")));
    m_startPage = new StartPage(this);
    setCentralWidget(m_startPage);
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
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newDatabase = new QAction(this);
    m_newDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    m_openDatabase = new QAction(this);
    m_openDatabase->setShortcut(QKeySequence::Open);
    connect(m_openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_languages.current());
        connect(action, &QAction::triggered, this, [this, code] {
            m_languages.setLanguage(code);
            m_settings.setLanguage(code);
        });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDatabase);
    m_fileMenu->addAction(m_openDatabase);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

QAction *MainWindow::languageAction(const QString &code) const
{
    for (QAction *action : m_languageGroup->actions()) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newDatabase->setText(tr("&New Database…"));
    m_openDatabase->setText(tr("&Open Database…"));
    m_quit->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Tukipolku"));
    updateStatus();
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
    m_startPage->showDatabase(*m_database);
}

DatabaseError MainWindow::openDatabase(const QString &path)
{
    auto candidate = std::make_unique<Database>();
    if (!candidate->open(path))
        return candidate->error();
    m_database = std::move(candidate);
    m_settings.setLastDatabase(m_database->path());
    updateStatus();
    return {};
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
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString start = m_database->isOpen() ? QFileInfo(m_database->path()).absolutePath()
                                               : QDir::homePath();
    openChosenDatabase(QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                    tr("Tukipolku databases (*.sqlite);;All files (*)")));
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
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    event->accept();
}

} // namespace tukipolku::ui

// The main window's actions and menus, and their texts in the user's language.
#include "mainwindow/mainwindow.h"

#include "cases/caselistpage.h"
#include "cases/casepage.h"
#include "i18n/languagemanager.h"
#include "printing/blankformdialog.h"
#include "common/messagebox.h"
#include "families/familypage.h"
#include "fieldcopy/fieldcopyexportdialog.h"
#include "fieldcopy/fieldcopyfile.h"
#include "fieldcopy/fieldcopyimportdialog.h"
#include "reports/clientlogdialog.h"
#include "reports/compensationdialog.h"
#include "settings/settingsdialog.h"
#include "settings/workstationsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QLineEdit>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace tukipolku::ui {

void MainWindow::createActions()
{
    m_providersAction = new QAction(this);
    m_providersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_providersAction, &QAction::triggered, this, &MainWindow::showProviders);
    m_newFamily = new QAction(this);
    m_newFamily->setShortcut(QKeySequence::New);
    connect(m_newFamily, &QAction::triggered, this, &MainWindow::newFamily);
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &MainWindow::showCaseList); // it puts the cursor in the search
    m_caseListAction = new QAction(this);
    m_caseListAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_dashboardAction = new QAction(this);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    m_worklistAction = new QAction(this);
    m_worklistAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_worklistAction, &QAction::triggered, this, &MainWindow::showWorklist);
    connect(m_caseListAction, &QAction::triggered, this, &MainWindow::showCaseList);
    m_clientLog = new QAction(this);
    connect(m_clientLog, &QAction::triggered, this, [this] {
        if (currentPage() != m_casePage || !m_casePage) {
            MessageBox::information(this, tr("Client's access log"), tr("Open the client's case first."));
            return;
        }
        ClientLogDialog dialog(m_session, m_casePage->currentCase().id, this);
        dialog.exec();
    });
    m_exportFieldCopy = new QAction(this);
    connect(m_exportFieldCopy, &QAction::triggered, this, [this] {
        FieldCopyExportDialog dialog(m_session, familyInView(), this);
        if (dialog.exec() == QDialog::Accepted)
            MessageBox::information(this, tr("Field copy written"),
                                    tr("The field copy %1 is written. Import it on the laptop with File ▸ Import a "
                                       "Field Copy, and bring the laptop's own field copy back the same way.")
                                        .arg(dialog.file()->text()));
    });
    m_importFieldCopy = new QAction(this);
    connect(m_importFieldCopy, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a Field Copy"), QString(),
                                                          tr("Field copies (*.%1);;All files (*)")
                                                              .arg(FieldCopyFile::suffix));
        if (!file.isEmpty())
            importFieldCopy(file);
    });
    m_startHomeVisit = new QAction(this);
    connect(m_startHomeVisit, &QAction::triggered, this, &MainWindow::startHomeVisit);
    m_endHomeVisit = new QAction(this);
    m_endHomeVisit->setVisible(false);
    connect(m_endHomeVisit, &QAction::triggered, this, &MainWindow::askToEndHomeVisit);
    m_familyAction = new QAction(this);
    m_familyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_familyAction, &QAction::triggered, this, [this] {
        if (currentPage() == m_casePage)
            showFamily(m_casePage->currentCase().familyId);
    });
    m_organisation = new QAction(this);
    connect(m_organisation, &QAction::triggered, this, [this] { editSettings(SettingsDialog::Organisation); });
    m_rates = new QAction(this);
    connect(m_rates, &QAction::triggered, this, [this] { editSettings(SettingsDialog::Rates); });
    m_catalogue = new QAction(this);
    connect(m_catalogue, &QAction::triggered, this, [this] { editSettings(SettingsDialog::Catalogue); });
    m_workers = new QAction(this);
    connect(m_workers, &QAction::triggered, this, [this] { editSettings(SettingsDialog::Workers); });
    m_allSettings = new QAction(this);
    m_allSettings->setShortcut(QKeySequence::Preferences);
    connect(m_allSettings, &QAction::triggered, this, [this] { editSettings(SettingsDialog::Organisation); });
    m_compensation = new QAction(this);
    connect(m_compensation, &QAction::triggered, this, [this] {
        CompensationDialog dialog(m_session, this);
        dialog.exec();
    });
    m_blankContactForm = new QAction(this);
    connect(m_blankContactForm, &QAction::triggered, this, [this] {
        BlankFormDialog dialog(m_session, m_languages.current(), this);
        dialog.exec();
    });
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
    m_help = new QAction(this);
    m_help->setShortcut(QKeySequence::HelpContents);
    m_help->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_help, &QAction::triggered, this, &MainWindow::showHelp);
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
    m_fileMenu->addAction(m_newFamily);
    m_fileMenu->addAction(m_blankContactForm);
    m_fileMenu->addAction(m_compensation);
    m_fileMenu->addAction(m_clientLog);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportFieldCopy);
    m_fileMenu->addAction(m_importFieldCopy);
    m_fileMenu->addAction(m_startHomeVisit);
    m_fileMenu->addAction(m_endHomeVisit);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_newDatabase);
    m_fileMenu->addAction(m_openDatabase);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_worklistAction);
    m_goMenu->addAction(m_dashboardAction);
    m_goMenu->addAction(m_caseListAction);
    m_goMenu->addAction(m_find);
    m_goMenu->addAction(m_familyAction);
    m_goMenu->addAction(m_providersAction);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_allSettings);
    m_settingsMenu->addSeparator();
    m_settingsMenu->addAction(m_organisation);
    m_settingsMenu->addAction(m_workers);
    m_settingsMenu->addAction(m_catalogue);
    m_settingsMenu->addAction(m_rates);
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_help);
    m_helpMenu->addAction(m_about);
}

QString MainWindow::familyInView() const
{
    if (m_casePage && currentPage() == m_casePage)
        return m_casePage->currentCase().familyId;
    if (m_familyPage && currentPage() == m_familyPage)
        return m_familyPage->familyId();
    return {};
}

void MainWindow::importFieldCopy(const QString &file)
{
    FieldCopyImportDialog dialog(m_session, file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // What the field copy brought shows everywhere at once.
    reloadCaseList();
    showWorklist();
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
    m_newFamily->setText(tr("New &Family…"));
    m_blankContactForm->setText(tr("&Blank Contact Form…"));
    m_compensation->setText(tr("Co&mpensation of Providers…"));
    m_goMenu->setTitle(tr("&Go"));
    m_caseListAction->setText(tr("&Case List"));
    m_worklistAction->setText(tr("&Worklist"));
    m_dashboardAction->setText(tr("&Dashboard"));
    m_find->setText(tr("&Find…"));
    m_familyAction->setText(tr("The Case's &Family"));
    m_clientLog->setText(tr("Client's Access &Log…"));
    m_clientLog->setToolTip(tr("Everything logged about the child of the case in view, for a client who asks."));
    m_exportFieldCopy->setText(tr("Field Cop&y for a Laptop…"));
    m_exportFieldCopy->setToolTip(tr("Families and all their records in one encrypted file, for work without a network."));
    m_importFieldCopy->setText(tr("&Import a Field Copy…"));
    m_startHomeVisit->setText(tr("Start a &Home Visit…"));
    m_startHomeVisit->setToolTip(tr("Shows only the family in view until you end the visit with your PIN."));
    m_endHomeVisit->setText(tr("&End the Home Visit…"));
    m_providersAction->setText(tr("&Providers"));
    m_workers->setText(tr("&Workers…"));
    m_catalogue->setText(tr("Measure &Catalogue…"));
    m_rates->setText(tr("Compensation &Rates…"));
    m_organisation->setText(tr("&Organisation…"));
    m_allSettings->setText(tr("&All Settings…"));
    m_newDatabase->setText(tr("&New Database…"));
    m_openDatabase->setText(tr("&Open Database…"));
    m_quit->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_help->setText(tr("&User Guide"));
    m_about->setText(tr("&About Tukipolku"));
    updateStatus();
}

} // namespace tukipolku::ui

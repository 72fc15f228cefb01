// The main window when a list could not be read: is the file damaged?
#include "mainwindow/mainwindow.h"

#include "common/messagebox.h"
#include "settings/settingsdialog.h"

#include <QStatusBar>

namespace tukipolku::ui {

void MainWindow::checkAfterReadFailure(const QString &message)
{
    if (!m_database->isOpen() || m_readFailureChecked)
        return;
    m_readFailureChecked = true;
    if (m_database->confirmHealthy()) {
        // The whole file passed SQLite's check: a passing fault (the file on
        // a network share that came back). The list said what happened.
        statusBar()->showMessage(message, 15000);
        return;
    }
    if (MessageBox::question(this, tr("The database is damaged"),
                             m_database->error().message() + QStringLiteral("\n\n") + tr("Show the backups now?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes)
        editSettings(SettingsDialog::Backups);
}

} // namespace tukipolku::ui

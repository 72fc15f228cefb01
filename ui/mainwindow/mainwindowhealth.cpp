// The main window when the database may be damaged: a list could not be read,
// or SQLite met damage anywhere (CorruptionWatch). SQLite's quick check, off
// the window's thread (seconds at 100,000 families), decides; a damaged file
// is written no more, and the backups are offered.
#include "mainwindow/mainwindow.h"

#include "common/backgroundreading.h"
#include "common/messagebox.h"
#include "settings/settingsdialog.h"
#include "storage/corruptionwatch.h"
#include "storage/readerconnection.h"

#include <QStatusBar>
#include <QTimer>

namespace tukipolku::ui {

namespace {
// How often the window asks whether SQLite has met damage.
constexpr int watchIntervalMs = 2000;
} // namespace

void MainWindow::watchForDamage()
{
    auto *timer = new QTimer(this);
    timer->setInterval(watchIntervalMs);
    connect(timer, &QTimer::timeout, this, [this] {
        if (CorruptionWatch::seen()) {
            CorruptionWatch::reset();
            checkAfterReadFailure(QString());
        }
    });
    timer->start();
}

void MainWindow::checkAfterReadFailure(const QString &message)
{
    if (!m_database->isOpen() || m_database->isDamaged() || m_checkingHealth)
        return;
    m_checkingHealth = true;
    statusBar()->showMessage(tr("Checking the database…"));
    m_healthCheck->start<QStringList>(
        m_database->path(),
        [](const ReaderConnection &reader, const std::atomic_bool *) { return Database::quickCheck(reader.connection()); },
        this, [this, message](const QStringList &problems) { showHealth(problems, message); });
}

void MainWindow::showHealth(const QStringList &problems, const QString &message)
{
    m_checkingHealth = false;
    if (problems.isEmpty()) {
        // The whole file passed: a passing fault (a network share that came
        // back). The list that failed has said so itself.
        statusBar()->showMessage(message, 15000);
        return;
    }
    m_database->stopWriting(problems);
    statusBar()->showMessage(m_database->error().message());
    if (MessageBox::question(this, tr("The database is damaged"),
                             m_database->error().message() + QStringLiteral("\n\n") + tr("Show the backups now?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes)
        editSettings(SettingsDialog::Backups);
}

} // namespace tukipolku::ui

#include "settings/backupspage.h"
#include "common/clock.h"

#include "backup/backupfile.h"
#include "backup/backuplocation.h"
#include "backup/backups.h"
#include "common/errorlabel.h"
#include "domain/labels.h"
#include "settings/workstationsettings.h"
#include "storage/session.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

BackupsPage::BackupsPage(const Session &session, WorkstationSettings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_folderLabel = new QLabel(this);
    m_folder = new QLineEdit(settings.backupFolder(), this);
    m_folderLabel->setBuddy(m_folder);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_error = new ErrorLabel(this);
    for (int i = 0; i < 4; ++i)
        m_buttons << new QPushButton(this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_buttons.at(0));
    auto *form = new QFormLayout;
    form->addRow(m_folderLabel, folderRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_buttons.at(1));
    actions->addWidget(m_buttons.at(2));
    actions->addWidget(m_buttons.at(3));
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_folder, &QLineEdit::editingFinished, this, [this] { useFolder(m_folder->text().trimmed()); });
    connect(qobject_cast<QPushButton *>(m_buttons.at(0)), &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, m_folderLabel->text(), m_folder->text());
        if (!folder.isEmpty()) {
            m_folder->setText(native(folder));
            useFolder(m_folder->text());
        }
    });
    connect(qobject_cast<QPushButton *>(m_buttons.at(1)), &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(qobject_cast<QPushButton *>(m_buttons.at(2)), &QPushButton::clicked, this, &BackupsPage::chooseEncryptedTarget);
    connect(qobject_cast<QPushButton *>(m_buttons.at(3)), &QPushButton::clicked, this, &BackupsPage::chooseBackupToRestore);
    retranslateUi();
    showStatus();
}

bool BackupsPage::backUpNow()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_error->showError(tr("Choose the backup folder first."));
        return false;
    }
    m_settings.setBackupFolder(folder);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString written;
    const QDateTime now = Clock::now();
    const Result done = Backups::writeInto(m_session.database(), Backups::folderFor(folder, m_session.database().path()),
                                           QString(), now, &written);
    QApplication::restoreOverrideCursor();
    if (!done) {
        m_error->showError(done.message());
        return false;
    }
    m_settings.setLastBackup(now);
    m_error->clearError();
    showStatus(tr("Wrote %1; it passed the check.").arg(native(written)));
    return true;
}

bool BackupsPage::backUpEncrypted(const QString &target, const QString &password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result done = Backups::write(m_session.database(), target, password);
    QApplication::restoreOverrideCursor();
    if (!done) {
        m_error->showError(done.message());
        return false;
    }
    m_error->clearError();
    showStatus(tr("Wrote the encrypted backup %1; it passed the check.").arg(native(target)));
    return true;
}

bool BackupsPage::restore(const QString &backup, const QString &newPath, const QString &password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result done = Backups::restore(backup, newPath, password);
    QApplication::restoreOverrideCursor();
    if (!done) {
        m_error->showError(done.message());
        return false;
    }
    m_error->clearError();
    showStatus(tr("Restored into %1; it passed the check. Open it with File ▸ Open Database; the current file "
                  "stays as it is.")
                   .arg(native(newPath)));
    return true;
}

void BackupsPage::chooseEncryptedTarget()
{
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Encrypted backup"),
        QStringLiteral("tukipolku-%1.tpbackup").arg(Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        tr("Encrypted backups (*.tpbackup)"));
    if (target.isEmpty())
        return;
    bool given = false;
    const QString password = QInputDialog::getText(this, tr("Encrypted backup"),
                                                   tr("Password (at least 8 characters; without it the backup cannot "
                                                      "be restored):"),
                                                   QLineEdit::Password, QString(), &given);
    if (!given)
        return;
    if (password.size() < 8) {
        m_error->showError(tr("The password must have at least 8 characters."));
        return;
    }
    const QString again = QInputDialog::getText(this, tr("Encrypted backup"), tr("The same password again:"),
                                                QLineEdit::Password, QString(), &given);
    if (!given)
        return;
    if (again != password) {
        m_error->showError(tr("The passwords differ. Nothing was written."));
        return;
    }
    backUpEncrypted(target, password);
}

void BackupsPage::chooseBackupToRestore()
{
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore a backup"), m_folder->text(),
                                                        tr("Backups (*.sqlite *.tpbackup)"));
    if (backup.isEmpty())
        return;
    QString password;
    if (BackupFile::isEncrypted(backup)) {
        bool given = false;
        password = QInputDialog::getText(this, tr("Restore a backup"), tr("The backup's password:"), QLineEdit::Password,
                                         QString(), &given);
        if (!given)
            return;
    }
    const QString newPath = QFileDialog::getSaveFileName(this, tr("Restore into a new file"), QString(),
                                                         tr("Tukipolku databases (*.sqlite)"));
    if (!newPath.isEmpty())
        restore(backup, newPath, password);
}

void BackupsPage::useFolder(const QString &folder)
{
    m_settings.setBackupFolder(folder);
    // Said at once rather than when the first automatic backup fails.
    if (!folder.isEmpty() && BackupLocation::isRemovable(folder))
        m_error->showError(tr("This folder is on a removable disk, which can be lost: the automatic backups, "
                              "which are not encrypted, cannot be written there. Choose a folder on this computer "
                              "or on the network share, and use Back up encrypted… for a USB stick."));
    else
        m_error->clearError();
}

void BackupsPage::showStatus(const QString &done)
{
    const QDateTime last = m_settings.lastBackup();
    const QString when = last.isValid() ? tr("The last automatic backup: %1.").arg(Labels::dateTime(last))
                                        : tr("No automatic backup has been written yet.");
    m_status->setText(done.isEmpty() ? when : done + QLatin1Char(' ') + when);
}

void BackupsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showStatus();
    }
    QWidget::changeEvent(event);
}

void BackupsPage::retranslateUi()
{
    m_explanation->setText(tr("A backup is written into the folder when you close the program, if anything changed "
                              "or the last backup is over a day old; each is checked before it counts, and the folder "
                              "keeps the newest of the last 7 days, 4 weeks and 12 months. Choose a folder on a "
                              "protected disk or the organisation's network share. For a USB stick or another "
                              "removable disk, use Back up encrypted: without the password nobody can read it."));
    m_folderLabel->setText(tr("Backup &folder:"));
    static_cast<QPushButton *>(m_buttons.at(0))->setText(tr("C&hoose…"));
    static_cast<QPushButton *>(m_buttons.at(1))->setText(tr("&Back up now"));
    static_cast<QPushButton *>(m_buttons.at(2))->setText(tr("Back up &encrypted…"));
    static_cast<QPushButton *>(m_buttons.at(3))->setText(tr("&Restore a backup…"));
}

} // namespace tukipolku::ui

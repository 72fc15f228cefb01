#include "backup/dailybackup.h"

#include "backup/backups.h"
#include "settings/workstationsettings.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QThreadPool>

namespace tukipolku::ui {

DailyBackup::DailyBackup(WorkstationSettings &settings, std::function<QString()> databasePath, QObject *parent)
    : QObject(parent), m_settings(settings), m_databasePath(std::move(databasePath))
{
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
    m_timer.start();
}

bool DailyBackup::isDue(const QDateTime &now) const
{
    if (m_settings.backupFolder().isEmpty() || m_databasePath().isEmpty())
        return false;
    const QDateTime last = m_settings.lastBackup();
    return !last.isValid() || last.addDays(1) <= now;
}

bool DailyBackup::checkNow(const QDateTime &now)
{
    if (m_running || !isDue(now))
        return false;
    m_running = true;
    const QString path = m_databasePath();
    const QString folder = Backups::folderFor(m_settings.backupFolder(), path);
    const QPointer<DailyBackup> self(this);
    QThreadPool::globalInstance()->start([self, path, folder, now] {
        QString written;
        Result done;
        {
            Database database; // read-only: the window's connection keeps writing meanwhile
            done = database.open(path, Database::Mode::ReadOnly)
                       ? Backups::writeInto(database, folder, QString(), now, &written)
                       : Result::failure(database.error().message());
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, done, written, now] {
                if (!self)
                    return;
                self->m_running = false;
                if (done)
                    self->m_settings.setLastBackup(now);
                emit self->finished(done.ok(), done ? QDir::toNativeSeparators(written) : done.message());
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace tukipolku::ui

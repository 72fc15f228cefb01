#include "files/privateworkfolder.h"

#include "common/clock.h"

#include <QDir>
#include <QDateTime>
#include <QFileInfo>

namespace tukipolku {

namespace {
const QString inUseName = QStringLiteral("in-use.lock");

// One folder per user of a shared workstation, private to that user.
QString userFolderName()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    user.remove(QLatin1Char('/')).remove(QLatin1Char('\\'));
    return QStringLiteral("tukipolku-work-") + (user.isEmpty() ? QStringLiteral("user") : user);
}

bool makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}
} // namespace

QString PrivateWorkFolder::parentFolder()
{
    return QDir(QDir::tempPath()).filePath(userFolderName());
}

PrivateWorkFolder::PrivateWorkFolder()
{
    if (!makePrivateFolder(parentFolder()))
        return;
    // QTemporaryDir makes its folder 0700.
    m_dir = std::make_unique<QTemporaryDir>(QDir(parentFolder()).filePath(QStringLiteral("job-XXXXXX")));
    if (!m_dir->isValid())
        return;
    m_inUse = std::make_unique<QLockFile>(m_dir->filePath(inUseName));
    m_inUse->setStaleLockTime(0);
    if (!m_inUse->tryLock(0))
        m_inUse.reset();
}

PrivateWorkFolder::~PrivateWorkFolder()
{
    if (m_inUse)
        m_inUse->unlock();
    m_inUse.reset();
    m_dir.reset(); // removes the folder and everything in it
}

bool PrivateWorkFolder::isValid() const
{
    return m_dir && m_dir->isValid() && m_inUse;
}

QString PrivateWorkFolder::errorString() const
{
    if (m_dir && !m_dir->isValid())
        return m_dir->errorString();
    return tr("The private work folder %1 cannot be made.").arg(QDir::toNativeSeparators(parentFolder()));
}

QString PrivateWorkFolder::filePath(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

int PrivateWorkFolder::removeLeftovers()
{
    const QDir parent(parentFolder());
    if (!parent.exists())
        return 0;
    int removed = 0;
    for (const QString &name : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        QDir job(parent.filePath(name));
        // A folder whose program still runs holds its lock; a killed
        // program's lock is stale (QLockFile knows its process is gone).
        QLockFile inUse(job.filePath(inUseName));
        inUse.setStaleLockTime(0);
        if (!inUse.tryLock(0)) {
            // A lock that names no program was cut off while being written;
            // after a minute its folder is taken as left over too.
            qint64 pid = 0;
            QString host, application;
            const bool named = inUse.getLockInfo(&pid, &host, &application);
            const QDateTime made = QFileInfo(job.absolutePath()).lastModified();
            if (named || made.secsTo(Clock::now()) < 60)
                continue;
        }
        inUse.unlock();
        if (job.removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace tukipolku

#include "backup/backuplocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace tukipolku {

namespace {
std::function<bool(const QString &)> &testDetector()
{
    static std::function<bool(const QString &)> detector;
    return detector;
}

// The nearest folder of `path` that exists: a backup's folder may be made only when written.
QString existingFolderOf(const QString &path)
{
    QFileInfo info(path);
    QDir folder = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    while (!folder.exists() && !folder.isRoot()) {
        if (!folder.cdUp())
            break;
    }
    return folder.absolutePath();
}
} // namespace

void BackupLocation::setDetectorForTesting(std::function<bool(const QString &)> detector)
{
    testDetector() = std::move(detector);
}

bool BackupLocation::isRemovableBlockDevice(const QString &device, const QString &sysRoot)
{
    // /dev/sdb1 -> sdb1; its entry under class/block leads into the device tree.
    const QString name = QFileInfo(device).fileName();
    if (name.isEmpty() || !device.startsWith(QLatin1String("/dev/")))
        return false;
    const QString entry = QDir(sysRoot).filePath(QStringLiteral("class/block/") + name);
    const QString real = QFileInfo(entry).canonicalFilePath();
    if (real.isEmpty())
        return false;
    if (real.contains(QLatin1String("/usb")))
        return true; // a USB stick or a disk on USB, whatever it says of itself
    // A partition's "removable" is its whole disk's: sdb1 -> sdb.
    for (QDir dir(real); !dir.isRoot(); dir.cdUp()) {
        QFile removable(dir.filePath(QStringLiteral("removable")));
        if (removable.exists())
            return removable.open(QIODevice::ReadOnly) && removable.readAll().trimmed() == "1";
        if (dir.dirName() == QLatin1String("block"))
            break;
    }
    return false;
}

bool BackupLocation::isRemovable(const QString &path)
{
    if (testDetector())
        return testDetector()(path);
    const QString folder = existingFolderOf(path);
#ifdef Q_OS_WIN
    const QString root = QStorageInfo(folder).rootPath();
    return GetDriveTypeW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(root).utf16())) == DRIVE_REMOVABLE;
#else
    const QStorageInfo storage(folder);
    return storage.isValid()
           && isRemovableBlockDevice(QString::fromLocal8Bit(storage.device()), QStringLiteral("/sys"));
#endif
}

} // namespace tukipolku

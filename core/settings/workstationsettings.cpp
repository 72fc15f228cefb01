#include "settings/workstationsettings.h"

#include <QCryptographicHash>

namespace tukipolku {

namespace {
constexpr char languageKey[] = "ui/language";
constexpr char geometryKey[] = "ui/windowGeometry";
constexpr char stateKey[] = "ui/windowState";
constexpr char lastDatabaseKey[] = "database/last";
constexpr char backupFolderKey[] = "backup/folder";
constexpr char lockMinutesKey[] = "privacy/lockMinutes";
constexpr char pinHashKey[] = "privacy/pinHash";
constexpr int defaultLockMinutes = 10; // a laptop left on a family's table locks itself
constexpr char lastBackupKey[] = "backup/last";
constexpr char currentWorkerGroup[] = "currentWorker";

// QSettings keys cannot hold a path's slashes: the worker is stored under a
// hash of the database path.
QString workerKey(const QString &databasePath)
{
    const QByteArray hash = QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QLatin1String(currentWorkerGroup) + QLatin1Char('/') + QString::fromLatin1(hash);
}
} // namespace

QVariant WorkstationSettings::value(const char *key, const QVariant &fallback) const
{
    return m_settings.value(QLatin1String(key), fallback);
}

void WorkstationSettings::setValue(const char *key, const QVariant &value)
{
    m_settings.setValue(QLatin1String(key), value);
}

QString WorkstationSettings::language() const
{
    return value(languageKey).toString();
}

void WorkstationSettings::setLanguage(const QString &code)
{
    setValue(languageKey, code);
}

QByteArray WorkstationSettings::windowGeometry() const
{
    return value(geometryKey).toByteArray();
}

void WorkstationSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(geometryKey, geometry);
}

QByteArray WorkstationSettings::windowState() const
{
    return value(stateKey).toByteArray();
}

void WorkstationSettings::setWindowState(const QByteArray &state)
{
    setValue(stateKey, state);
}

int WorkstationSettings::lockMinutes() const
{
    return value(lockMinutesKey, defaultLockMinutes).toInt();
}

void WorkstationSettings::setLockMinutes(int minutes)
{
    setValue(lockMinutesKey, minutes);
}

QString WorkstationSettings::pinHash() const
{
    return value(pinHashKey).toString();
}

void WorkstationSettings::setPinHash(const QString &hash)
{
    setValue(pinHashKey, hash);
}

QString WorkstationSettings::backupFolder() const
{
    return value(backupFolderKey).toString();
}

void WorkstationSettings::setBackupFolder(const QString &folder)
{
    setValue(backupFolderKey, folder);
}

QDateTime WorkstationSettings::lastBackup() const
{
    return value(lastBackupKey).toDateTime();
}

void WorkstationSettings::setLastBackup(const QDateTime &at)
{
    setValue(lastBackupKey, at);
}

QString WorkstationSettings::lastDatabase() const
{
    return value(lastDatabaseKey).toString();
}

void WorkstationSettings::setLastDatabase(const QString &path)
{
    setValue(lastDatabaseKey, path);
}

QString WorkstationSettings::currentWorkerId(const QString &databasePath) const
{
    return m_settings.value(workerKey(databasePath)).toString();
}

void WorkstationSettings::setCurrentWorkerId(const QString &databasePath, const QString &workerId)
{
    m_settings.setValue(workerKey(databasePath), workerId);
}

} // namespace tukipolku

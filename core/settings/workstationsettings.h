#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QString>

namespace tukipolku {

// Settings that belong to this workstation, not to the unit: language, window
// state, the last database. One typed accessor per key, each with its default,
// so no raw QSettings keys are scattered around the program.
class WorkstationSettings final {
public:
    WorkstationSettings() = default;

    // "fi", "sv", "en", or empty when the user has not chosen.
    QString language() const;
    void setLanguage(const QString &code);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The database opened last, or empty.
    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    // The folder of the automatic backups (empty: none), and when the last was written.
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    QDateTime lastBackup() const;
    void setLastBackup(const QDateTime &at);

    // The screen lock: after how many idle minutes (0: never) and the PIN's hash (empty: none).
    int lockMinutes() const;
    void setLockMinutes(int minutes);
    QString pinHash() const;
    void setPinHash(const QString &hash);

    // The worker who uses this workstation, per database file (worker ids
    // belong to a database).
    QString currentWorkerId(const QString &databasePath) const;
    void setCurrentWorkerId(const QString &databasePath, const QString &workerId);

private:
    QVariant value(const char *key, const QVariant &fallback = {}) const;
    void setValue(const char *key, const QVariant &value);

    QSettings m_settings;
};

} // namespace tukipolku

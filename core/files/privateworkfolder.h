#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tukipolku {

// A folder on the local disk that only its owner can enter (0700), for plain
// copies that must never touch a backup's or a field copy's destination: the
// snapshot an encrypted backup is made from, a field copy before encryption
// or after decryption. It is removed when the work is done; a folder left by
// a program that was killed is removed at the next start (removeLeftovers).
class PrivateWorkFolder final {
    Q_DECLARE_TR_FUNCTIONS(PrivateWorkFolder)
public:
    PrivateWorkFolder();
    ~PrivateWorkFolder();
    PrivateWorkFolder(const PrivateWorkFolder &) = delete;
    PrivateWorkFolder &operator=(const PrivateWorkFolder &) = delete;

    bool isValid() const;
    // In words, when the folder could not be made.
    QString errorString() const;
    QString filePath(const QString &name) const;

    // Where the work folders are made (in the system's temporary folder).
    static QString parentFolder();
    // Removes the folders of programs that are no longer running; the number removed.
    static int removeLeftovers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QLockFile> m_inUse; // tells removeLeftovers that the folder is still used
};

} // namespace tukipolku

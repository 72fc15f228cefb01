#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace tukipolku {

// A backup file encrypted with a password: the key is derived with Argon2id
// (crypto_pwhash) from the password and a random salt, and the file is sealed
// in 64 KiB chunks with XChaCha20-Poly1305 (crypto_secretstream), so that a
// wrong password, a changed byte or a cut-off file are all refused.
//
// Layout: "TUKIPOLKU-BACKUP" and a version byte, the salt, the Argon2id
// limits (opslimit, memlimit as 64-bit little-endian), the stream header, then
// the chunks, the last one tagged final.
class BackupFile final {
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    // True when the file starts like an encrypted backup.
    static bool isEncrypted(const QString &path);
    // Encrypts `plainPath` into `encryptedPath` (written whole or not at all).
    static Result encrypt(const QString &plainPath, const QString &encryptedPath, const QString &password);
    // Decrypts `encryptedPath` into `plainPath`; a wrong password or a damaged file is refused in words.
    static Result decrypt(const QString &encryptedPath, const QString &plainPath, const QString &password);
};

} // namespace tukipolku

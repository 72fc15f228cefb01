#include "backup/backupfile.h"
#include "files/outputfile.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <array>
#include <vector>

namespace tukipolku {

namespace {
const QByteArray magic = QByteArrayLiteral("TUKIPOLKU-BACKUP\x01");
constexpr qint64 chunkBytes = 64 * 1024;
// Interactive limits: a backup or a restore derives the key in well under a second.
constexpr unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

bool deriveKey(Key &key, const QString &password, const unsigned char *salt, unsigned long long ops, size_t mem)
{
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash(key.data(), key.size(), utf8.constData(), size_t(utf8.size()), salt, ops, mem,
                         crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

QString fileName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

bool BackupFile::isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(magic.size()) == magic;
}

Result BackupFile::encrypt(const QString &plainPath, const QString &encryptedPath, const QString &password)
{
    if (sodium_init() < 0)
        return Result::failure(tr("The encryption library could not be started."));
    if (password.isEmpty())
        return Result::failure(tr("An encrypted backup needs a password."));
    QFile plain(plainPath);
    if (!plain.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read %1: %2").arg(fileName(plainPath), plain.errorString()));
    // The one writer of every output: checked, private, renamed when whole.
    OutputFile target(encryptedPath, Overwrite::Refuse);
    if (Result opened = target.open(); !opened)
        return opened;
    QIODevice &out = *target.device();

    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    randombytes_buf(salt.data(), salt.size());
    Key key{};
    if (!deriveKey(key, password, salt.data(), opsLimit, memLimit))
        return Result::failure(tr("There is not enough memory to derive the key."));
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data(), key.data());
    sodium_memzero(key.data(), key.size());

    QByteArray prefix = magic;
    prefix.append(reinterpret_cast<const char *>(salt.data()), qsizetype(salt.size()));
    char limits[16];
    qToLittleEndian<quint64>(opsLimit, limits);
    qToLittleEndian<quint64>(quint64(memLimit), limits + 8);
    prefix.append(limits, 16);
    prefix.append(reinterpret_cast<const char *>(header.data()), qsizetype(header.size()));
    out.write(prefix);

    std::vector<unsigned char> sealed(chunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES);
    qint64 left = plain.size();
    do {
        const QByteArray chunk = plain.read(chunkBytes);
        left -= chunk.size();
        const unsigned char tag = left <= 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long sealedLength = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, sealed.data(), &sealedLength,
                                                   reinterpret_cast<const unsigned char *>(chunk.constData()),
                                                   size_t(chunk.size()), nullptr, 0, tag);
        if (out.write(reinterpret_cast<const char *>(sealed.data()), qint64(sealedLength)) != qint64(sealedLength))
            return Result::failure(tr("Cannot write %1: %2").arg(fileName(encryptedPath), out.errorString()));
    } while (left > 0);
    if (Result committed = target.commit(); !committed)
        return committed;
    return {};
}

Result BackupFile::decrypt(const QString &encryptedPath, const QString &plainPath, const QString &password)
{
    if (sodium_init() < 0)
        return Result::failure(tr("The encryption library could not be started."));
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read %1: %2").arg(fileName(encryptedPath), in.errorString()));
    const QString damaged = tr("The encrypted file %1 cannot be opened: the password is wrong or the file is damaged.")
                                .arg(fileName(encryptedPath));
    const qint64 prefixBytes = magic.size() + crypto_pwhash_SALTBYTES + 16 + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const QByteArray prefix = in.read(prefixBytes);
    if (prefix.size() != prefixBytes || !prefix.startsWith(magic))
        return Result::failure(tr("The file %1 is not an encrypted Tukipolku backup.").arg(fileName(encryptedPath)));
    const auto *salt = reinterpret_cast<const unsigned char *>(prefix.constData() + magic.size());
    const char *limits = prefix.constData() + magic.size() + crypto_pwhash_SALTBYTES;
    const quint64 ops = qFromLittleEndian<quint64>(limits);
    const quint64 mem = qFromLittleEndian<quint64>(limits + 8);
    // Limits beyond what this program writes would only make a damaged file slow to refuse.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return Result::failure(damaged);
    Key key{};
    if (!deriveKey(key, password, salt, ops, size_t(mem)))
        return Result::failure(tr("There is not enough memory to derive the key."));
    crypto_secretstream_xchacha20poly1305_state state;
    const auto *header = reinterpret_cast<const unsigned char *>(prefix.constData() + prefixBytes
                                                                 - crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    const int started = crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key.data());
    sodium_memzero(key.data(), key.size());
    if (started != 0)
        return Result::failure(damaged);

    OutputFile target(plainPath, Overwrite::Refuse);
    if (Result opened = target.open(); !opened)
        return opened;
    QIODevice &out = *target.device();
    std::vector<unsigned char> opened(chunkBytes);
    bool final = false;
    while (!final) {
        const QByteArray chunk = in.read(chunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (chunk.size() < qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES))
            return Result::failure(damaged); // cut off before the final chunk
        unsigned long long openedLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, opened.data(), &openedLength, &tag,
                                                       reinterpret_cast<const unsigned char *>(chunk.constData()),
                                                       size_t(chunk.size()), nullptr, 0)
            != 0)
            return Result::failure(damaged);
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (out.write(reinterpret_cast<const char *>(opened.data()), qint64(openedLength)) != qint64(openedLength))
            return Result::failure(tr("Cannot write %1: %2").arg(fileName(plainPath), out.errorString()));
    }
    if (!in.atEnd())
        return Result::failure(damaged); // something after the final chunk
    if (Result committed = target.commit(); !committed)
        return committed;
    return {};
}

} // namespace tukipolku

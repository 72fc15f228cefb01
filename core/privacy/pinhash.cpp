#include "privacy/pinhash.h"

#include <sodium.h>

namespace tukipolku {

QString PinHash::problem(const QString &pin)
{
    if (pin.size() < minimumLength)
        return tr("The PIN or password must have at least %1 characters.").arg(minimumLength);
    return {};
}

QString PinHash::hash(const QString &pin)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PinHash::verify(const QString &pin, const QString &hash)
{
    if (hash.isEmpty() || sodium_init() < 0)
        return false;
    const QByteArray utf8 = pin.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

} // namespace tukipolku

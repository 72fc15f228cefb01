#include "privacy/pinhash.h"

#include <sodium.h>

#include <algorithm>

namespace tukipolku {

QString PinHash::problem(const QString &pin)
{
    const bool digits = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (pin.size() < minimumLength || !digits)
        return tr("The PIN must have at least %1 digits, and digits only.").arg(minimumLength);
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

Result PinHash::hashNew(const QString &pin, const QString &again, QString &hash)
{
    if (const QString wrong = problem(pin); !wrong.isEmpty())
        return Result::failure(wrong);
    if (pin != again)
        return Result::failure(tr("The two PINs differ."));
    hash = PinHash::hash(pin);
    if (hash.isEmpty())
        return Result::failure(tr("The PIN could not be stored."));
    return {};
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

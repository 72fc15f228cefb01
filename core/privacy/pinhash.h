#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/result.h"

namespace tukipolku {

// The screen lock's PIN or password, kept only as an Argon2id hash
// (crypto_pwhash_str of libsodium, with its own salt and limits).
class PinHash final {
    Q_DECLARE_TR_FUNCTIONS(PinHash)

public:
    // A PIN is digits only, at least six of them (a million choices, and
    // PinGuard allows ten tries).
    static constexpr int minimumLength = 6;

    // Why `pin` cannot be used, or empty.
    static QString problem(const QString &pin);
    // The hash to store; empty when hashing failed (out of memory).
    static QString hash(const QString &pin);
    // A new PIN typed twice, as every form that sets one asks for it: its hash
    // in `hash`, or what is wrong (too short, not digits, the two differ).
    static Result hashNew(const QString &pin, const QString &again, QString &hash);
    static bool verify(const QString &pin, const QString &hash);
};

} // namespace tukipolku

#pragma once

#include <QCoreApplication>
#include <QString>

namespace tukipolku {

// International bank account number: format and ISO 13616 mod-97 check.
//
// Countries the payments of a Finnish unit meet most (the Nordic and Baltic
// countries and the largest SEPA countries) are checked for their exact
// length and where letters and digits belong; any other country code is
// accepted with 15-34 letters and digits. Check digits 00, 01 and 99 are
// refused although mod-97 passes for them: ISO 7064 only issues 02-98.
class Iban final {
    Q_DECLARE_TR_FUNCTIONS(Iban)

public:
    // Spaces removed, upper case: "FI21 1234 5600 0007 85" -> "FI2112345600000785".
    // Any white space (tabs, no-break spaces of copied text) counts as a space.
    static QString normalized(const QString &text);
    // Empty when valid; else a translated sentence naming what is wrong (too short/long for the
    // country — Finnish IBANs have 18 characters —, characters other than letters and digits,
    // unknown country code format, wrong check digits: "The check digits of the IBAN do not match:
    // check the account number."). An empty text is a problem too ("The IBAN is missing...").
    static QString problem(const QString &text);
    static bool isValid(const QString &text) { return problem(text).isEmpty(); }
    // Grouped by four for display: "FI21 1234 5600 0007 85". Not checked: an invalid
    // text is grouped as well, so the user sees what was typed.
    static QString formatted(const QString &text);
};

} // namespace tukipolku

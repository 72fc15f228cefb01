#pragma once

#include <QChar>
#include <QDate>
#include <QString>

namespace tukipolku {

enum class Sex { Female, Male };

enum class IdentityCodeError {
    None,
    Empty,
    BadFormat,
    BadCenturySign,
    BadDate,
    BadIndividualNumber,
    WrongCheckCharacter,
    FutureBirthDate // a whole code whose birth date has not come yet (Clock's today)
};

// Result of parsing a Finnish personal identity code (henkilötunnus).
struct IdentityCodeParse {
    IdentityCodeError error = IdentityCodeError::Empty;
    QString normalized; // trimmed, upper-case, as stored (set even when invalid)
    QDate birthDate; // set only when valid
    Sex sex = Sex::Female; // set only when valid
    bool temporary = false; // individual number 900-999; set only when valid
    QChar expectedCheck; // set when error == WrongCheckCharacter
    bool isValid() const { return error == IdentityCodeError::None; }
    // Translated sentence saying what is wrong (and, for the check character,
    // which one was expected); empty when the code is valid.
    QString message() const;
};

IdentityCodeParse parseIdentityCode(const QString &text);

// For demo data and tests: builds a valid code; century sign chosen from the
// year (1800s '+', 1900s '-', 2000s 'A'); individualNumber 2..999.
// Returns an empty string for an invalid date, a year outside 1800-2099 or a
// number outside 2..999.
QString makeIdentityCode(const QDate &birthDate, int individualNumber);

// The check character for a birth date and individual number (the century
// sign does not take part); a null QChar for the same invalid inputs as
// makeIdentityCode().
QChar identityCodeCheckCharacter(const QDate &birthDate, int individualNumber);

} // namespace tukipolku

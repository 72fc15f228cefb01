#include "rules/iban.h"

#include <QByteArray>
#include <QStringView>
#include <algorithm>

namespace tukipolku {
namespace {

// Layout: country code (2 letters), check digits (2 digits), then the basic
// bank account number (BBAN) of the country.
constexpr qsizetype checkDigitsPos = 2;
constexpr qsizetype bbanPos = 4;
constexpr qsizetype shortestIban = 15; // Norway
constexpr qsizetype longestIban = 34; // the ISO 13616 maximum
constexpr int lowestCheckDigits = 2; // ISO 7064 MOD 97-10 never gives 00, 01 or 99
constexpr int highestCheckDigits = 98;

// BBAN formats of the SWIFT IBAN registry: n digits, a letters, c either.
struct CountryFormat {
    const char *country;
    const char *bban;
};

constexpr CountryFormat countryFormats[] = {
    { "AT", "16n" },
    { "AX", "14n" }, // Åland: the Finnish format
    { "BE", "12n" },
    { "CH", "5n12c" },
    { "DE", "18n" },
    { "DK", "14n" },
    { "EE", "16n" },
    { "ES", "20n" },
    { "FI", "14n" },
    { "FO", "14n" },
    { "FR", "10n11c2n" },
    { "GB", "4a14n" },
    { "GL", "14n" },
    { "IE", "4a14n" },
    { "IS", "22n" },
    { "IT", "1a10n12c" },
    { "LT", "16n" },
    { "LV", "4a13c" },
    { "NL", "4a10n" },
    { "NO", "11n" },
    { "PL", "24n" },
    { "SE", "20n" },
};

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() would also accept other scripts' digits.
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isUpperAsciiLetter(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isAllowedCharacter(QChar c)
{
    // Checked before upper-casing: QChar::toUpper() turns e.g. the Turkish
    // dotless i into a plain I, which a bank would not accept.
    return isAsciiDigit(c) || isUpperAsciiLetter(c) || (c.unicode() >= u'a' && c.unicode() <= u'z');
}

QString withoutSpaces(const QString &text)
{
    QString compact;
    compact.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            compact.append(c);
    }
    return compact;
}

// "4a14n" -> "aaaannnnnnnnnnnnnn": the class of each character of the BBAN.
QByteArray expandedPattern(const char *pattern)
{
    QByteArray classes;
    int count = 0;
    for (const char *p = pattern; *p != '\0'; ++p) {
        if (*p >= '0' && *p <= '9') {
            count = count * 10 + (*p - '0');
        } else {
            classes.append(count, *p);
            count = 0;
        }
    }
    return classes;
}

// Empty for a country without a format of its own.
QByteArray bbanClassesOf(const QString &iban)
{
    const QStringView country = QStringView(iban).left(checkDigitsPos);
    for (const CountryFormat &format : countryFormats) {
        if (country == QLatin1String(format.country))
            return expandedPattern(format.bban);
    }
    return {};
}

QString startProblem(const QString &iban)
{
    bool ok = true;
    for (qsizetype i = 0; i < std::min(bbanPos, iban.size()); ++i)
        ok = ok && (i < checkDigitsPos ? isUpperAsciiLetter(iban.at(i)) : isAsciiDigit(iban.at(i)));
    if (ok)
        return {};
    return Iban::tr("The IBAN must begin with a two-letter country code and two check digits, such as FI21.");
}

QString countryLengthProblem(const QString &iban, qsizetype expected)
{
    const QString country = iban.left(checkDigitsPos);
    if (iban.size() < expected) {
        return Iban::tr(
            "The IBAN is too short: an IBAN beginning with %1 has %2 characters, this one has %3.")
            .arg(country)
            .arg(expected)
            .arg(iban.size());
    }
    if (iban.size() > expected) {
        return Iban::tr("The IBAN is too long: an IBAN beginning with %1 has %2 characters, this one has %3.")
            .arg(country)
            .arg(expected)
            .arg(iban.size());
    }
    return {};
}

QString lengthProblem(const QString &iban)
{
    const QByteArray classes = bbanClassesOf(iban);
    if (!classes.isEmpty())
        return countryLengthProblem(iban, bbanPos + classes.size());
    if (iban.size() < shortestIban) {
        return Iban::tr("The IBAN is too short: an IBAN has at least %1 characters, this one has %2.")
            .arg(shortestIban)
            .arg(iban.size());
    }
    if (iban.size() > longestIban) {
        return Iban::tr("The IBAN is too long: an IBAN has at most %1 characters, this one has %2.")
            .arg(longestIban)
            .arg(iban.size());
    }
    return {};
}

// Letters where the country has digits and the other way round. Caller has
// checked the length.
QString placeProblem(const QString &iban)
{
    const QByteArray classes = bbanClassesOf(iban);
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QChar c = iban.at(bbanPos + i);
        const qsizetype position = bbanPos + i + 1;
        if (classes.at(i) == 'n' && !isAsciiDigit(c)) {
            return Iban::tr("Character %1 of the IBAN (not counting spaces) is \"%2\", but an IBAN "
                            "beginning with %3 has a digit there.")
                .arg(position)
                .arg(c)
                .arg(iban.left(checkDigitsPos));
        }
        if (classes.at(i) == 'a' && !isUpperAsciiLetter(c)) {
            return Iban::tr("Character %1 of the IBAN (not counting spaces) is \"%2\", but an IBAN "
                            "beginning with %3 has a letter there.")
                .arg(position)
                .arg(c)
                .arg(iban.left(checkDigitsPos));
        }
    }
    return {};
}

// ISO 7064 MOD 97-10 over the BBAN, the country code and the check digits,
// letters as 10-35; one digit at a time so no big numbers are needed.
int remainderOf(const QString &iban)
{
    const QString rearranged = iban.mid(bbanPos) % iban.left(bbanPos);
    int remainder = 0;
    for (QChar c : rearranged) {
        if (isAsciiDigit(c))
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
    }
    return remainder;
}

bool checkDigitsMatch(const QString &iban)
{
    const int checkDigits
        = (iban.at(checkDigitsPos).unicode() - u'0') * 10 + (iban.at(checkDigitsPos + 1).unicode() - u'0');
    return checkDigits >= lowestCheckDigits && checkDigits <= highestCheckDigits && remainderOf(iban) == 1;
}

} // namespace

QString Iban::normalized(const QString &text)
{
    return withoutSpaces(text).toUpper();
}

QString Iban::problem(const QString &text)
{
    const QString compact = withoutSpaces(text);
    if (compact.isEmpty())
        return tr("The IBAN is missing. Enter it in the form FI21 1234 5600 0007 85.");
    for (QChar c : compact) {
        if (!isAllowedCharacter(c)) {
            return tr("The IBAN contains \"%1\", which is not allowed: use only the letters A to Z "
                      "and the digits 0 to 9.")
                .arg(c);
        }
    }
    const QString iban = compact.toUpper(); // ASCII only by now
    // In this order: each check relies on the ones before it.
    if (QString found = startProblem(iban); !found.isEmpty())
        return found;
    if (QString found = lengthProblem(iban); !found.isEmpty())
        return found;
    if (QString found = placeProblem(iban); !found.isEmpty())
        return found;
    if (!checkDigitsMatch(iban))
        return tr("The check digits of the IBAN do not match: check the account number.");
    return {};
}

QString Iban::formatted(const QString &text)
{
    const QString iban = normalized(text);
    QString grouped;
    grouped.reserve(iban.size() + iban.size() / 4);
    for (qsizetype i = 0; i < iban.size(); i += 4) {
        if (i > 0)
            grouped.append(QLatin1Char(' '));
        grouped.append(QStringView(iban).mid(i, 4));
    }
    return grouped;
}

} // namespace tukipolku

#include "rules/identitycode.h"

#include "common/clock.h"

#include <QCoreApplication>

namespace tukipolku {
namespace {

// Layout of DDMMYYCZZZQ.
constexpr qsizetype codeLength = 11;
constexpr qsizetype centuryPos = 6;
constexpr qsizetype individualPos = 7;
constexpr qsizetype checkPos = 10;

// I, G, O, Q and Z are left out so they cannot be confused with digits.
constexpr char checkAlphabet[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";

constexpr int firstIndividualNumber = 2; // 000 and 001 are never issued
constexpr int firstTemporaryNumber = 900;
constexpr int lastIndividualNumber = 999;

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() would also accept other scripts' digits.
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allDigits(const QString &code, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isAsciiDigit(code.at(i)))
            return false;
    }
    return true;
}

// Caller has checked that the characters are ASCII digits.
int digitsValue(const QString &code, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (code.at(i).unicode() - u'0');
    return value;
}

// The first year of the century a sign stands for, or 0 for no sign.
int centuryOf(QChar sign)
{
    switch (sign.unicode()) {
    case u'+':
        return 1800;
    case u'-':
    case u'Y':
    case u'X':
    case u'W':
    case u'V':
    case u'U':
        return 1900;
    case u'A':
    case u'B':
    case u'C':
    case u'D':
    case u'E':
    case u'F':
        return 2000;
    default:
        return 0;
    }
}

// The traditional sign of each century, used when we generate codes.
QChar centurySignFor(int year)
{
    if (year >= 1800 && year <= 1899)
        return QLatin1Char('+');
    if (year >= 1900 && year <= 1999)
        return QLatin1Char('-');
    if (year >= 2000 && year <= 2099)
        return QLatin1Char('A');
    return {};
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

int birthYearOf(const QString &code)
{
    return centuryOf(code.at(centuryPos)) + digitsValue(code, 4, 2);
}

QDate birthDateOf(const QString &code)
{
    return QDate(birthYearOf(code), digitsValue(code, 2, 2), digitsValue(code, 0, 2));
}

int individualNumberOf(const QString &code)
{
    return digitsValue(code, individualPos, 3);
}

QChar checkCharacterFor(int ddmmyy, int individualNumber)
{
    const int value = ddmmyy * 1000 + individualNumber; // at most 311299999: fits int
    return QLatin1Char(checkAlphabet[value % 31]);
}

// Everything but the check character, in the order the parse reports it.
IdentityCodeError structureError(const QString &code)
{
    if (code.isEmpty())
        return IdentityCodeError::Empty;
    if (code.size() != codeLength || !allDigits(code, 0, 6) || !allDigits(code, individualPos, 3))
        return IdentityCodeError::BadFormat;
    if (centuryOf(code.at(centuryPos)) == 0)
        return IdentityCodeError::BadCenturySign;
    if (!birthDateOf(code).isValid())
        return IdentityCodeError::BadDate;
    if (individualNumberOf(code) < firstIndividualNumber)
        return IdentityCodeError::BadIndividualNumber;
    return IdentityCodeError::None;
}

QString formatMessage(const QString &code)
{
    if (code.size() != codeLength) {
        return QCoreApplication::translate("IdentityCode",
            "The identity code must have 11 characters: birth date, century sign, "
            "individual number and check character (e.g. 131052-308T).");
    }
    if (!allDigits(code, 0, 6)) {
        return QCoreApplication::translate("IdentityCode",
            "The first six characters of the identity code must be the birth date "
            "as digits: day, month and year (e.g. 131052).");
    }
    return QCoreApplication::translate("IdentityCode",
        "Characters 8 to 10 of the identity code must be the individual number "
        "as digits (e.g. 308).");
}

// Written the way it appears in the code, so the user sees what they typed.
QString dateMessage(const QString &code)
{
    if (code.size() != codeLength)
        return {};
    const QString date = code.mid(0, 2) % QLatin1Char('.') % code.mid(2, 2) % QLatin1Char('.')
        % QString::number(birthYearOf(code));
    return QCoreApplication::translate("IdentityCode", "The birth date %1 does not exist.").arg(date);
}

} // namespace

QString IdentityCodeParse::message() const
{
    switch (error) {
    case IdentityCodeError::None:
        return {};
    case IdentityCodeError::Empty:
        return QCoreApplication::translate(
            "IdentityCode", "The identity code is missing. Enter it in the form 131052-308T.");
    case IdentityCodeError::BadFormat:
        return formatMessage(normalized);
    case IdentityCodeError::BadCenturySign:
        return QCoreApplication::translate("IdentityCode",
            "The character after the birth date (\"%1\") is not a century sign. "
            "Use + for people born in the 1800s, - Y X W V U for the 1900s "
            "and A B C D E F for the 2000s.")
            .arg(normalized.mid(centuryPos, 1));
    case IdentityCodeError::BadDate:
        return dateMessage(normalized);
    case IdentityCodeError::BadIndividualNumber:
        return QCoreApplication::translate(
            "IdentityCode", "The individual number %1 is not in use: it must be between 002 and 999.")
            .arg(normalized.mid(individualPos, 3));
    case IdentityCodeError::FutureBirthDate:
        return QCoreApplication::translate("IdentityCode",
                                           "The birth date %1 is in the future: check the date and the century sign.")
            .arg(normalized.mid(0, 2) % QLatin1Char('.') % normalized.mid(2, 2) % QLatin1Char('.')
                 % QString::number(birthYearOf(normalized)));
    case IdentityCodeError::WrongCheckCharacter:
        // A typing error anywhere changes the check character, so the user
        // should not simply replace the last character.
        return QCoreApplication::translate("IdentityCode",
            "The check character should be %1, not %2. A typing error elsewhere "
            "in the code also changes the check character, so check the whole code.")
            .arg(QString(expectedCheck), normalized.mid(checkPos, 1));
    }
    return {};
}

IdentityCodeParse parseIdentityCode(const QString &text)
{
    IdentityCodeParse result;
    result.normalized = text.trimmed().toUpper();
    result.error = structureError(result.normalized);
    if (result.error != IdentityCodeError::None)
        return result;

    const QString &code = result.normalized;
    const int individualNumber = individualNumberOf(code);
    const QChar expected = checkCharacterFor(digitsValue(code, 0, 6), individualNumber);
    if (code.at(checkPos) != expected) {
        result.error = IdentityCodeError::WrongCheckCharacter;
        result.expectedCheck = expected;
        return result;
    }
    if (birthDateOf(code) > Clock::today()) {
        result.error = IdentityCodeError::FutureBirthDate;
        return result;
    }
    result.birthDate = birthDateOf(code);
    result.sex = individualNumber % 2 == 1 ? Sex::Male : Sex::Female;
    result.temporary = individualNumber >= firstTemporaryNumber;
    return result;
}

QChar identityCodeCheckCharacter(const QDate &birthDate, int individualNumber)
{
    if (!birthDate.isValid() || centurySignFor(birthDate.year()).isNull()
        || individualNumber < firstIndividualNumber || individualNumber > lastIndividualNumber) {
        return {};
    }
    const int ddmmyy = birthDate.day() * 10000 + birthDate.month() * 100 + birthDate.year() % 100;
    return checkCharacterFor(ddmmyy, individualNumber);
}

QString makeIdentityCode(const QDate &birthDate, int individualNumber)
{
    const QChar check = identityCodeCheckCharacter(birthDate, individualNumber);
    if (check.isNull())
        return {};
    return twoDigits(birthDate.day()) % twoDigits(birthDate.month()) % twoDigits(birthDate.year() % 100)
        % centurySignFor(birthDate.year())
        % QStringLiteral("%1").arg(individualNumber, 3, 10, QLatin1Char('0')) % check;
}

} // namespace tukipolku

#include "catchshim.h"
#include "fixedclock.h"
#include "rules/identitycode.h"

#include <QStringList>
#include <string>

using namespace tukipolku;

namespace {

// Catch cannot print Qt types, so compare readable std::strings.
std::string str(const QString &s)
{
    return s.toStdString();
}

std::string str(QChar c)
{
    return c.isNull() ? std::string() : QString(c).toStdString();
}

std::string iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("invalid");
}

IdentityCodeParse parse(const char *text)
{
    return parseIdentityCode(QString::fromUtf8(text));
}

IdentityCodeError errorOf(const char *text)
{
    return parse(text).error;
}

constexpr char checkAlphabet[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";

} // namespace

TEST_CASE("IdentityCode: the verified example 131052-308T", "[identitycode]")
{
    // 131052308 = 31 * 4227493 + 25; alphabet[25] = 'T'.
    const IdentityCodeParse p = parse("131052-308T");
    REQUIRE(p.isValid());
    CHECK(p.error == IdentityCodeError::None);
    CHECK(str(p.normalized) == "131052-308T");
    CHECK(iso(p.birthDate) == "1952-10-13");
    CHECK(p.sex == Sex::Female); // 308 is even
    CHECK_FALSE(p.temporary);
    CHECK(p.expectedCheck.isNull());
    CHECK(p.message().isEmpty());
    CHECK(str(identityCodeCheckCharacter(QDate(1952, 10, 13), 308)) == "T");
    CHECK(str(makeIdentityCode(QDate(1952, 10, 13), 308)) == "131052-308T");
}

TEST_CASE("IdentityCode: every century sign maps to its century", "[identitycode]")
{
    struct Row {
        const char *code;
        const char *birthDate;
    };
    // 170550202 = 31 * 5501619 + 13 -> 'D'
    // 150375123 = 31 * 4850810 + 13 -> 'D'
    // 240224901 = 31 * 7749190 + 11 -> 'B'
    const Row rows[] = {
        { "170550+202D", "1850-05-17" },
        { "150375-123D", "1975-03-15" },
        { "150375Y123D", "1975-03-15" },
        { "150375X123D", "1975-03-15" },
        { "150375W123D", "1975-03-15" },
        { "150375V123D", "1975-03-15" },
        { "150375U123D", "1975-03-15" },
        { "240224A901B", "2024-02-24" },
        { "240224B901B", "2024-02-24" },
        { "240224C901B", "2024-02-24" },
        { "240224D901B", "2024-02-24" },
        { "240224E901B", "2024-02-24" },
        { "240224F901B", "2024-02-24" },
    };
    for (const Row &row : rows) {
        CAPTURE(row.code);
        const IdentityCodeParse p = parse(row.code);
        CHECK(p.isValid());
        CHECK(str(p.normalized) == row.code);
        CHECK(iso(p.birthDate) == row.birthDate);
    }
}

TEST_CASE("IdentityCode: check characters computed by hand", "[identitycode]")
{
    // DDMMYYZZZ mod 31, alphabet 0123456789ABCDEFHJKLMNPRSTUVWXY
    CHECK(str(identityCodeCheckCharacter(QDate(1901, 1, 1), 900)) == "R"); // 10101900 = 31*325867 + 23
    CHECK(str(identityCodeCheckCharacter(QDate(1999, 12, 31), 999)) == "E"); // 311299999 = 31*10041935 + 14
    CHECK(str(identityCodeCheckCharacter(QDate(2000, 2, 29), 2)) == "C"); // 290200002 = 31*9361290 + 12
    CHECK(str(identityCodeCheckCharacter(QDate(2024, 2, 29), 3)) == "L"); // 290224003 = 31*9362064 + 19
    CHECK(str(identityCodeCheckCharacter(QDate(1901, 1, 1), 2)) == "S"); // 10101002 = 31*325838 + 24
    CHECK(str(identityCodeCheckCharacter(QDate(1999, 11, 28), 899)) == "F"); // 281199899 = 31*9070964 + 15
    CHECK(str(identityCodeCheckCharacter(QDate(1999, 6, 30), 42)) == "3"); // 300699042 = 31*9699969 + 3
    CHECK(str(identityCodeCheckCharacter(QDate(2005, 5, 5), 505)) == "U"); // 50505505 = 31*1629209 + 26

    CHECK(str(makeIdentityCode(QDate(1850, 5, 17), 202)) == "170550+202D");
    CHECK(str(makeIdentityCode(QDate(1975, 3, 15), 123)) == "150375-123D");
    CHECK(str(makeIdentityCode(QDate(2024, 2, 24), 901)) == "240224A901B");
    CHECK(str(makeIdentityCode(QDate(1999, 6, 30), 42)) == "300699-0423");
    CHECK(str(makeIdentityCode(QDate(2005, 5, 5), 505)) == "050505A505U");
}

TEST_CASE("IdentityCode: 29 February only in leap years", "[identitycode]")
{
    SECTION("2000 is a leap year (divisible by 400)")
    {
        const IdentityCodeParse p = parse("290200A002C");
        REQUIRE(p.isValid());
        CHECK(iso(p.birthDate) == "2000-02-29");
    }
    SECTION("2024 is a leap year")
    {
        const IdentityCodeParse p = parse("290224A003L");
        REQUIRE(p.isValid());
        CHECK(iso(p.birthDate) == "2024-02-29");
    }
    SECTION("1996 is a leap year")
    {
        CHECK(parse("290296-480K").isValid()); // 290296480 = 31*9364402 + 18
    }
    SECTION("1900 is not: the same digits as the valid 2000 code, another century sign")
    {
        const IdentityCodeParse p = parse("290200-002C");
        CHECK(p.error == IdentityCodeError::BadDate);
        CHECK_FALSE(p.birthDate.isValid());
        CHECK(str(p.message()) == "The birth date 29.02.1900 does not exist.");
    }
    SECTION("2023 is not")
    {
        // The date is refused before the check character is looked at.
        CHECK(errorOf("290223A002X") == IdentityCodeError::BadDate);
    }
}

TEST_CASE("IdentityCode: dates that do not exist", "[identitycode]")
{
    CHECK(errorOf("310499-123A") == IdentityCodeError::BadDate); // 31 April
    CHECK(errorOf("011399-123A") == IdentityCodeError::BadDate); // month 13
    CHECK(errorOf("010099-123A") == IdentityCodeError::BadDate); // month 0
    CHECK(errorOf("000199-123A") == IdentityCodeError::BadDate); // day 0
    CHECK(errorOf("320199-123A") == IdentityCodeError::BadDate); // 32 January
    CHECK(errorOf("310699-123A") == IdentityCodeError::BadDate); // 31 June
    CHECK(errorOf("300299-123A") == IdentityCodeError::BadDate); // 30 February
    CHECK(str(parse("300299-123A").message()) == "The birth date 30.02.1999 does not exist.");
    CHECK(str(parse("310401A123A").message()) == "The birth date 31.04.2001 does not exist.");
    CHECK(str(parse("311350+123A").message()) == "The birth date 31.13.1850 does not exist.");
}

TEST_CASE("IdentityCode: a wrong check character reports the expected one", "[identitycode]")
{
    const IdentityCodeParse p = parse("131052-308X");
    CHECK(p.error == IdentityCodeError::WrongCheckCharacter);
    CHECK_FALSE(p.isValid());
    CHECK(str(p.expectedCheck) == "T");
    CHECK(str(p.normalized) == "131052-308X");
    CHECK_FALSE(p.birthDate.isValid()); // nothing is trusted from an invalid code
    const QString message = p.message();
    CAPTURE(str(message));
    CHECK(message.startsWith(QStringLiteral("The check character should be T, not X.")));

    SECTION("characters never used as check characters")
    {
        for (const char *code : { "131052-308G", "131052-308I", "131052-308O", "131052-308Q", "131052-308Z",
                 "131052-308-", "131052-308Ä" }) {
            CAPTURE(code);
            const IdentityCodeParse q = parse(code);
            CHECK(q.error == IdentityCodeError::WrongCheckCharacter);
            CHECK(str(q.expectedCheck) == "T");
        }
    }
    SECTION("lower-case wrong check character is reported upper-case")
    {
        const IdentityCodeParse q = parse("131052-308s");
        CHECK(q.error == IdentityCodeError::WrongCheckCharacter);
        CHECK(q.message().startsWith(QStringLiteral("The check character should be T, not S.")));
    }
}

TEST_CASE("IdentityCode: any single mistyped digit is caught", "[identitycode]")
{
    // 31 is prime, so changing one digit always changes DDMMYYZZZ mod 31.
    const QString good = QStringLiteral("131052-308T");
    QStringList accepted;
    for (qsizetype pos : { 0, 1, 2, 3, 4, 5, 7, 8, 9 }) {
        for (char digit = '0'; digit <= '9'; ++digit) {
            QString typo = good;
            typo[pos] = QLatin1Char(digit);
            if (typo == good)
                continue;
            const IdentityCodeError error = parseIdentityCode(typo).error;
            if (error != IdentityCodeError::WrongCheckCharacter && error != IdentityCodeError::BadDate
                && error != IdentityCodeError::BadIndividualNumber) {
                accepted << typo;
            }
        }
    }
    CAPTURE(str(accepted.join(QLatin1Char(' '))));
    CHECK(accepted.isEmpty());
}

TEST_CASE("IdentityCode: format problems", "[identitycode]")
{
    SECTION("empty and blank")
    {
        CHECK(errorOf("") == IdentityCodeError::Empty);
        CHECK(errorOf("   \t ") == IdentityCodeError::Empty);
        CHECK(parse("").message().contains(QStringLiteral("missing")));
        CHECK(IdentityCodeParse().error == IdentityCodeError::Empty);
    }
    SECTION("wrong length")
    {
        CHECK(errorOf("131052-308") == IdentityCodeError::BadFormat);
        CHECK(errorOf("131052-308TT") == IdentityCodeError::BadFormat);
        CHECK(errorOf("13.10.52-308T") == IdentityCodeError::BadFormat);
        CHECK(errorOf("1310") == IdentityCodeError::BadFormat);
        CHECK(str(parse("131052-308").message())
            == "The identity code must have 11 characters: birth date, century sign, "
               "individual number and check character (e.g. 131052-308T).");
    }
    SECTION("letters where digits belong")
    {
        CHECK(errorOf("13105X-308T") == IdentityCodeError::BadFormat);
        CHECK(errorOf("A31052-308T") == IdentityCodeError::BadFormat);
        CHECK(errorOf("131052-3O8T") == IdentityCodeError::BadFormat); // letter O
        CHECK(errorOf("131052-30 T") == IdentityCodeError::BadFormat);
        // Digits of other scripts are not accepted (Arabic-Indic one).
        CHECK(parseIdentityCode(QStringLiteral("13105") + QChar(0x0661) + QStringLiteral("-308T")).error
            == IdentityCodeError::BadFormat);
        CHECK(parse("13105X-308T").message().contains(QStringLiteral("birth date")));
        CHECK(parse("131052-3O8T").message().contains(QStringLiteral("individual number")));
    }
    SECTION("space inside the code")
    {
        CHECK(errorOf("131052 308T") == IdentityCodeError::BadCenturySign);
        CHECK(errorOf("13 1052-308T") == IdentityCodeError::BadFormat);
    }
}

TEST_CASE("IdentityCode: lower case and surrounding spaces are accepted and normalised", "[identitycode]")
{
    SECTION("lower-case check character")
    {
        const IdentityCodeParse p = parse("131052-308t");
        REQUIRE(p.isValid());
        CHECK(str(p.normalized) == "131052-308T");
    }
    SECTION("lower-case century sign")
    {
        const IdentityCodeParse p = parse("240224a901b");
        REQUIRE(p.isValid());
        CHECK(str(p.normalized) == "240224A901B");
        CHECK(iso(p.birthDate) == "2024-02-24");
    }
    SECTION("surrounding whitespace")
    {
        const IdentityCodeParse p = parse("  131052-308T \t\n");
        REQUIRE(p.isValid());
        CHECK(str(p.normalized) == "131052-308T");
    }
    SECTION("normalised even when invalid")
    {
        CHECK(str(parse(" 131052-308x ").normalized) == "131052-308X");
    }
}

TEST_CASE("IdentityCode: unknown century signs", "[identitycode]")
{
    for (const char *code : { "131052G308T", "131052/308T", "131052Z308T", "1310521308T", "131052*308T",
             "131052g308T", "131052_308T" }) {
        CAPTURE(code);
        CHECK(errorOf(code) == IdentityCodeError::BadCenturySign);
    }
    const QString message = parse("131052G308T").message();
    CAPTURE(str(message));
    CHECK(message.contains(QStringLiteral("\"G\"")));
    CHECK(message.contains(QStringLiteral("century sign")));
}

TEST_CASE("IdentityCode: individual numbers", "[identitycode]")
{
    SECTION("000 and 001 are never issued")
    {
        CHECK(errorOf("010101-000A") == IdentityCodeError::BadIndividualNumber);
        CHECK(errorOf("010101-001A") == IdentityCodeError::BadIndividualNumber);
        // Refused whatever the check character: 10101001 = 31*325838 + 3.
        CHECK(errorOf("010101-0013") == IdentityCodeError::BadIndividualNumber);
        CHECK(str(parse("010101-001A").message())
            == "The individual number 001 is not in use: it must be between 002 and 999.");
    }
    SECTION("002 is the first ordinary number")
    {
        const IdentityCodeParse p = parse("010101-002S");
        REQUIRE(p.isValid());
        CHECK_FALSE(p.temporary);
        CHECK(p.sex == Sex::Female);
    }
    SECTION("899 is the last ordinary number")
    {
        const IdentityCodeParse p = parse("281199-899F");
        REQUIRE(p.isValid());
        CHECK_FALSE(p.temporary);
        CHECK(p.sex == Sex::Male);
    }
    SECTION("900 is temporary")
    {
        const IdentityCodeParse p = parse("010101-900R");
        REQUIRE(p.isValid());
        CHECK(p.temporary);
        CHECK(p.sex == Sex::Female);
    }
    SECTION("999 is temporary")
    {
        const IdentityCodeParse p = parse("311299-999E");
        REQUIRE(p.isValid());
        CHECK(p.temporary);
        CHECK(p.sex == Sex::Male);
        CHECK(iso(p.birthDate) == "1999-12-31");
    }
}

TEST_CASE("IdentityCode: sex follows the parity of the individual number", "[identitycode]")
{
    const QDate birth(1987, 7, 14);
    for (int number = 2; number <= 999; ++number) {
        const IdentityCodeParse p = parseIdentityCode(makeIdentityCode(birth, number));
        CAPTURE(number);
        REQUIRE(p.isValid());
        REQUIRE(p.sex == (number % 2 == 1 ? Sex::Male : Sex::Female));
        REQUIRE(p.temporary == (number >= 900));
    }
    CHECK(parse("150375-123D").sex == Sex::Male);
    CHECK(parse("131052-308T").sex == Sex::Female);
}

TEST_CASE("IdentityCode: codes differing only in the century sign are different codes", "[identitycode]")
{
    const IdentityCodeParse dash = parse("010101-900R");
    const IdentityCodeParse y = parse("010101Y900R");
    const IdentityCodeParse a = parse("010101A900R");
    REQUIRE(dash.isValid());
    REQUIRE(y.isValid());
    REQUIRE(a.isValid());
    CHECK(dash.normalized != y.normalized);
    CHECK(str(dash.normalized) == "010101-900R");
    CHECK(str(y.normalized) == "010101Y900R");
    CHECK(dash.birthDate == y.birthDate);
    CHECK(iso(y.birthDate) == "1901-01-01");
    CHECK(iso(a.birthDate) == "2001-01-01");
}

TEST_CASE("IdentityCode: every error has its own sentence", "[identitycode]")
{
    const QStringList messages = {
        parse("").message(),
        parse("131052-308").message(),
        parse("131052G308T").message(),
        parse("300299-123A").message(),
        parse("010101-001A").message(),
        parse("131052-308X").message(),
    };
    for (const QString &message : messages) {
        CAPTURE(str(message));
        CHECK_FALSE(message.isEmpty());
        CHECK(message.endsWith(QLatin1Char('.')));
    }
    QStringList unique = messages;
    unique.removeDuplicates();
    CHECK(unique.size() == messages.size());
    // A hand-made result without a code must not crash.
    IdentityCodeParse blank;
    for (IdentityCodeError e :
        { IdentityCodeError::BadFormat, IdentityCodeError::BadCenturySign, IdentityCodeError::BadDate,
            IdentityCodeError::BadIndividualNumber, IdentityCodeError::WrongCheckCharacter }) {
        blank.error = e;
        (void)blank.message();
    }
}

TEST_CASE("IdentityCode: makeIdentityCode round trips through parse for 1850-2099", "[identitycode]")
{
    // Judged on the last day the codes can hold, so that no birth date is in the future.
    const test::FixedClock clock(QDateTime(QDate(2099, 12, 31), QTime(12, 0)));
    QStringList failures;
    int made = 0;
    int number = 2;
    for (QDate d(1850, 1, 1); d <= QDate(2099, 12, 31); d = d.addDays(1)) {
        number = number == 999 ? 2 : number + 1;
        const QString code = makeIdentityCode(d, number);
        const IdentityCodeParse p = parseIdentityCode(code);
        ++made;
        const bool ok = p.isValid() && p.normalized == code && p.birthDate == d
            && p.sex == (number % 2 ? Sex::Male : Sex::Female) && p.temporary == (number >= 900)
            && code.at(10) == identityCodeCheckCharacter(d, number)
            && QLatin1String(checkAlphabet).contains(code.at(10));
        if (!ok && failures.size() < 20)
            failures << code;
    }
    CAPTURE(str(failures.join(QLatin1Char(' '))));
    CHECK(failures.isEmpty());
    CHECK(made == QDate(1850, 1, 1).daysTo(QDate(2099, 12, 31)) + 1);
    CHECK(makeIdentityCode(QDate(1850, 1, 1), 2).at(6) == QLatin1Char('+'));
    CHECK(makeIdentityCode(QDate(1999, 12, 31), 2).at(6) == QLatin1Char('-'));
    CHECK(makeIdentityCode(QDate(2000, 1, 1), 2).at(6) == QLatin1Char('A'));
    CHECK(makeIdentityCode(QDate(2099, 12, 31), 2).at(6) == QLatin1Char('A'));
}

TEST_CASE("IdentityCode: a birth date that has not come yet is refused", "[identitycode]")
{
    const test::FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0)));
    CHECK(parseIdentityCode(makeIdentityCode(QDate(2026, 12, 7), 902)).isValid()); // born today
    const IdentityCodeParse tomorrow = parseIdentityCode(makeIdentityCode(QDate(2026, 12, 8), 902));
    CHECK(tomorrow.error == IdentityCodeError::FutureBirthDate);
    CHECK_FALSE(tomorrow.birthDate.isValid());
    CHECK(tomorrow.message() == QStringLiteral("The birth date 08.12.2026 is in the future: check the date and the century sign."));
    // A code of 1956 typed with the century sign of the 2000s.
    CHECK(parseIdentityCode(makeIdentityCode(QDate(2056, 3, 1), 903)).error == IdentityCodeError::FutureBirthDate);
}

TEST_CASE("IdentityCode: makeIdentityCode refuses what cannot be a code", "[identitycode]")
{
    CHECK(makeIdentityCode(QDate(1799, 12, 31), 100).isEmpty());
    CHECK(makeIdentityCode(QDate(2100, 1, 1), 100).isEmpty());
    CHECK(makeIdentityCode(QDate(), 100).isEmpty());
    CHECK(makeIdentityCode(QDate(1990, 1, 1), 0).isEmpty());
    CHECK(makeIdentityCode(QDate(1990, 1, 1), 1).isEmpty());
    CHECK(makeIdentityCode(QDate(1990, 1, 1), 1000).isEmpty());
    CHECK(makeIdentityCode(QDate(1990, 1, 1), -5).isEmpty());
    CHECK(identityCodeCheckCharacter(QDate(), 100).isNull());
    CHECK(identityCodeCheckCharacter(QDate(1990, 1, 1), 1).isNull());
    CHECK(str(makeIdentityCode(QDate(1990, 1, 1), 2)).size() == 11);
}

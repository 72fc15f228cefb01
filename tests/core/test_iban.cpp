#include "catchshim.h"
#include "rules/iban.h"

#include <QStringList>
#include <utility>

using namespace tukipolku;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

QString problemOf(const char *text)
{
    return Iban::problem(q(text));
}

const QString checkDigitsProblem
    = QStringLiteral("The check digits of the IBAN do not match: check the account number.");
const QString startProblem = QStringLiteral(
    "The IBAN must begin with a two-letter country code and two check digits, such as FI21.");

QString tooShort(const char *country, int expected, int actual)
{
    return QStringLiteral(
        "The IBAN is too short: an IBAN beginning with %1 has %2 characters, this one has %3.")
        .arg(q(country))
        .arg(expected)
        .arg(actual);
}

QString tooLong(const char *country, int expected, int actual)
{
    return QStringLiteral(
        "The IBAN is too long: an IBAN beginning with %1 has %2 characters, this one has %3.")
        .arg(q(country))
        .arg(expected)
        .arg(actual);
}

QString misplaced(int position, const char *found, const char *country, const char *wanted)
{
    return QStringLiteral("Character %1 of the IBAN (not counting spaces) is \"%2\", but an IBAN beginning "
                          "with %3 has a %4 there.")
        .arg(position)
        .arg(q(found), q(country), q(wanted));
}

// The registry's example of each country with a format of its own.
struct Example {
    const char *iban;
    int length;
};

// Hand-checked with the rearrangement of ISO 13616: e.g. for Finland
// 12345600000785 + "FI" (15 18) + "21" = 12345600000785151821, which is 1 mod 97.
const Example listedCountries[] = {
    { "FI2112345600000785", 18 },
    { "SE4550000000058398257466", 24 },
    { "DE89370400440532013000", 22 },
    { "EE382200221020145685", 20 },
    { "NO9386011117947", 15 },
    { "DK5000400440116243", 18 },
    { "GB29NWBK60161331926819", 22 },
    { "AX2112345600000785", 18 }, // Åland: A=10 X=33 happen to give FI's check digits
    { "FO6264600001631634", 18 },
    { "GL8964710001000206", 18 },
    { "IS140159260076545510730339", 26 },
    { "LT121000011101001000", 20 },
    { "LV80BANK0000435195001", 21 },
    { "NL91ABNA0417164300", 18 },
    { "PL61109010140000071219812874", 28 },
    { "AT611904300234573201", 20 },
    { "BE68539007547034", 16 },
    { "CH9300762011623852957", 21 },
    { "ES9121000418450200051332", 24 },
    { "FR1420041010050500013M02606", 27 },
    { "IE29AIBK93115212345678", 22 },
    { "IT60X0542811101000000123456", 27 },
};

} // namespace

TEST_CASE("IBAN: the known valid test IBANs", "[iban]")
{
    for (const char *iban : { "FI2112345600000785", "DE89370400440532013000", "GB29NWBK60161331926819",
             "SE4550000000058398257466", "NO9386011117947" }) {
        CAPTURE(iban);
        CHECK(problemOf(iban) == QString());
        CHECK(Iban::isValid(q(iban)));
        CHECK(Iban::normalized(q(iban)) == q(iban));
    }
}

TEST_CASE("IBAN: the Finnish check digits computed by hand", "[iban]")
{
    // 12345600000785 FI 00 -> 12345600000785151800; mod 97 = 77; 98 - 77 = 21.
    CHECK(Iban::isValid(QStringLiteral("FI2112345600000785")));
    // GB: NWBK60161331926819 GB 00 -> (23 32 11 20 ...) mod 97 = 69; 98 - 69 = 29.
    CHECK(Iban::isValid(QStringLiteral("GB29NWBK60161331926819")));
    // DE: 370400440532013000 DE 00 mod 97 = 9; 98 - 9 = 89.
    CHECK(Iban::isValid(QStringLiteral("DE89370400440532013000")));
    CHECK(problemOf("FI2012345600000785") == checkDigitsProblem);
    CHECK(problemOf("FI2212345600000785") == checkDigitsProblem);
}

TEST_CASE("IBAN: every country with its own format accepts its example", "[iban]")
{
    for (const Example &example : listedCountries) {
        CAPTURE(example.iban);
        CHECK(Iban::problem(q(example.iban)) == QString());
        CHECK(q(example.iban).size() == example.length);
    }
}

TEST_CASE("IBAN: each listed country has its own length", "[iban]")
{
    struct Row {
        const char *iban;
        const char *country;
        int length;
    };
    const Row rows[] = {
        { "FI2112345600000785", "FI", 18 },
        { "SE4550000000058398257466", "SE", 24 },
        { "DE89370400440532013000", "DE", 22 },
        { "EE382200221020145685", "EE", 20 },
        { "NO9386011117947", "NO", 15 },
        { "DK5000400440116243", "DK", 18 },
        { "GB29NWBK60161331926819", "GB", 22 },
    };
    for (const Row &row : rows) {
        CAPTURE(row.iban);
        const QString iban = q(row.iban);
        REQUIRE(iban.size() == row.length);
        CHECK(Iban::isValid(iban));
        CHECK(Iban::problem(iban.chopped(1)) == tooShort(row.country, row.length, row.length - 1));
        CHECK(Iban::problem(iban.chopped(2)) == tooShort(row.country, row.length, row.length - 2));
        CHECK(Iban::problem(iban + QLatin1Char('0')) == tooLong(row.country, row.length, row.length + 1));
        CHECK(Iban::problem(iban + QStringLiteral("12")) == tooLong(row.country, row.length, row.length + 2));
    }
    SECTION("the exact Finnish sentences")
    {
        CHECK(problemOf("FI21 1234 5600 0007 8")
            == QStringLiteral(
                "The IBAN is too short: an IBAN beginning with FI has 18 characters, this one has 17."));
        CHECK(problemOf("FI21 1234 5600 0007 855")
            == QStringLiteral(
                "The IBAN is too long: an IBAN beginning with FI has 18 characters, this one has 19."));
    }
    SECTION("a length fine for other countries is not fine for Finland")
    {
        // 20 characters would do for Estonia, 24 for Sweden.
        CHECK(problemOf("FI2112345600000785 00") == tooLong("FI", 18, 20));
        CHECK(problemOf("FI21123456000007851234 56") == tooLong("FI", 18, 24));
        CHECK(problemOf("SE45 5000 0000 0583 9825") == tooShort("SE", 24, 20));
    }
    SECTION("every other listed country too")
    {
        for (const Example &example : listedCountries) {
            CAPTURE(example.iban);
            const QString iban = q(example.iban);
            const QString country = iban.left(2);
            CHECK(Iban::problem(iban.chopped(1)).startsWith(QStringLiteral("The IBAN is too short")));
            CHECK(Iban::problem(iban.chopped(1))
                      .contains(QStringLiteral(" %1 has %2 characters, this one has %3.")
                                    .arg(country)
                                    .arg(example.length)
                                    .arg(example.length - 1)));
            CHECK(Iban::problem(iban + QLatin1Char('1')).startsWith(QStringLiteral("The IBAN is too long")));
        }
    }
}

TEST_CASE("IBAN: other countries take 15 to 34 characters", "[iban]")
{
    SECTION("real IBANs of countries without a format of their own")
    {
        CHECK(Iban::isValid(QStringLiteral("XK051212012345678906"))); // Kosovo, 20
        CHECK(
            Iban::isValid(QStringLiteral("QA58DOHB00001234567890ABCDEFG"))); // Qatar, 29, letters at the end
        CHECK(Iban::isValid(QStringLiteral("MT84MALT011000012345MTLCAST001S"))); // Malta, 31
        CHECK(Iban::isValid(QStringLiteral("LC55HEMM000100010012001200023015"))); // Saint Lucia, 32
        CHECK(problemOf("MT84MALT011000012345MTLCAST001T") == checkDigitsProblem);
    }
    SECTION("the shortest and the longest")
    {
        // ZZ: no country's format; 12345678901 ZZ 00 mod 97 = 17 -> check digits 81.
        CHECK(problemOf("ZZ8112345678901") == QString());
        CHECK(problemOf("ZZ20123456789012345678901234567890") == QString()); // 34 characters
    }
    SECTION("one shorter and one longer")
    {
        // Both have correct check digits: only the length is wrong.
        CHECK(problemOf("ZZ121234567890")
            == QStringLiteral("The IBAN is too short: an IBAN has at least 15 characters, this one has 14."));
        CHECK(problemOf("ZZ641234567890123456789012345678901")
            == QStringLiteral("The IBAN is too long: an IBAN has at most 34 characters, this one has 35."));
    }
    SECTION("too short to hold the check digits")
    {
        CHECK(problemOf("F")
            == QStringLiteral("The IBAN is too short: an IBAN has at least 15 characters, this one has 1."));
        CHECK(problemOf("ZZ8")
            == QStringLiteral("The IBAN is too short: an IBAN has at least 15 characters, this one has 3."));
        CHECK(problemOf("FI") == tooShort("FI", 18, 2));
        CHECK(problemOf("FI2") == tooShort("FI", 18, 3));
        CHECK(problemOf("FI21") == tooShort("FI", 18, 4));
    }
}

TEST_CASE("IBAN: spaces and lower case are accepted", "[iban]")
{
    for (const char *text : { "FI21 1234 5600 0007 85", "fi21 1234 5600 0007 85", "fi2112345600000785",
             "Fi21 12345600 000785", "  FI21 1234 5600 0007 85  ", "FI21\t1234\t5600\t0007\t85",
             "FI21\u00a01234\u00a05600\u00a00007\u00a085", "FI21\n1234 5600 0007 85\r\n",
             "F I 2 1 1 2 3 4 5 6 0 0 0 0 0 7 8 5" }) {
        CAPTURE(text);
        CHECK(problemOf(text) == QString());
        CHECK(Iban::normalized(q(text)) == QStringLiteral("FI2112345600000785"));
        CHECK(Iban::formatted(q(text)) == QStringLiteral("FI21 1234 5600 0007 85"));
    }
    CHECK(Iban::isValid(QStringLiteral("gb29 nwbk 6016 1331 9268 19")));
    CHECK(Iban::normalized(QStringLiteral("gb29 nwbk 6016 1331 9268 19"))
        == QStringLiteral("GB29NWBK60161331926819"));
    CHECK(Iban::isValid(QStringLiteral("qa58dohb00001234567890abcdefg")));
}

TEST_CASE("IBAN: normalized", "[iban]")
{
    CHECK(Iban::normalized(QStringLiteral("FI21 1234 5600 0007 85")) == QStringLiteral("FI2112345600000785"));
    CHECK(Iban::normalized(QString()) == QString());
    CHECK(Iban::normalized(QStringLiteral("   ")) == QString());
    // Not a check: invalid text is normalised all the same.
    CHECK(Iban::normalized(QStringLiteral("fi21-1234 x")) == QStringLiteral("FI21-1234X"));
}

TEST_CASE("IBAN: one wrong digit is refused", "[iban]")
{
    SECTION("the sentence")
    {
        // 785 -> 786 at the end.
        CHECK(problemOf("FI21 1234 5600 0007 86") == checkDigitsProblem);
        CHECK_FALSE(Iban::isValid(QStringLiteral("FI21 1234 5600 0007 86")));
        CHECK(problemOf("DE89 3704 0044 0532 0130 01") == checkDigitsProblem);
        CHECK(problemOf("GB29 NWBK 6016 1331 9268 18") == checkDigitsProblem);
        CHECK(problemOf("SE45 5000 0000 0583 9825 7467") == checkDigitsProblem);
        CHECK(problemOf("NO93 8601 1117 948") == checkDigitsProblem);
    }
    SECTION("any digit replaced by any other, in every listed country")
    {
        // 97 is prime and does not divide 10^k, so mod 97 changes with any single digit.
        QStringList accepted;
        int tried = 0;
        for (const Example &example : listedCountries) {
            const QString good = q(example.iban);
            for (qsizetype pos = 2; pos < good.size(); ++pos) {
                if (!good.at(pos).isDigit())
                    continue;
                for (char digit = '0'; digit <= '9'; ++digit) {
                    QString typo = good;
                    typo[pos] = QLatin1Char(digit);
                    if (typo == good)
                        continue;
                    ++tried;
                    if (Iban::isValid(typo))
                        accepted << typo;
                }
            }
        }
        CAPTURE(accepted);
        CHECK(accepted.isEmpty());
        CHECK(tried > 3000);
    }
    SECTION("any letter replaced by any other")
    {
        QStringList accepted;
        for (const Example &example : listedCountries) {
            const QString good = q(example.iban);
            for (qsizetype pos = 0; pos < good.size(); ++pos) {
                if (!good.at(pos).isLetter())
                    continue;
                for (char letter = 'A'; letter <= 'Z'; ++letter) {
                    QString typo = good;
                    typo[pos] = QLatin1Char(letter);
                    if (typo != good && Iban::isValid(typo))
                        accepted << typo;
                }
            }
        }
        CAPTURE(accepted);
        CHECK(accepted.isEmpty());
    }
    SECTION("two neighbouring digits swapped")
    {
        QStringList accepted;
        for (const Example &example : listedCountries) {
            const QString good = q(example.iban);
            for (qsizetype pos = 2; pos + 1 < good.size(); ++pos) {
                QString typo = good;
                std::swap(typo[pos], typo[pos + 1]);
                if (typo != good && Iban::isValid(typo))
                    accepted << typo;
            }
        }
        CAPTURE(accepted);
        CHECK(accepted.isEmpty());
    }
}

TEST_CASE("IBAN: check digits 00, 01 and 99 are refused although mod 97 passes", "[iban]")
{
    // 12345600000078 FI 00 is 0 mod 97: the check digits are 98, but 01 also leaves 1.
    CHECK(problemOf("FI98 1234 5600 0000 78") == QString());
    CHECK(problemOf("FI01 1234 5600 0000 78") == checkDigitsProblem);
    // 12345600000096 FI 00 is 1 mod 97: 97, but 00 also leaves 1.
    CHECK(problemOf("FI97 1234 5600 0000 96") == QString());
    CHECK(problemOf("FI00 1234 5600 0000 96") == checkDigitsProblem);
    // 12345600000060 FI 00 is 96 mod 97: 02, but 99 also leaves 1 (96 + 99 = 195 = 2 * 97 + 1).
    CHECK(problemOf("FI02 1234 5600 0000 60") == QString());
    CHECK(problemOf("FI99 1234 5600 0000 60") == checkDigitsProblem);
}

TEST_CASE("IBAN: letters in the wrong places are refused", "[iban]")
{
    SECTION("the country code must be letters")
    {
        CHECK(problemOf("F121 1234 5600 0007 85") == startProblem);
        CHECK(problemOf("1I21 1234 5600 0007 85") == startProblem);
        CHECK(problemOf("2112 3456 0000 0785") == startProblem);
        CHECK(problemOf("1") == startProblem);
    }
    SECTION("the check digits must be digits")
    {
        CHECK(problemOf("FIX1 1234 5600 0007 85") == startProblem);
        CHECK(problemOf("FI2X 1234 5600 0007 85") == startProblem);
        CHECK(problemOf("FIAB") == startProblem);
        CHECK(problemOf("FIX") == startProblem);
        CHECK(problemOf("1234 5600 0007 85FI 21") == startProblem); // the rearranged form
    }
    SECTION("only digits after the check digits where the country has only digits")
    {
        CHECK(problemOf("FI21 1234 5600 000A 85") == misplaced(16, "A", "FI", "digit"));
        CHECK(problemOf("FI21 B234 5600 0007 85") == misplaced(5, "B", "FI", "digit"));
        CHECK(
            problemOf("FI21 1234 5600 0007 8o") == misplaced(18, "O", "FI", "digit")); // reported upper case
        CHECK(problemOf("SE45 5000 0000 0583 9825 746L") == misplaced(24, "L", "SE", "digit"));
        CHECK(problemOf("DE89 3704 0044 0532 O130 00") == misplaced(17, "O", "DE", "digit"));
        CHECK(problemOf("EE38 2200 2210 2014 568S") == misplaced(20, "S", "EE", "digit"));
        CHECK(problemOf("NO93 860I 1117 947") == misplaced(8, "I", "NO", "digit"));
        CHECK(problemOf("DK50 0040 0440 1162 4B") == misplaced(18, "B", "DK", "digit"));
        CHECK(problemOf("GB29 NWBK 6016 1331 9268 I9") == misplaced(21, "I", "GB", "digit"));
    }
    SECTION("letters where the country has letters")
    {
        CHECK(problemOf("GB29 NW8K 6016 1331 9268 19") == misplaced(7, "8", "GB", "letter"));
        CHECK(problemOf("GB29 0WBK 6016 1331 9268 19") == misplaced(5, "0", "GB", "letter"));
        CHECK(problemOf("NL91 ABN4 0417 1643 00") == misplaced(8, "4", "NL", "letter"));
        CHECK(problemOf("IT60 1054 2811 1010 0000 0123 456") == misplaced(5, "1", "IT", "letter"));
    }
    SECTION("either where the country allows both")
    {
        // Latvia: 4 letters, then 13 letters or digits. The letter changes the check
        // digits, so only the check fails.
        CHECK(problemOf("LV80 BANK 0000 4351 9500 A") == checkDigitsProblem);
        CHECK(problemOf("LV80 BAN1 0000 4351 9500 1") == misplaced(8, "1", "LV", "letter"));
    }
}

TEST_CASE("IBAN: characters other than letters and digits are refused", "[iban]")
{
    struct Row {
        const char *text;
        const char *character;
    };
    const Row rows[] = {
        { "FI21-1234-5600-0007-85", "-" },
        { "FI21.1234.5600.0007.85", "." },
        { "FI21 1234 5600 0007 85.", "." },
        { "FI21/12345600000785", "/" },
        { "FI21 1234 5600 0007 8ä", "ä" },
        { "FI21 1234 5600 0007 8Ö", "Ö" },
        { "F\u0131 21 1234 5600 0007 85", "\u0131" }, // dotless i: toUpper() would make it an I
        { "FI21 1234 5600 0007 8\u0665", "\u0665" }, // Arabic-Indic five
        { "FI21 1234 5600 0007 8\uff15", "\uff15" }, // full-width five
        { "IBAN: FI21 1234 5600 0007 85", ":" },
    };
    for (const Row &row : rows) {
        CAPTURE(row.text);
        CHECK(problemOf(row.text)
            == QStringLiteral(
                "The IBAN contains \"%1\", which is not allowed: use only the letters A to Z and "
                "the digits 0 to 9.")
                   .arg(q(row.character)));
    }
}

TEST_CASE("IBAN: empty text", "[iban]")
{
    const QString missing
        = QStringLiteral("The IBAN is missing. Enter it in the form FI21 1234 5600 0007 85.");
    CHECK(Iban::problem(QString()) == missing);
    CHECK(problemOf("") == missing);
    CHECK(problemOf(" \t ") == missing);
    CHECK_FALSE(Iban::isValid(QString()));
}

TEST_CASE("IBAN: formatted groups by four", "[iban]")
{
    CHECK(Iban::formatted(QStringLiteral("FI2112345600000785")) == QStringLiteral("FI21 1234 5600 0007 85"));
    CHECK(Iban::formatted(QStringLiteral("NO9386011117947")) == QStringLiteral("NO93 8601 1117 947"));
    CHECK(Iban::formatted(QStringLiteral("se4550000000058398257466"))
        == QStringLiteral("SE45 5000 0000 0583 9825 7466"));
    CHECK(Iban::formatted(QStringLiteral("DE89 3704 0044 0532 0130 00"))
        == QStringLiteral("DE89 3704 0044 0532 0130 00"));
    CHECK(Iban::formatted(QStringLiteral("GB29NWBK 60161331926819"))
        == QStringLiteral("GB29 NWBK 6016 1331 9268 19"));
    CHECK(Iban::formatted(QStringLiteral("  FI21   1234 56 00 0007 85 "))
        == QStringLiteral("FI21 1234 5600 0007 85"));
    CHECK(Iban::formatted(QString()) == QString());
    CHECK(Iban::formatted(QStringLiteral("fi2")) == QStringLiteral("FI2"));
    CHECK(Iban::formatted(QStringLiteral("FI21")) == QStringLiteral("FI21"));
    CHECK(Iban::formatted(QStringLiteral("FI211")) == QStringLiteral("FI21 1"));
    CHECK(Iban::formatted(QStringLiteral("fi21 1234 56"))
        == QStringLiteral("FI21 1234 56")); // invalid, still grouped
    for (const Example &example : listedCountries) {
        CAPTURE(example.iban);
        const QString shown = Iban::formatted(q(example.iban));
        CHECK(Iban::isValid(shown));
        CHECK(Iban::normalized(shown) == q(example.iban));
    }
}

TEST_CASE("IBAN: every problem has its own sentence", "[iban]")
{
    const QStringList problems = {
        problemOf(""),
        problemOf("FI21-1234"),
        problemOf("F121 1234 5600 0007 85"),
        problemOf("FI21 1234 5600 0007 8"),
        problemOf("FI21 1234 5600 0007 855"),
        problemOf("ZZ121234567890"),
        problemOf("ZZ641234567890123456789012345678901"),
        problemOf("FI21 1234 5600 000A 85"),
        problemOf("GB29 NW8K 6016 1331 9268 19"),
        problemOf("FI21 1234 5600 0007 86"),
    };
    for (const QString &problem : problems) {
        CAPTURE(problem);
        CHECK_FALSE(problem.isEmpty());
        CHECK(problem.endsWith(QLatin1Char('.')));
    }
    QStringList unique = problems;
    unique.removeDuplicates();
    CHECK(unique.size() == problems.size());
}

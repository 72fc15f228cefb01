#include "catchshim.h"
#include "common/clock.h"
#include "exchange/providercsv.h"
#include "rules/iban.h"
#include "rules/identitycode.h"

#include <QByteArray>
#include <QDate>
#include <random>
#include <string>

using namespace tukipolku;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

ProviderCsvResult parse(const QString &text)
{
    return ProviderCsv::parse(text.toUtf8());
}

// Bytes as written in a literal, NULs included.
template<qsizetype N> ProviderCsvResult parseBytes(const char (&bytes)[N])
{
    return ProviderCsv::parse(QByteArray(bytes, N - 1));
}

// The value as one RFC 4180 quoted field.
QString quoted(QString value)
{
    return QLatin1Char('"') % value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) % QLatin1Char('"');
}

// The only row of a file whose header is kind;name;<column> and whose row holds `value`.
ProviderCsvRow rowWith(const QString &column, const QString &value)
{
    const QString csv = QStringLiteral("kind;name;") % column
        % QStringLiteral("\nsupport_family;Nieminen, Sari;") % quoted(value) % QLatin1Char('\n');
    const ProviderCsvResult result = parse(csv);
    CAPTURE(str(result.fatal));
    REQUIRE(result.fatal.isEmpty());
    REQUIRE(result.rows.size() == 1);
    return result.rows.first();
}

QStringList problemsWith(const char *column, const QString &value)
{
    return rowWith(QLatin1String(column), value).problems;
}

bool goodWith(const char *column, const QString &value)
{
    const QStringList problems = problemsWith(column, value);
    CAPTURE(str(problems.join(QLatin1Char('|'))));
    return problems.isEmpty();
}

// Exactly one problem, and it contains `part`.
bool oneProblemContaining(const char *column, const QString &value, const QString &part)
{
    const QStringList problems = problemsWith(column, value);
    CAPTURE(str(value), str(problems.join(QLatin1Char('|'))));
    return problems.size() == 1 && problems.first().contains(part);
}

QString dmy(const QDate &date)
{
    return date.toString(QStringLiteral("d.M.yyyy"));
}

const QString fullHeader = QStringLiteral(
    "kind;name;adults;street_address;postal_code;post_office;phone;email;languages;capacity;min_age;"
    "max_age;training_completed;criminal_record_checked;identity_code;iban;notes");

const QString validIban = QStringLiteral("FI2112345600000785");

} // namespace

TEST_CASE("Provider CSV: the columns of a template file", "[providercsv]")
{
    CHECK(ProviderCsv::columns() == fullHeader.split(QLatin1Char(';')));
    const ProviderCsvResult result = parse(ProviderCsv::columns().join(QLatin1Char(';')) % QLatin1Char('\n'));
    CHECK(str(result.fatal).empty());
    CHECK(result.rows.isEmpty());
}

TEST_CASE("Provider CSV: a full row separated by semicolons", "[providercsv]")
{
    const QString code = makeIdentityCode(QDate(1978, 6, 9), 914);
    const QString csv = fullHeader
        % QStringLiteral("\nsupport_family;Laine, Matti ja Anna;\"Matti Laine\nAnna Laine\";"
                         "Koivukuja 3 B 12;00100;Helsinki;040 123 4567;"
                         "laine@example.fi;fi sv;2;4;12;1.2.2024;2024-03-15;")
        % code % QLatin1Char(';') % validIban % QStringLiteral(";Weekends only.\n");
    const ProviderCsvResult result = parse(csv);
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 1);
    const ProviderCsvRow &row = result.rows.first();
    CHECK(row.problems == QStringList());
    CHECK(row.isGood());
    CHECK(row.line == 2);
    const Provider &p = row.provider;
    CHECK(p.id.isEmpty());
    CHECK(p.kind == ProviderKind::SupportFamily);
    CHECK(p.status == ProviderStatus::Active);
    CHECK(p.name == QStringLiteral("Laine, Matti ja Anna"));
    CHECK(p.adults == QStringLiteral("Matti Laine\nAnna Laine"));
    CHECK(p.streetAddress == QStringLiteral("Koivukuja 3 B 12"));
    CHECK(p.postalCode == QStringLiteral("00100"));
    CHECK(p.postOffice == QStringLiteral("Helsinki"));
    CHECK(p.phone == QStringLiteral("040 123 4567"));
    CHECK(p.email == QStringLiteral("laine@example.fi"));
    CHECK(p.languages == QStringList({ QStringLiteral("fi"), QStringLiteral("sv") }));
    CHECK(p.capacity == 2);
    CHECK(p.minAge == 4);
    CHECK(p.maxAge == 12);
    CHECK(p.trainingCompletedOn == QDate(2024, 2, 1));
    CHECK(p.criminalRecordCheckedOn == QDate(2024, 3, 15));
    CHECK(p.identityCode == code);
    CHECK(p.iban == Iban::normalized(validIban));
    CHECK(p.notes == QStringLiteral("Weekends only."));
    CHECK(p.workerId.isEmpty());
    CHECK(result.good().size() == 1);
    CHECK(result.rejected().isEmpty());
}

TEST_CASE("Provider CSV: comma as the separator", "[providercsv]")
{
    const QString csv = QStringLiteral("kind,name,street_address,languages,capacity\n"
                                       "support_person,\"Nieminen, Sari\",\"Rantatie 5, as. 2\",fi,1\n"
                                       "family_worker,Virta Olli,,\"fi,en\",\n");
    const ProviderCsvResult result = parse(csv);
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].problems == QStringList());
    CHECK(result.rows[0].provider.kind == ProviderKind::SupportPerson);
    CHECK(result.rows[0].provider.name == QStringLiteral("Nieminen, Sari"));
    CHECK(result.rows[0].provider.streetAddress == QStringLiteral("Rantatie 5, as. 2"));
    CHECK(result.rows[1].problems == QStringList());
    CHECK(result.rows[1].provider.kind == ProviderKind::FamilyWorker);
    CHECK(result.rows[1].provider.streetAddress.isEmpty());
    CHECK(result.rows[1].provider.languages == QStringList({ QStringLiteral("fi"), QStringLiteral("en") }));
    CHECK(result.rows[1].provider.capacity == 1);
}

TEST_CASE("Provider CSV: the separator is taken from the header line only", "[providercsv]")
{
    SECTION("semicolon header, commas in the data")
    {
        const ProviderCsvResult result
            = parse(QStringLiteral("kind;name;notes\ntukiperhe;Laine, Anna;a,b,c,d\n"));
        REQUIRE(str(result.fatal).empty());
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].provider.notes == QStringLiteral("a,b,c,d"));
    }
    SECTION("comma header, semicolons in the data")
    {
        const ProviderCsvResult result
            = parse(QStringLiteral("kind,name,notes\ntukiperhe,Laine Anna,a;b;c;d\n"));
        REQUIRE(str(result.fatal).empty());
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].provider.notes == QStringLiteral("a;b;c;d"));
    }
    SECTION("a quoted header cell may hold the other character")
    {
        const ProviderCsvResult result = parse(QStringLiteral("\"kind\";\"name\"\ntukiperhe;Laine\n"));
        REQUIRE(str(result.fatal).empty());
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].isGood());
    }
}

TEST_CASE("Provider CSV: Finnish column names and kinds", "[providercsv]")
{
    const QString code = makeIdentityCode(QDate(1990, 12, 31), 950);
    const QString csv
        = QStringLiteral("Tyyppi; NIMI ;aikuiset;LÄHIOSOITE;postinumero;postitoimipaikka;puhelin;"
                         "Sähköposti;kielet;kapasiteetti;alaikäraja;YLÄIKÄRAJA;koulutus_suoritettu;"
                         "rikosrekisteriote;henkilötunnus;tilinumero;lisätiedot\n"
                         "tukiperhe;Mäkinen, Pirjo ja Jussi;;Kuusitie 1;33100;Tampere;;;fi;3;0;17;"
                         "15.1.2023;2023-01-20;")
        % code % QLatin1Char(';') % validIban
        % QStringLiteral(";\n"
                         "TUKIHENKILÖ;Öhman, Åsa;;;;;;;sv;;;;;;;;\n"
                         "perhetyöntekijä;Heikkinen, Tuula;;;;;;;;;;;;;;;\n");
    const ProviderCsvResult result = parse(csv);
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 3);
    for (const ProviderCsvRow &row : result.rows) {
        CAPTURE(row.line, str(row.problems.join(QLatin1Char('|'))));
        CHECK(row.isGood());
    }
    CHECK(result.rows[0].provider.kind == ProviderKind::SupportFamily);
    CHECK(result.rows[0].provider.name == QStringLiteral("Mäkinen, Pirjo ja Jussi"));
    CHECK(result.rows[0].provider.postalCode == QStringLiteral("33100"));
    CHECK(result.rows[0].provider.capacity == 3);
    CHECK(result.rows[0].provider.identityCode == code);
    CHECK(result.rows[0].provider.trainingCompletedOn == QDate(2023, 1, 15));
    CHECK(result.rows[1].provider.kind == ProviderKind::SupportPerson);
    CHECK(result.rows[1].provider.name == QStringLiteral("Öhman, Åsa"));
    CHECK(result.rows[2].provider.kind == ProviderKind::FamilyWorker);
}

TEST_CASE("Provider CSV: column names written with combining marks are recognised", "[providercsv]")
{
    // "lähiosoite" as macOS may store it: "a" followed by U+0308 COMBINING DIAERESIS.
    const QString header = QStringLiteral("kind;name;la") % QChar(0x0308) % QStringLiteral("hiosoite");
    const ProviderCsvResult result = parse(header % QStringLiteral("\ntukiperhe;Laine;Tie 1\n"));
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].provider.streetAddress == QStringLiteral("Tie 1"));
}

TEST_CASE("Provider CSV: a UTF-8 byte order mark is skipped", "[providercsv]")
{
    const QByteArray body = QStringLiteral("kind;name;post_office\ntukiperhe;Laine;Hämeenlinna\n").toUtf8();
    const ProviderCsvResult result = ProviderCsv::parse(QByteArray("\xEF\xBB\xBF") + body);
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].isGood());
    CHECK(result.rows[0].line == 2);
    CHECK(result.rows[0].provider.kind == ProviderKind::SupportFamily);
    CHECK(result.rows[0].provider.postOffice == QStringLiteral("Hämeenlinna"));

    const ProviderCsvResult headerOnly = ProviderCsv::parse(QByteArray("\xEF\xBB\xBFkind,name"));
    CHECK(str(headerOnly.fatal).empty());
    CHECK(headerOnly.rows.isEmpty());
}

TEST_CASE("Provider CSV: quoted fields", "[providercsv]")
{
    SECTION("the separator, doubled quotes and line breaks inside quotes")
    {
        const ProviderCsvResult result = parse(QStringLiteral(
            "kind;name;adults;notes\n"
            "tukiperhe;\"Laine; Matti\";\"Matti\nAnna\";\"She said \"\"yes\"\"; then \"\"no\"\".\"\n"));
        REQUIRE(str(result.fatal).empty());
        REQUIRE(result.rows.size() == 1);
        const Provider &p = result.rows[0].provider;
        CHECK(p.name == QStringLiteral("Laine; Matti"));
        CHECK(p.adults == QStringLiteral("Matti\nAnna"));
        CHECK(p.notes == QStringLiteral("She said \"yes\"; then \"no\"."));
    }
    SECTION("line breaks inside quotes are stored as \\n whatever the file used")
    {
        const ProviderCsvResult result
            = parse(QStringLiteral("kind;name;adults\r\ntukiperhe;Laine;\"Matti\r\nAnna\rEero\nOlli\"\r\n"));
        REQUIRE(str(result.fatal).empty());
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].provider.adults == QStringLiteral("Matti\nAnna\nEero\nOlli"));
    }
    SECTION("an empty quoted field and a quote only field")
    {
        const ProviderCsvResult result = parse(QStringLiteral("kind;name;notes\ntukiperhe;Laine;\"\"\n"
                                                              "tukiperhe;Laine;\"\"\"\"\n"));
        REQUIRE(result.rows.size() == 2);
        CHECK(result.rows[0].isGood());
        CHECK(result.rows[0].provider.notes.isEmpty());
        CHECK(result.rows[1].provider.notes == QStringLiteral("\""));
    }
    SECTION("a quote inside an unquoted field is kept as it is")
    {
        const ProviderCsvResult result = parse(QStringLiteral("kind;name\ntukiperhe;Laine \"Masa\" Matti\n"));
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].isGood());
        CHECK(result.rows[0].provider.name == QStringLiteral("Laine \"Masa\" Matti"));
    }
    SECTION("values are trimmed")
    {
        const ProviderCsvResult result
            = parse(QStringLiteral("kind;name;phone\n tukiperhe ; Laine ;\" 040 1 \"\n"));
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].isGood());
        CHECK(result.rows[0].provider.name == QStringLiteral("Laine"));
        CHECK(result.rows[0].provider.phone == QStringLiteral("040 1"));
    }
    SECTION("the last field of the file may be empty")
    {
        const ProviderCsvResult result = parse(QStringLiteral("kind;name;notes\ntukiperhe;Laine;"));
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].isGood());
    }
}

TEST_CASE("Provider CSV: text after a closing quote is a problem", "[providercsv]")
{
    const ProviderCsvResult result
        = parse(QStringLiteral("kind;nimi;notes\ntukiperhe;\"Laine, Matti\" ja Anna;x\n"));
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 1);
    const ProviderCsvRow &row = result.rows[0];
    CHECK(row.line == 2);
    REQUIRE(row.problems.size() == 1); // not also "the name is missing"
    CHECK(str(row.problems[0])
        == "The value in column nimi has text after its closing quote. Put the whole value in quotes "
           "and write each quote inside it as two quotes (\"\").");
}

TEST_CASE("Provider CSV: line ends", "[providercsv]")
{
    const QString body = QStringLiteral("kind;name%1tukiperhe;Laine%1tukihenkilö;Nieminen%1");
    for (const char *lineEnd : { "\n", "\r\n", "\r" }) {
        CAPTURE(QByteArray(lineEnd).toHex().toStdString());
        const ProviderCsvResult result = parse(body.arg(QLatin1String(lineEnd)));
        REQUIRE(str(result.fatal).empty());
        REQUIRE(result.rows.size() == 2);
        CHECK(result.rows[0].line == 2);
        CHECK(result.rows[1].line == 3);
        CHECK(result.rows[0].provider.name == QStringLiteral("Laine"));
        CHECK(result.rows[1].provider.name == QStringLiteral("Nieminen"));
        CHECK(result.rows[1].isGood());
    }
    SECTION("no line end after the last row")
    {
        const ProviderCsvResult result = parse(QStringLiteral("kind;name\r\ntukiperhe;Laine"));
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].provider.name == QStringLiteral("Laine"));
    }
}

TEST_CASE("Provider CSV: blank lines are skipped but counted", "[providercsv]")
{
    const ProviderCsvResult result = parse(QStringLiteral(
        "\n  \nkind;name\n\ntukiperhe;Laine\n   \n;\n\"\";\"\"\r\n\r\ntukihenkilö;Nieminen\n\n"));
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].line == 5);
    CHECK(result.rows[1].line == 10);
    CHECK(result.rows[0].isGood());
    CHECK(result.rows[1].isGood());
}

TEST_CASE("Provider CSV: line numbers count physical lines", "[providercsv]")
{
    const ProviderCsvResult result = parse(QStringLiteral("kind;name;adults\n" // 1
                                                          "tukiperhe;Laine;\"Matti\n" // 2
                                                          "Anna\n" // 3
                                                          "Eero\"\n" // 4
                                                          "tukiperhe;Koski;\"A\r\n" // 5
                                                          "B\"\r\n" // 6
                                                          "bad\n" // 7
                                                          "tukihenkilö;Nieminen;\n")); // 8
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 4);
    CHECK(result.rows[0].line == 2);
    CHECK(result.rows[1].line == 5);
    CHECK(result.rows[2].line == 7);
    CHECK(result.rows[3].line == 8);
    CHECK(result.rows[0].provider.adults == QStringLiteral("Matti\nAnna\nEero"));
    CHECK(result.rows[1].provider.adults == QStringLiteral("A\nB"));
    CHECK_FALSE(result.rows[2].isGood());
    CHECK(result.rows[3].isGood());
    REQUIRE(result.rejected().size() == 1);
    CHECK(result.rejected()[0].line == 7);
    REQUIRE(result.good().size() == 3);
    CHECK(result.good()[2].line == 8);
}

TEST_CASE("Provider CSV: a row with the wrong number of fields is rejected", "[providercsv]")
{
    const ProviderCsvResult result = parse(QStringLiteral("kind;name;phone\n"
                                                          "tukiperhe;Laine;040\n"
                                                          "tukiperhe;Koski\n"
                                                          "tukiperhe;Virta;040;extra\n"
                                                          "tukiperhe;\"Mäki;Pirjo\";\"040\"\n"
                                                          "tukiperhe;Kallio;040;\n"));
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 5);
    CHECK(result.rows[0].isGood());
    CHECK(result.rows[1].problems == QStringList { QStringLiteral("Row 3 has 2 fields; the header has 3.") });
    CHECK(result.rows[2].problems == QStringList { QStringLiteral("Row 4 has 4 fields; the header has 3.") });
    CHECK(result.rows[3].isGood());
    CHECK(result.rows[3].provider.name == QStringLiteral("Mäki;Pirjo"));
    CHECK(result.rows[4].problems == QStringList { QStringLiteral("Row 6 has 4 fields; the header has 3.") });
    CHECK(result.good().size() == 2);
    CHECK(result.rejected().size() == 3);
}

TEST_CASE("Provider CSV: kind", "[providercsv]")
{
    const auto kindOf = [](const char *text) {
        return parse(QStringLiteral("kind;name\n") % QString::fromUtf8(text) % QStringLiteral(";Laine\n"));
    };
    struct Good {
        const char *text;
        ProviderKind kind;
    };
    for (const Good &good : { Good { "support_family", ProviderKind::SupportFamily },
             Good { "tukiperhe", ProviderKind::SupportFamily },
             Good { "Support family", ProviderKind::SupportFamily },
             Good { "SUPPORT-FAMILY", ProviderKind::SupportFamily },
             Good { "support_person", ProviderKind::SupportPerson },
             Good { "tukihenkilö", ProviderKind::SupportPerson },
             Good { "Tukihenkilö", ProviderKind::SupportPerson },
             Good { "family_worker", ProviderKind::FamilyWorker },
             Good { "perhetyöntekijä", ProviderKind::FamilyWorker },
             Good { "PERHETYÖNTEKIJÄ", ProviderKind::FamilyWorker } }) {
        CAPTURE(good.text);
        const ProviderCsvResult result = kindOf(good.text);
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].problems == QStringList());
        CHECK(result.rows[0].provider.kind == good.kind);
    }
    const QString choices = QStringLiteral("Write support_family, support_person or family_worker "
                                           "(tukiperhe, tukihenkilö or perhetyöntekijä).");
    const ProviderCsvResult unknown = kindOf("tukiperheet");
    REQUIRE(unknown.rows.size() == 1);
    CHECK(unknown.rows[0].problems
        == QStringList { QStringLiteral("The kind of provider \"tukiperheet\" is not known. ") % choices });
    const ProviderCsvResult missing = kindOf("  ");
    REQUIRE(missing.rows.size() == 1);
    CHECK(missing.rows[0].problems
        == QStringList { QStringLiteral("The kind of provider is missing. ") % choices });
}

TEST_CASE("Provider CSV: name is required", "[providercsv]")
{
    const ProviderCsvResult result
        = parse(QStringLiteral("kind;name\ntukiperhe;\ntukiperhe;\" \"\ntukiperhe;A\n"));
    REQUIRE(result.rows.size() == 3);
    const QStringList missing { QStringLiteral("The name is missing: write the provider's name.") };
    CHECK(result.rows[0].problems == missing);
    CHECK(result.rows[1].problems == missing);
    CHECK(result.rows[2].isGood());
}

TEST_CASE("Provider CSV: postal code", "[providercsv]")
{
    CHECK(goodWith("postal_code", QStringLiteral("00100")));
    CHECK(goodWith("postal_code", QStringLiteral(" 99999 ")));
    CHECK(goodWith("postal_code", QString())); // optional
    CHECK(rowWith(QStringLiteral("postinumero"), QStringLiteral("33100")).provider.postalCode
        == QStringLiteral("33100"));
    for (const char *bad : { "0010", "001000", "0010a", "00 100", "FI-00100" }) {
        CAPTURE(bad);
        CHECK(oneProblemContaining("postal_code", QLatin1String(bad), QStringLiteral("postal code")));
    }
    // Digits of another script are not postal code digits (U+0661 ARABIC-INDIC DIGIT ONE).
    CHECK_FALSE(goodWith("postal_code", QStringLiteral("0010") % QChar(0x0661)));
    CHECK(problemsWith("postal_code", QStringLiteral("123"))
        == QStringList {
            QStringLiteral("The postal code \"123\" is not valid: it must have five digits, e.g. 00100.") });
    CHECK(rowWith(QStringLiteral("postal_code"), QStringLiteral("123")).provider.postalCode.isEmpty());
}

TEST_CASE("Provider CSV: email address", "[providercsv]")
{
    for (const char *good : { "sari.nieminen@example.fi", "a@b.c", "laine+tuki@posti.example.com", "" }) {
        CAPTURE(good);
        CHECK(goodWith("email", QLatin1String(good)));
    }
    CHECK(rowWith(QStringLiteral("sähköposti"), QStringLiteral(" a@b.fi ")).provider.email
        == QStringLiteral("a@b.fi"));
    for (const char *bad : { "sari", "sari@example", "sari@@example.fi", "a@b@c.fi", "@example.fi",
             "sari@.fi", "sari@example.", "sari nieminen@example.fi", "sari.example.fi" }) {
        CAPTURE(bad);
        CHECK(oneProblemContaining("email", QLatin1String(bad), QStringLiteral("email address")));
    }
    CHECK(problemsWith("email", QStringLiteral("sari"))
        == QStringList {
            QStringLiteral("The email address \"sari\" is not valid: it must have one @ followed by a "
                           "domain name with a dot, e.g. name@example.fi.") });
}

TEST_CASE("Provider CSV: languages", "[providercsv]")
{
    const auto languagesOf = [](const char *text) {
        const ProviderCsvRow row = rowWith(QStringLiteral("languages"), QString::fromUtf8(text));
        CAPTURE(str(row.problems.join(QLatin1Char('|'))));
        CHECK(row.isGood());
        return row.provider.languages.join(QLatin1Char(' '));
    };
    CHECK(str(languagesOf("fi")) == "fi");
    CHECK(str(languagesOf("fi sv")) == "fi sv");
    CHECK(str(languagesOf("fi/sv/en")) == "fi sv en");
    CHECK(str(languagesOf(" fi  /  sv ")) == "fi sv");
    CHECK(str(languagesOf("fi, sv")) == "fi sv");
    CHECK(str(languagesOf("FI Sv")) == "fi sv");
    CHECK(str(languagesOf("fi fi sv")) == "fi sv");
    CHECK(str(languagesOf("fi\tsv")) == "fi sv");
    CHECK(str(languagesOf("")).empty());
    CHECK(str(rowWith(QStringLiteral("kielet"), QStringLiteral("so ar"))
                  .provider.languages.join(QLatin1Char(' ')))
        == "so ar");

    for (const char *bad : { "fin", "f", "f1", "suomi", "fi sv ruotsi", "fi;sv", "fi-sv", "ää" }) {
        CAPTURE(bad);
        CHECK(oneProblemContaining("languages", QString::fromUtf8(bad), QStringLiteral("two-letter codes")));
    }
    CHECK(problemsWith("languages", QStringLiteral("fi suomi sv fin"))
        == QStringList {
            QStringLiteral("The languages must be two-letter codes separated by spaces or slashes, "
                           "e.g. \"fi sv\"; these are not: \"suomi\", \"fin\".") });
}

TEST_CASE("Provider CSV: capacity", "[providercsv]")
{
    CHECK(rowWith(QStringLiteral("capacity"), QString()).provider.capacity == 1); // the default
    for (int n = 1; n <= 10; ++n) {
        const ProviderCsvRow row = rowWith(QStringLiteral("kapasiteetti"), QString::number(n));
        CHECK(row.isGood());
        CHECK(row.provider.capacity == n);
    }
    CHECK(rowWith(QStringLiteral("capacity"), QStringLiteral(" 3 ")).provider.capacity == 3);
    for (const char *bad : { "0", "11", "-1", "two", "1.5", "2,0", "99999999999999999999" }) {
        CAPTURE(bad);
        CHECK(oneProblemContaining("capacity", QLatin1String(bad), QStringLiteral("capacity")));
    }
    CHECK(problemsWith("capacity", QStringLiteral("11"))
        == QStringList { QStringLiteral("The capacity must be a whole number from 1 to 10, not \"11\".") });
}

TEST_CASE("Provider CSV: age range", "[providercsv]")
{
    const auto ages = [](const char *min, const char *max) {
        return parse(QStringLiteral("kind;name;min_age;max_age\ntukiperhe;Laine;") % QLatin1String(min)
            % QLatin1Char(';') % QLatin1String(max) % QLatin1Char('\n'))
            .rows.value(0);
    };
    SECTION("defaults")
    {
        const ProviderCsvRow row = ages("", "");
        CHECK(row.isGood());
        CHECK(row.provider.minAge == 0);
        CHECK(row.provider.maxAge == 17);
        CHECK(ages("5", "").provider.maxAge == 17);
        CHECK(ages("", "5").provider.minAge == 0);
    }
    SECTION("good values")
    {
        for (const auto &[min, max] : { std::pair { "0", "17" }, std::pair { "7", "7" },
                 std::pair { "0", "0" }, std::pair { "17", "17" }, std::pair { "3", "12" } }) {
            CAPTURE(min, max);
            const ProviderCsvRow row = ages(min, max);
            CHECK(row.problems == QStringList());
            CHECK(row.provider.minAge == QByteArray(min).toInt());
            CHECK(row.provider.maxAge == QByteArray(max).toInt());
        }
        const ProviderCsvResult finnish
            = parse(QStringLiteral("tyyppi;nimi;alaikäraja;yläikäraja\ntukiperhe;Laine;2;9\n"));
        REQUIRE(finnish.rows.size() == 1);
        CHECK(finnish.rows[0].provider.minAge == 2);
        CHECK(finnish.rows[0].provider.maxAge == 9);
        // A registry kept in Swedish: the header row and the kinds in Swedish.
        const ProviderCsvResult swedish = parse(QStringLiteral(
            "Typ;Namn;Minimiålder;Maximiålder;E-post\nstödfamilj;Holm;3;10;holm@example.fi\nStödperson;Berg;;;\n"));
        REQUIRE(swedish.fatal.isEmpty());
        REQUIRE(swedish.rows.size() == 2);
        CHECK(swedish.rows[0].problems == QStringList());
        CHECK(swedish.rows[0].provider.kind == ProviderKind::SupportFamily);
        CHECK(swedish.rows[0].provider.minAge == 3);
        CHECK(swedish.rows[0].provider.email == QStringLiteral("holm@example.fi"));
        CHECK(swedish.rows[1].provider.kind == ProviderKind::SupportPerson);
    }
    SECTION("out of range or not numbers")
    {
        CHECK(ages("-1", "10").problems
            == QStringList {
                QStringLiteral("The minimum age must be a whole number from 0 to 17, not \"-1\".") });
        CHECK(ages("0", "18").problems
            == QStringList {
                QStringLiteral("The maximum age must be a whole number from 0 to 17, not \"18\".") });
        CHECK(ages("x", "").problems.size() == 1);
        CHECK(ages("", "10v").problems.size() == 1);
        CHECK(ages("18", "-1").problems.size() == 2); // both, but no comparison of invalid values
    }
    SECTION("minimum above maximum")
    {
        CHECK(ages("12", "6").problems
            == QStringList { QStringLiteral("The minimum age (12) is higher than the maximum age (6).") });
        CHECK(ages("10", "").isGood()); // against the default maximum 17
        CHECK(ages("", "0").isGood()); // against the default minimum 0
    }
}

TEST_CASE("Provider CSV: training and criminal record dates", "[providercsv]")
{
    const QDate today = Clock::today();
    for (const char *column :
        { "training_completed", "koulutus_suoritettu", "criminal_record_checked", "rikosrekisteriote" }) {
        CAPTURE(column);
        const QString name = QLatin1String(column);
        const auto dateOf = [&](const QString &text) {
            const ProviderCsvRow row = rowWith(name, text);
            CAPTURE(str(row.problems.join(QLatin1Char('|'))));
            CHECK(row.isGood());
            return name.startsWith(QLatin1Char('c')) || name.startsWith(QLatin1Char('r'))
                ? row.provider.criminalRecordCheckedOn
                : row.provider.trainingCompletedOn;
        };
        CHECK(dateOf(QStringLiteral("1.2.2024")) == QDate(2024, 2, 1));
        CHECK(dateOf(QStringLiteral("01.02.2024")) == QDate(2024, 2, 1));
        CHECK(dateOf(QStringLiteral("29.2.2024")) == QDate(2024, 2, 29));
        CHECK(dateOf(QStringLiteral("2024-02-01")) == QDate(2024, 2, 1));
        CHECK(dateOf(QStringLiteral(" 2024-02-01 ")) == QDate(2024, 2, 1));
        CHECK(dateOf(dmy(today)) == today);
        CHECK(dateOf(QString()).isNull());
        for (const char *bad : { "2024-2-1", "1.2.24", "31.2.2024", "29.2.2023", "1/2/2024", "1.2.2024.",
                 "eilen", "2024-02-01T10:00", "+1.2.2024", "1.13.2024" }) {
            CAPTURE(bad);
            CHECK(oneProblemContaining(column, QLatin1String(bad), QStringLiteral("is not a date")));
        }
        const QString future = dmy(today.addDays(30));
        CHECK(oneProblemContaining(column, future, QStringLiteral("is in the future")));
        CHECK(oneProblemContaining(
            column, today.addYears(1).toString(Qt::ISODate), QStringLiteral("is in the future")));
    }
    CHECK(problemsWith("training_completed", QStringLiteral("31.2.2024"))
        == QStringList {
            QStringLiteral("The date the training was completed, \"31.2.2024\", is not a date: write it "
                           "as 31.12.2025 or 2025-12-31.") });
    CHECK(problemsWith("training_completed", QStringLiteral("1.1.2999"))
        == QStringList {
            QStringLiteral("The date the training was completed, 1.1.2999, is in the future.") });
    CHECK(problemsWith("criminal_record_checked", QStringLiteral("x"))
        == QStringList {
            QStringLiteral("The date the criminal record extract was checked, \"x\", is not a date: "
                           "write it as 31.12.2025 or 2025-12-31.") });
    CHECK(problemsWith("criminal_record_checked", QStringLiteral("2999-01-01"))
        == QStringList {
            QStringLiteral("The date the criminal record extract was checked, 2999-01-01, is in the "
                           "future.") });
}

TEST_CASE("Provider CSV: identity code", "[providercsv]")
{
    const QString code = makeIdentityCode(QDate(1975, 3, 15), 923);
    REQUIRE(parseIdentityCode(code).isValid());
    REQUIRE(parseIdentityCode(code).temporary);

    CHECK(rowWith(QStringLiteral("identity_code"), code).provider.identityCode == code);
    const ProviderCsvRow lower
        = rowWith(QStringLiteral("henkilötunnus"), QStringLiteral(" ") % code.toLower());
    CHECK(lower.isGood());
    CHECK(lower.provider.identityCode == code); // normalised
    CHECK(rowWith(QStringLiteral("identity_code"), QString()).provider.identityCode.isEmpty());

    QString wrongCheck = code;
    wrongCheck[10] = code.at(10) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const IdentityCodeParse wrong = parseIdentityCode(wrongCheck);
    REQUIRE_FALSE(wrong.isValid());
    const ProviderCsvRow row = rowWith(QStringLiteral("identity_code"), wrongCheck);
    CHECK(
        row.problems == QStringList { QStringLiteral("The identity code is not valid: ") % wrong.message() });
    CHECK(row.provider.identityCode.isEmpty());

    for (const char *bad : { "150375-92", "150375G923X", "310299-923A", "150375-001A" }) {
        CAPTURE(bad);
        CHECK(oneProblemContaining("identity_code", QLatin1String(bad),
            QStringLiteral("The identity code is not valid: ")
                % parseIdentityCode(QLatin1String(bad)).message()));
    }
}

TEST_CASE("Provider CSV: IBAN", "[providercsv]")
{
    REQUIRE(Iban::problem(validIban).isEmpty());
    const ProviderCsvRow row = rowWith(QStringLiteral("iban"), validIban);
    CHECK(row.isGood());
    CHECK(row.provider.iban == Iban::normalized(validIban));

    const QString spaced = QStringLiteral("FI21 1234 5600 0007 85"); // as printed on an invoice
    REQUIRE(Iban::problem(spaced).isEmpty());
    const ProviderCsvRow finnish = rowWith(QStringLiteral("tilinumero"), spaced);
    CHECK(finnish.isGood());
    CHECK(finnish.provider.iban == Iban::normalized(spaced));
    CHECK(rowWith(QStringLiteral("iban"), QString()).provider.iban.isEmpty());

    for (const char *bad :
        { "FI2112345600000786", "FI21123456", "12345600000785", "FI21-1234-5600-0007-85!" }) {
        CAPTURE(bad);
        const QString problem = Iban::problem(QLatin1String(bad));
        REQUIRE_FALSE(problem.isEmpty());
        const ProviderCsvRow rejected = rowWith(QStringLiteral("iban"), QLatin1String(bad));
        CHECK(rejected.problems == QStringList { QStringLiteral("The IBAN is not valid: ") % problem });
        CHECK(rejected.provider.iban.isEmpty());
    }
}

TEST_CASE("Provider CSV: every problem of a row is listed", "[providercsv]")
{
    const ProviderCsvResult result = parse(fullHeader
        % QStringLiteral("\n"
                         "tukiperhe;Laine;;;00100;;;;fi;;;;;;;;\n"
                         "ufo;;;;1;;;no-at;finnish;0;10;5;32.1.2024;2999-01-01;123;FI00;\n"));
    REQUIRE(str(result.fatal).empty());
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].isGood());
    const ProviderCsvRow &bad = result.rows[1];
    CHECK(bad.line == 3);
    CAPTURE(str(bad.problems.join(QLatin1Char('\n'))));
    CHECK(bad.problems.size() == 11);
    for (const char *part :
        { "kind of provider", "name is missing", "postal code", "email address", "languages", "capacity",
            "minimum age (10)", "training", "criminal record", "identity code", "IBAN" }) {
        CAPTURE(part);
        CHECK(bad.problems.filter(QString::fromLatin1(part)).size() == 1);
    }
    for (const QString &problem : bad.problems) {
        CAPTURE(str(problem));
        CHECK(problem.endsWith(QLatin1Char('.')));
    }
}

TEST_CASE("Provider CSV: long fields are rejected, never cut", "[providercsv]")
{
    SECTION("10,000 characters are allowed")
    {
        const QString notes(10000, QLatin1Char('x'));
        const ProviderCsvRow row = rowWith(QStringLiteral("notes"), notes);
        CHECK(row.isGood());
        CHECK(row.provider.notes.size() == 10000);
    }
    SECTION("10,001 characters are not")
    {
        const ProviderCsvRow row = rowWith(QStringLiteral("lisätiedot"), QString(10001, QLatin1Char('x')));
        CHECK(row.problems
            == QStringList { QStringLiteral("The value in column lisätiedot is 10001 characters long; at "
                                            "most 10000 characters are allowed.") });
        CHECK(row.provider.notes.isEmpty());
    }
    SECTION("a 1 MB field, unquoted, in a required column")
    {
        const QByteArray csv
            = QByteArray("kind;name\ntukiperhe;") + QByteArray(1 << 20, 'a') + "\ntukiperhe;B\n";
        const ProviderCsvResult result = ProviderCsv::parse(csv);
        REQUIRE(str(result.fatal).empty());
        REQUIRE(result.rows.size() == 2);
        CHECK(result.rows[0].problems.size() == 1); // the length only, not also "the name is missing"
        CHECK(result.rows[0].problems.value(0).contains(QStringLiteral("1048576 characters")));
        CHECK(result.rows[1].isGood());
        CHECK(result.rows[1].line == 3);
    }
    SECTION("a long invalid value is shortened in the message")
    {
        const QStringList problems = problemsWith("postal_code", QString(5000, QLatin1Char('9')));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].size() < 200);
        CHECK(problems[0].contains(QChar(0x2026)));
    }
}

TEST_CASE("Provider CSV: unknown or missing columns are fatal", "[providercsv]")
{
    SECTION("unknown columns are named")
    {
        const ProviderCsvResult result
            = parse(QStringLiteral("kind;name;status;Puhelinnumero\ntukiperhe;A;x;y\n"));
        CHECK(result.rows.isEmpty());
        CAPTURE(str(result.fatal));
        CHECK(result.fatal.startsWith(QStringLiteral(
            "The header row has columns that are not known: \"status\", \"Puhelinnumero\". The known "
            "columns are: kind (tyyppi / typ), name (nimi / namn), adults (aikuiset / vuxna), ")));
        CHECK(result.fatal.contains(QStringLiteral("notes (lisätiedot / tilläggsuppgifter).")));
    }
    SECTION("missing required columns are named")
    {
        const ProviderCsvResult result = parse(QStringLiteral("name;phone\nLaine;040\n"));
        CHECK(result.rows.isEmpty());
        CHECK(str(result.fatal) == "Required columns are missing from the header row: kind (tyyppi / typ).");
        CHECK(str(parse(QStringLiteral("puhelin;notes\n")).fatal)
            == "Required columns are missing from the header row: kind (tyyppi / typ), name (nimi / namn).");
    }
    SECTION("a column twice")
    {
        const ProviderCsvResult result = parse(QStringLiteral("kind;name;nimi\ntukiperhe;A;B\n"));
        CHECK(result.rows.isEmpty());
        CHECK(str(result.fatal) == "The column name (nimi / namn) appears more than once in the header row.");
    }
    SECTION("a column without a name")
    {
        const ProviderCsvResult result = parse(QStringLiteral("kind;name;;\ntukiperhe;A;;\n"));
        CHECK(result.rows.isEmpty());
        CHECK(str(result.fatal) == "Column 3 of the header row has no name.");
    }
    SECTION("several header problems are all told")
    {
        const ProviderCsvResult result = parse(QStringLiteral("name;foo;name\n"));
        CHECK(result.fatal.contains(QStringLiteral("more than once")));
        CHECK(result.fatal.contains(QStringLiteral("\"foo\"")));
        CHECK(result.fatal.contains(QStringLiteral("kind (tyyppi / typ)")));
    }
    SECTION("a first line that is data, not a header")
    {
        const ProviderCsvResult result = parse(QStringLiteral("tukiperhe;Laine, Matti;00100\n"));
        CHECK(result.rows.isEmpty());
        CHECK(str(result.fatal)
            == "The file has no header row. Its first line must name the columns, for example kind;name.");
    }
}

TEST_CASE("Provider CSV: a file that is not UTF-8 is fatal", "[providercsv]")
{
    SECTION("Latin-1 on line 3")
    {
        const ProviderCsvResult result
            = parseBytes("kind;name;post_office\ntukiperhe;Laine;Turku\ntukiperhe;Koski;H\xE4meenlinna\n");
        CHECK(result.rows.isEmpty());
        CHECK(str(result.fatal)
            == "The file is not UTF-8 text: line 3 has bytes that are not UTF-8. Save the file in your "
               "spreadsheet program as CSV UTF-8 and try again.");
    }
    SECTION("a line in a quoted value counts")
    {
        const ProviderCsvResult result
            = parseBytes("kind;name;adults\ntukiperhe;Laine;\"A\r\nB\rC\"\n\xFF;x;y\n");
        CHECK(result.fatal.contains(QStringLiteral("line 5 ")));
    }
    for (const QByteArray &bad : { QByteArray("\xFF\xFEk\0i\0n\0d\0", 10), // UTF-16 with its BOM
             QByteArray("kind;name\n\xC0\xAF;x\n"), // overlong "/"
             QByteArray("kind;name\n\xED\xA0\x80;x\n"), // a UTF-16 surrogate
             QByteArray("kind;name\n\xF4\x90\x80\x80;x\n"), // above U+10FFFF
             QByteArray("kind;name\ntukiperhe;L\xC3"), // cut short at the end
             QByteArray("kind;name\ntukiperhe;L\xE2\x82;x\n"), // cut short inside
             QByteArray("kind;name\n\x80;x\n") }) { // a lone continuation byte
        CAPTURE(bad.toHex().toStdString());
        const ProviderCsvResult result = ProviderCsv::parse(bad);
        CHECK(result.fatal.startsWith(QStringLiteral("The file is not UTF-8 text")));
        CHECK(result.rows.isEmpty());
    }
    SECTION("four-byte characters are UTF-8")
    {
        const ProviderCsvResult result = parseBytes("kind;name\ntukiperhe;\xF0\x9F\x98\x80 \xE2\x82\xAC\n");
        REQUIRE(str(result.fatal).empty());
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].provider.name == QString::fromUtf8("\xF0\x9F\x98\x80 \xE2\x82\xAC"));
    }
}

TEST_CASE("Provider CSV: NUL bytes are fatal", "[providercsv]")
{
    const ProviderCsvResult result = parseBytes("kind;name\ntukiperhe;La\0ine\n");
    CHECK(result.rows.isEmpty());
    CHECK(str(result.fatal)
        == "Line 2 contains a NUL character, so the file is not a CSV text file. Save the file in your "
           "spreadsheet "
           "program as CSV UTF-8 and try again.");
    // UTF-16 without a byte order mark is valid UTF-8 full of NULs.
    CHECK(
        parseBytes("k\0i\0n\0d\0;\0n\0a\0m\0e\0").fatal.startsWith(QStringLiteral("Line 1 contains a NUL")));
}

TEST_CASE("Provider CSV: an empty file is fatal", "[providercsv]")
{
    const std::string empty = "The file is empty. It must have a header row naming the columns and one "
                              "provider on each row after it.";
    CHECK(str(ProviderCsv::parse(QByteArray()).fatal) == empty);
    CHECK(str(ProviderCsv::parse(QByteArray("\xEF\xBB\xBF")).fatal) == empty);
    CHECK(str(parse(QStringLiteral("\n\r\n  \t\n")).fatal) == empty);
    CHECK(str(parse(QStringLiteral(";;;\n;;\n\"\"\n")).fatal) == empty);
    CHECK(ProviderCsv::parse(QByteArray()).rows.isEmpty());
}

TEST_CASE("Provider CSV: a header without rows", "[providercsv]")
{
    for (const char *text :
        { "kind;name", "kind;name\n", "kind,name\r\n\r\n", "\nkind;name;phone\n\n  \n" }) {
        CAPTURE(text);
        const ProviderCsvResult result = parse(QLatin1String(text));
        CHECK(str(result.fatal).empty());
        CHECK(result.rows.isEmpty());
        CHECK(result.good().isEmpty());
        CHECK(result.rejected().isEmpty());
    }
}

TEST_CASE("Provider CSV: an unterminated quote", "[providercsv]")
{
    const std::string message
        = "The quote that opens a value on line 3 is never closed, so nothing from that "
          "line to the end of the file could be read. Close the quote, or write a quote "
          "that belongs to the value as two quotes (\"\").";
    SECTION("in a row: the rows before it are read, the rest is one rejected row")
    {
        const ProviderCsvResult result = parse(QStringLiteral("kind;name\n"
                                                              "tukiperhe;Laine\n"
                                                              "tukiperhe;\"Koski\n"
                                                              "tukiperhe;Virta\n"
                                                              "tukiperhe;Mäki\n"));
        REQUIRE(str(result.fatal).empty());
        REQUIRE(result.rows.size() == 2);
        CHECK(result.rows[0].isGood());
        CHECK(result.rows[1].line == 3);
        REQUIRE(result.rows[1].problems.size() == 1);
        CHECK(str(result.rows[1].problems[0]) == message);
    }
    SECTION("a lone quote at the very end")
    {
        const ProviderCsvResult result = parse(QStringLiteral("kind;name\ntukiperhe;Laine\n\""));
        REQUIRE(result.rows.size() == 2);
        CHECK(result.rows[1].line == 3);
        CHECK(str(result.rows[1].problems.value(0)) == message);
    }
    SECTION("in the header: fatal")
    {
        const ProviderCsvResult result = parse(QStringLiteral("\n\nkind;\"name\ntukiperhe;Laine\n"));
        CHECK(result.rows.isEmpty());
        CHECK(str(result.fatal) == message);
    }
}

TEST_CASE("Provider CSV: hostile input does not crash or hang", "[providercsv]")
{
    const auto sane = [](const ProviderCsvResult &result, qsizetype bytes) {
        if (!result.fatal.isEmpty())
            return result.rows.isEmpty();
        int previousLine = 1;
        for (const ProviderCsvRow &row : result.rows) {
            if (row.line <= previousLine || row.line > bytes + 1)
                return false;
            if (row.isGood() && (row.provider.name.isEmpty() || !row.provider.id.isEmpty()))
                return false;
            previousLine = row.line;
        }
        return true;
    };
    SECTION("random bytes")
    {
        std::mt19937 random(20240611);
        for (int i = 0; i < 400; ++i) {
            QByteArray bytes(qsizetype(random() % 600), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(random() % 256);
            CAPTURE(i);
            const ProviderCsvResult result = ProviderCsv::parse(bytes);
            CHECK(sane(result, bytes.size()));
            if (!bytes.isValidUtf8())
                CHECK(result.fatal.startsWith(QStringLiteral("The file is not UTF-8 text")));
        }
    }
    SECTION("random CSV-like text after a valid header")
    {
        std::mt19937 random(4180);
        // Mostly the characters that steer the reader; "ä" is two bytes.
        const QList<QByteArray> alphabet
            = { "\"", ";", ",", "\r", "\n", " ", "\t", "a", "9", "@", ".", "-", "\xC3\xA4" };
        int rows = 0;
        for (int i = 0; i < 400; ++i) {
            QByteArray bytes("kind;name;email;capacity\n");
            const qsizetype length = qsizetype(random() % 400);
            for (qsizetype k = 0; k < length; ++k)
                bytes += alphabet[qsizetype(random() % alphabet.size())];
            if (i % 10 == 0) // now and then half an "ä", which is not UTF-8
                bytes.insert(qsizetype(random() % bytes.size()), '\xC3');
            CAPTURE(i, bytes.toStdString());
            const ProviderCsvResult result = ProviderCsv::parse(bytes);
            CHECK(sane(result, bytes.size()));
            CHECK(result.fatal.isEmpty() == bytes.isValidUtf8());
            for (const ProviderCsvRow &row : result.rows)
                CHECK(row.isGood() == row.problems.isEmpty());
            rows += int(result.rows.size());
        }
        CHECK(rows > 100); // the generator does reach the row checks
    }
    SECTION("degenerate files")
    {
        const QList<QByteArray> files = {
            QByteArray("\""),
            QByteArray("\"\"\""),
            QByteArray("\r"),
            QByteArray("\r\r\r\r"),
            QByteArray("kind;name\r\r\rtukiperhe;A\r"),
            QByteArray(1 << 20, '"'),
            QByteArray(1 << 20, ';'),
            QByteArray(1 << 20, '\n'),
            QByteArray("kind;name\n") + QByteArray(1 << 20, ';'),
            QByteArray("kind;name\n") + QByteArray(1 << 20, '"'),
            QByteArray("kind;name\ntukiperhe;\"") + QByteArray(1 << 20, 'x'),
            QByteArray(1 << 20, 'k') + ";name\n",
            QByteArray("kind;name\n") + QByteArray(1 << 19, '\r') + "\"a\";\"b\"",
        };
        for (const QByteArray &file : files) {
            CAPTURE(file.left(40).toStdString(), file.size());
            const ProviderCsvResult result = ProviderCsv::parse(file);
            CHECK(sane(result, file.size()));
            CHECK(result.fatal.size() < 5000);
            for (const ProviderCsvRow &row : result.rows) {
                for (const QString &problem : row.problems)
                    CHECK(problem.size() < 5000);
            }
        }
        const ProviderCsvResult crs = ProviderCsv::parse(QByteArray("kind;name\r\r\rtukiperhe;A\r"));
        REQUIRE(crs.rows.size() == 1);
        CHECK(crs.rows[0].line == 4);
        const ProviderCsvResult quotes
            = ProviderCsv::parse(QByteArray("kind;name\n") + QByteArray(1 << 20, '"'));
        REQUIRE(quotes.rows.size() == 1); // one closed field of 2^19 - 1 quotes: too few fields
        CHECK_FALSE(quotes.rows[0].isGood());
        // Separators alone are a blank row; with a value they are a row of too many fields.
        CHECK(ProviderCsv::parse(QByteArray("kind;name\n") + QByteArray(1 << 20, ';')).rows.isEmpty());
        const ProviderCsvResult separators
            = ProviderCsv::parse(QByteArray("kind;name\ntukiperhe") + QByteArray(1 << 20, ';'));
        REQUIRE(separators.rows.size() == 1);
        CHECK(str(separators.rows[0].problems.value(0)) == "Row 2 has 1048577 fields; the header has 2.");
    }
    SECTION("a header of 100,000 unknown columns is told briefly")
    {
        QByteArray header("kind;name");
        for (int i = 0; i < 100000; ++i)
            header += ";c" + QByteArray::number(i);
        const ProviderCsvResult result = ProviderCsv::parse(header);
        CHECK(result.fatal.contains(QStringLiteral("\"c9\", ") % QChar(0x2026)));
        CHECK(result.fatal.size() < 2000);
    }
}

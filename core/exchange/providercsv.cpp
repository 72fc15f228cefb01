#include "exchange/providercsv.h"
#include "common/clock.h"

#include "exchange/csvreader.h"
#include "rules/iban.h"
#include "rules/identitycode.h"

#include <QRegularExpression>
#include <QStringView>
#include <algorithm>
#include <array>
#include <optional>

namespace tukipolku {
namespace {

// Values quoted in messages are shortened so that a hostile file cannot flood the preview.
constexpr qsizetype shownLength = 60;
constexpr qsizetype maxListedNames = 10;

constexpr int minCapacity = 1;
constexpr int maxCapacity = 10;
constexpr int youngestAge = 0;
constexpr int oldestAge = 17;

enum Column : int {
    Kind,
    Name,
    Adults,
    StreetAddress,
    PostalCode,
    PostOffice,
    Phone,
    Email,
    Languages,
    Capacity,
    MinAge,
    MaxAge,
    TrainingCompleted,
    CriminalRecordChecked,
    IdentityCodeColumn,
    IbanColumn,
    Notes,
    ColumnCount
};

struct ColumnName {
    const char16_t *english;
    const char16_t *finnish;
    const char16_t *swedish; // a unit in Ostrobothnia or Uusimaa may keep its registry in Swedish
};

// Indexed by Column; also the order of a template file.
constexpr std::array<ColumnName, ColumnCount> columnNames = { {
    { u"kind", u"tyyppi", u"typ" },
    { u"name", u"nimi", u"namn" },
    { u"adults", u"aikuiset", u"vuxna" },
    { u"street_address", u"lähiosoite", u"gatuadress" },
    { u"postal_code", u"postinumero", u"postnummer" },
    { u"post_office", u"postitoimipaikka", u"postanstalt" },
    { u"phone", u"puhelin", u"telefon" },
    { u"email", u"sähköposti", u"e-post" },
    { u"languages", u"kielet", u"språk" },
    { u"capacity", u"kapasiteetti", u"kapacitet" },
    { u"min_age", u"alaikäraja", u"minimiålder" },
    { u"max_age", u"yläikäraja", u"maximiålder" },
    { u"training_completed", u"koulutus_suoritettu", u"utbildning_genomgången" },
    { u"criminal_record_checked", u"rikosrekisteriote", u"straffregisterutdrag" },
    { u"identity_code", u"henkilötunnus", u"personbeteckning" },
    { u"iban", u"tilinumero", u"kontonummer" },
    { u"notes", u"lisätiedot", u"tilläggsuppgifter" },
} };

struct KindName {
    ProviderKind kind;
    const char16_t *english;
    const char16_t *finnish;
    const char16_t *swedish;
};

constexpr KindName kindNames[] = {
    { ProviderKind::SupportFamily, u"support_family", u"tukiperhe", u"stödfamilj" },
    { ProviderKind::SupportPerson, u"support_person", u"tukihenkilö", u"stödperson" },
    { ProviderKind::FamilyWorker, u"family_worker", u"perhetyöntekijä", u"familjearbetare" },
};

// Spreadsheets on macOS may store "ä" as "a" plus a combining mark; compare composed, lower-case.
QString comparable(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C).toLower();
}

QString columnLabel(int column)
{
    const ColumnName &name = columnNames[column];
    return QStringView(name.english).toString() % QStringLiteral(" (") % QStringView(name.finnish)
        % QStringLiteral(" / ") % QStringView(name.swedish) % QLatin1Char(')');
}

std::optional<Column> columnNamed(const QString &header)
{
    const QString key = comparable(header);
    for (int column = 0; column < ColumnCount; ++column) {
        if (key == QStringView(columnNames[column].english) || key == QStringView(columnNames[column].finnish)
            || key == QStringView(columnNames[column].swedish))
            return Column(column);
    }
    return std::nullopt;
}

// A value as it can be quoted in a sentence: on one line and not endless.
QString shown(QString value)
{
    for (QChar &c : value) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (value.size() <= shownLength)
        return value;
    const qsizetype cut = value.at(shownLength - 1).isHighSurrogate() ? shownLength - 1 : shownLength;
    return value.left(cut) % QChar(0x2026);
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values.mid(0, maxListedNames))
        quoted << QLatin1Char('"') % shown(value) % QLatin1Char('"');
    if (values.size() > maxListedNames)
        quoted << QString(QChar(0x2026));
    return quoted.join(QStringLiteral(", "));
}

QString emptyFileMessage()
{
    return ProviderCsv::tr("The file is empty. It must have a header row naming the columns and "
                           "one provider on each row after it.");
}

// How the fields of the header row map to columns.
struct Header {
    QStringList names; // as written, for messages
    QList<Column> columns; // one per field
};

// Returns the fatal message, or an empty string when the header can be used.
QString readHeader(const CsvRecord &record, Header &header)
{
    if (record.unterminated)
        return CsvReader::unterminatedProblem(record);
    QStringList problems;
    QStringList unknown;
    qsizetype firstUnnamed = -1; // one is enough to say: a hostile file may have a million
    std::array<int, ColumnCount> seen {};
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed();
        const std::optional<Column> column = columnNamed(name);
        if (name.isEmpty() && firstUnnamed < 0) {
            firstUnnamed = i;
            problems << ProviderCsv::tr("Column %1 of the header row has no name.").arg(i + 1);
        } else if (!name.isEmpty() && !column) {
            unknown << name;
        } else if (column && ++seen[*column] == 2) {
            problems << ProviderCsv::tr("The column %1 appears more than once in the header row.")
                            .arg(columnLabel(*column));
        }
        header.names << name;
        header.columns << column.value_or(ColumnCount);
    }
    if (std::all_of(seen.begin(), seen.end(), [](int count) { return count == 0; })) {
        //: %1 is "kind;name", the start of a header row; keep the names untranslated.
        return ProviderCsv::tr("The file has no header row. Its first line must name the columns, "
                               "for example %1.")
            .arg(ProviderCsv::columns().mid(0, 2).join(QLatin1Char(';')));
    }
    if (!unknown.isEmpty()) {
        QStringList known;
        for (int column = 0; column < ColumnCount; ++column)
            known << columnLabel(column);
        //: %1 lists the unknown names in quotes, %2 the known ones as "kind (tyyppi), name (nimi), ...".
        problems << ProviderCsv::tr("The header row has columns that are not known: %1. The known "
                                    "columns are: %2.")
                        .arg(quotedList(unknown), known.join(QStringLiteral(", ")));
    }
    QStringList missing;
    for (const Column required : { Kind, Name }) {
        if (seen[required] == 0)
            missing << columnLabel(required);
    }
    if (!missing.isEmpty()) {
        //: %1 lists column names as "kind (tyyppi), name (nimi)".
        problems << ProviderCsv::tr("Required columns are missing from the header row: %1.")
                        .arg(missing.join(QStringLiteral(", ")));
    }
    return problems.join(QLatin1Char(' '));
}

std::optional<ProviderKind> kindNamed(const QString &text)
{
    QString key = comparable(text);
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const KindName &name : kindNames) {
        if (key == QStringView(name.english) || key == QStringView(name.finnish) || key == QStringView(name.swedish))
            return name.kind;
    }
    return std::nullopt;
}

bool isAsciiDigits(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isEmailAddress(const QString &text)
{
    if (text.count(QLatin1Char('@')) != 1)
        return false;
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return false;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    const qsizetype dot = text.indexOf(QLatin1Char('.'), at + 2);
    return at > 0 && dot > at + 1 && dot < text.size() - 1;
}

bool isLanguageCode(const QString &code)
{
    return code.size() == 2
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

// d.M.yyyy as written in Finland, or ISO 8601; an invalid QDate for anything else.
QDate dateFrom(const QString &text)
{
    static const QRegularExpression finnish(QStringLiteral("^([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})$"));
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    if (const QRegularExpressionMatch m = finnish.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

// Turns one record into a provider, collecting every problem on the way.
class RowReader final {
public:
    RowReader(const CsvRecord &record, const Header &header)
    {
        m_row.line = record.line;
        for (qsizetype i = 0; i < record.fields.size(); ++i)
            take(header.columns.at(i), record.fields.at(i),
                CsvReader::fieldProblem(record, i, header.names.at(i)));
    }

    ProviderCsvRow read()
    {
        readKindAndName();
        readContactDetails();
        readLanguages();
        readCapacityAndAges();
        readDates();
        readIdentityCodeAndIban();
        return m_row;
    }

private:
    // `problem` says why the field cannot be used, if it cannot.
    void take(Column column, const QString &field, const QString &problem)
    {
        if (problem.isEmpty()) {
            m_values[column] = field.trimmed();
            return;
        }
        m_row.problems << problem;
        m_unusable[column] = true; // already reported; further checks would only repeat it
    }

    const QString &value(Column column) const { return m_values[column]; }
    bool given(Column column) const { return !m_unusable[column] && !m_values[column].isEmpty(); }
    void problem(const QString &sentence) { m_row.problems << sentence; }

    void readKindAndName()
    {
        //: The English and Finnish words are the values a file may use: keep them as they are.
        const QString kinds = ProviderCsv::tr("Write support_family, support_person or family_worker "
                                              "(tukiperhe, tukihenkilö or perhetyöntekijä).");
        if (given(Kind)) {
            if (const std::optional<ProviderKind> kind = kindNamed(value(Kind))) {
                m_row.provider.kind = *kind;
            } else {
                problem(ProviderCsv::tr("The kind of provider \"%1\" is not known.").arg(shown(value(Kind)))
                    % QLatin1Char(' ') % kinds);
            }
        } else if (!m_unusable[Kind]) {
            problem(ProviderCsv::tr("The kind of provider is missing.") % QLatin1Char(' ') % kinds);
        }
        if (given(Name))
            m_row.provider.name = value(Name);
        else if (!m_unusable[Name])
            problem(ProviderCsv::tr("The name is missing: write the provider's name."));
    }

    void readContactDetails()
    {
        Provider &p = m_row.provider;
        p.adults = value(Adults);
        p.streetAddress = value(StreetAddress);
        p.postOffice = value(PostOffice);
        p.phone = value(Phone);
        p.notes = value(Notes);
        if (given(PostalCode) && (value(PostalCode).size() != 5 || !isAsciiDigits(value(PostalCode)))) {
            problem(ProviderCsv::tr("The postal code \"%1\" is not valid: it must have five digits, "
                                    "e.g. 00100.")
                        .arg(shown(value(PostalCode))));
        } else {
            p.postalCode = value(PostalCode);
        }
        if (given(Email) && !isEmailAddress(value(Email))) {
            problem(ProviderCsv::tr("The email address \"%1\" is not valid: it must have one @ followed "
                                    "by a domain name with a dot, e.g. name@example.fi.")
                        .arg(shown(value(Email))));
        } else {
            p.email = value(Email);
        }
    }

    void readLanguages()
    {
        static const QRegularExpression between(QStringLiteral("[\\s/,]+"));
        QStringList bad;
        for (const QString &code : value(Languages).split(between, Qt::SkipEmptyParts)) {
            const QString lower = code.toLower(); // "FI" is clear enough to accept
            if (!isLanguageCode(lower))
                bad << code;
            else if (!m_row.provider.languages.contains(lower))
                m_row.provider.languages << lower;
        }
        if (!bad.isEmpty()) {
            problem(ProviderCsv::tr("The languages must be two-letter codes separated by spaces or "
                                    "slashes, e.g. \"fi sv\"; these are not: %1.")
                        .arg(quotedList(bad)));
        }
    }

    // `message` has %1 for the value as written.
    int number(Column column, int low, int high, int fallback, const QString &message)
    {
        if (!given(column))
            return fallback;
        bool ok = false;
        const int n = value(column).toInt(&ok);
        if (ok && n >= low && n <= high)
            return n;
        problem(message.arg(shown(value(column))));
        return fallback;
    }

    void readCapacityAndAges()
    {
        Provider &p = m_row.provider;
        p.capacity = number(Capacity, minCapacity, maxCapacity, minCapacity,
            ProviderCsv::tr("The capacity must be a whole number from 1 to 10, not \"%1\"."));
        const bool agesGiven = given(MinAge) || given(MaxAge);
        const int problemsBefore = int(m_row.problems.size());
        p.minAge = number(MinAge, youngestAge, oldestAge, youngestAge,
            ProviderCsv::tr("The minimum age must be a whole number from 0 to 17, not \"%1\"."));
        p.maxAge = number(MaxAge, youngestAge, oldestAge, oldestAge,
            ProviderCsv::tr("The maximum age must be a whole number from 0 to 17, not \"%1\"."));
        if (agesGiven && m_row.problems.size() == problemsBefore && p.minAge > p.maxAge) {
            problem(ProviderCsv::tr("The minimum age (%1) is higher than the maximum age (%2).")
                        .arg(p.minAge)
                        .arg(p.maxAge));
        }
    }

    // The messages have %1 for the value as written.
    QDate date(Column column, const QString &notADate, const QString &inFuture)
    {
        if (!given(column))
            return {};
        const QDate parsed = dateFrom(value(column));
        if (!parsed.isValid())
            problem(notADate.arg(shown(value(column))));
        else if (parsed > Clock::today())
            problem(inFuture.arg(value(column)));
        else
            return parsed;
        return {};
    }

    void readDates()
    {
        //: Keep both example dates as they are: they show the only two forms a file may use.
        m_row.provider.trainingCompletedOn = date(TrainingCompleted,
            ProviderCsv::tr("The date the training was completed, \"%1\", is not a date: write it as "
                            "31.12.2025 or 2025-12-31."),
            ProviderCsv::tr("The date the training was completed, %1, is in the future."));
        //: Keep both example dates as they are: they show the only two forms a file may use.
        m_row.provider.criminalRecordCheckedOn = date(CriminalRecordChecked,
            ProviderCsv::tr("The date the criminal record extract was checked, \"%1\", is not a date: "
                            "write it as 31.12.2025 or 2025-12-31."),
            ProviderCsv::tr("The date the criminal record extract was checked, %1, is in the future."));
    }

    void readIdentityCodeAndIban()
    {
        if (given(IdentityCodeColumn)) {
            const IdentityCodeParse code = parseIdentityCode(value(IdentityCodeColumn));
            if (code.isValid())
                m_row.provider.identityCode = code.normalized;
            else
                //: %1 is a sentence of the identity code check saying what is wrong.
                problem(ProviderCsv::tr("The identity code is not valid: %1").arg(code.message()));
        }
        if (given(IbanColumn)) {
            const QString ibanProblem = Iban::problem(value(IbanColumn));
            if (ibanProblem.isEmpty())
                m_row.provider.iban = Iban::normalized(value(IbanColumn));
            else
                //: %1 is a sentence of the IBAN check saying what is wrong.
                problem(ProviderCsv::tr("The IBAN is not valid: %1").arg(ibanProblem));
        }
    }

    // The extra slot is for unknown columns, which a header that passed never has.
    std::array<QString, ColumnCount + 1> m_values;
    std::array<bool, ColumnCount + 1> m_unusable {};
    ProviderCsvRow m_row;
};

ProviderCsvRow readRow(const CsvRecord &record, const Header &header)
{
    if (record.unterminated || record.fields.size() != header.columns.size()) {
        ProviderCsvRow row;
        row.line = record.line;
        row.problems << (record.unterminated ? CsvReader::unterminatedProblem(record)
                                             : CsvReader::fieldCountProblem(record, header.columns.size()));
        return row;
    }
    return RowReader(record, header).read();
}

QList<ProviderCsvRow> rowsWhere(const QList<ProviderCsvRow> &rows, bool good)
{
    QList<ProviderCsvRow> chosen;
    for (const ProviderCsvRow &row : rows) {
        if (row.isGood() == good)
            chosen << row;
    }
    return chosen;
}

} // namespace

QList<ProviderCsvRow> ProviderCsvResult::good() const
{
    return rowsWhere(rows, true);
}

QList<ProviderCsvRow> ProviderCsvResult::rejected() const
{
    return rowsWhere(rows, false);
}

QStringList ProviderCsv::columns()
{
    QStringList names;
    for (const ColumnName &name : columnNames)
        names << QStringView(name.english).toString();
    return names;
}

ProviderCsvResult ProviderCsv::parse(const QByteArray &bytes)
{
    ProviderCsvResult result;
    QString text;
    result.fatal = CsvReader::decode(bytes, text);
    if (!result.fatal.isEmpty())
        return result;
    CsvReader reader(text, CsvReader::detectSeparator(text));
    const CsvRecord headerRecord = reader.nextNonBlank();
    if (headerRecord.isBlank()) { // also an empty file, or one with only a BOM
        result.fatal = emptyFileMessage();
        return result;
    }
    Header header;
    result.fatal = readHeader(headerRecord, header);
    if (!result.fatal.isEmpty())
        return result;
    for (CsvRecord record = reader.nextNonBlank(); !record.isBlank(); record = reader.nextNonBlank())
        result.rows << readRow(record, header);
    return result;
}

} // namespace tukipolku

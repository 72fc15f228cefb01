#include "exchange/csvreader.h"

#include <QCoreApplication>

namespace tukipolku {
namespace {

// The 1-based physical line that position `end` is on; \r\n, \n and a lone \r each end a line.
int lineAt(QStringView text, qsizetype end)
{
    int line = 1;
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
            ++line;
    }
    return line;
}

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the UTF-8 sequence a lead byte starts and the range its second byte must be in
// (which rules out overlong forms, surrogates and code points above U+10FFFF); 0 if invalid.
int sequenceLength(uchar lead, uchar &low, uchar &high)
{
    low = 0x80;
    high = 0xBF;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF) {
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
        return 4;
    }
    return 0;
}

// Byte offset of the first sequence that is not UTF-8, or -1 when all of it is. Written out
// because QStringDecoder reports only that something failed, and we want to name the line.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        uchar low;
        uchar high;
        const int length = sequenceLength(uchar(bytes.at(i)), low, high);
        if (length == 0 || i + length > bytes.size())
            return i;
        const uchar second = length > 1 ? uchar(bytes.at(i + 1)) : low;
        if (second < low || second > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(uchar(bytes.at(i + k))))
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

bool CsvRecord::isBlank() const
{
    if (unterminated)
        return false;
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString CsvReader::decode(const QByteArray &bytes, QString &text)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    if (const qsizetype bad = firstInvalidUtf8(view); bad >= 0) {
        const QString before = QString::fromUtf8(view.first(bad));
        //: "CSV UTF-8" is the name of the file type in the Save As dialog of Excel.
        return QCoreApplication::translate("ProviderCsv",
            "The file is not UTF-8 text: line %1 has bytes that are not UTF-8. "
            "Save the file in your spreadsheet program as CSV UTF-8 and try again.")
            .arg(lineAt(before, before.size()));
    }
    text = QString::fromUtf8(view);
    // Valid UTF-8, but a file saved as UTF-16 without a byte order mark looks like this.
    if (const qsizetype nul = text.indexOf(QChar(u'\0')); nul >= 0) {
        return QCoreApplication::translate("ProviderCsv",
            "Line %1 contains a NUL character, so the file is not a CSV text file. "
            "Save the file in your spreadsheet program as CSV UTF-8 and try again.")
            .arg(lineAt(text, nul));
    }
    return {};
}

// The header line decides: neither character belongs in a column name.
QChar CsvReader::detectSeparator(QStringView text)
{
    qsizetype semicolons = 0;
    qsizetype commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u';')
            ++semicolons;
        else if (c == u',')
            ++commas;
        else if ((c == u'\n' || c == u'\r') && semicolons + commas > 0)
            break; // leading blank lines have no separators, so look on
    }
    return QLatin1Char(commas > semicolons ? ',' : ';');
}

QString CsvReader::unterminatedProblem(const CsvRecord &record)
{
    return QCoreApplication::translate("ProviderCsv",
        "The quote that opens a value on line %1 is never closed, so nothing from "
        "that line to the end of the file could be read. Close the quote, or write "
        "a quote that belongs to the value as two quotes (\"\").")
        .arg(record.line);
}

QString CsvReader::fieldCountProblem(const CsvRecord &record, qsizetype expected)
{
    //: %1 is the line number the row starts on.
    return QCoreApplication::translate("ProviderCsv", "Row %1 has %2 fields; the header has %3.")
        .arg(record.line)
        .arg(record.fields.size())
        .arg(expected);
}

QString CsvReader::fieldProblem(const CsvRecord &record, qsizetype index, const QString &columnName)
{
    const QString &field = record.fields.at(index);
    if (field.size() > maxFieldLength) {
        //: %1 is the column's name as written in the file's header row.
        return QCoreApplication::translate("ProviderCsv",
            "The value in column %1 is %2 characters long; at most %3 "
            "characters are allowed.")
            .arg(columnName)
            .arg(field.size())
            .arg(maxFieldLength);
    }
    if (record.textAfterQuote.contains(index)) {
        //: %1 is the column's name as written in the file's header row.
        return QCoreApplication::translate("ProviderCsv",
            "The value in column %1 has text after its closing quote. Put "
            "the whole value in quotes and write each quote inside it as "
            "two quotes (\"\").")
            .arg(columnName);
    }
    return {};
}

CsvReader::CsvReader(QStringView text, QChar separator)
    : m_text(text)
    , m_separator(separator)
{
}

// Every step consumes at least one character, so reading always ends.
CsvRecord CsvReader::next()
{
    CsvRecord record;
    record.line = m_line;
    for (;;) {
        record.fields << (peek() == u'"' ? quotedField(record) : plainField());
        if (atEnd() || record.unterminated)
            return record;
        if (m_text.at(m_pos) != m_separator) {
            skipLineBreak();
            return record;
        }
        ++m_pos;
    }
}

CsvRecord CsvReader::nextNonBlank()
{
    CsvRecord record;
    while (!atEnd() && record.isBlank())
        record = next();
    return record;
}

bool CsvReader::atFieldEnd() const
{
    const QChar c = peek();
    return atEnd() || c == m_separator || c == u'\n' || c == u'\r';
}

void CsvReader::skipLineBreak()
{
    const bool crlf = m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n';
    m_pos += crlf ? 2 : 1;
    ++m_line;
}

QString CsvReader::plainField()
{
    const qsizetype start = m_pos;
    while (!atFieldEnd())
        ++m_pos;
    return m_text.sliced(start, m_pos - start).toString();
}

QString CsvReader::quotedField(CsvRecord &record)
{
    QString value;
    ++m_pos; // the opening quote
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos);
        if (c == u'"' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
            value += c;
            m_pos += 2;
        } else if (c == u'"') {
            ++m_pos;
            return value + textAfterQuote(record);
        } else if (c == u'\n' || c == u'\r') {
            skipLineBreak();
            value += QLatin1Char('\n'); // stored values use \n whatever the file used
        } else {
            value += c;
            ++m_pos;
        }
    }
    record.unterminated = true;
    return value;
}

// RFC 4180 allows nothing between the closing quote and the separator; kept but reported.
QString CsvReader::textAfterQuote(CsvRecord &record)
{
    const QString rest = plainField();
    if (!rest.isEmpty())
        record.textAfterQuote << record.fields.size();
    return rest;
}

} // namespace tukipolku

#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tukipolku {

// One record of a CSV file, which may span several physical lines.
struct CsvRecord {
    int line = 0; // the physical line it starts on
    QStringList fields;
    QList<qsizetype> textAfterQuote; // fields with text after their closing quote
    bool unterminated = false; // a quoted field ran to the end of the file

    bool isBlank() const;
};

// Reads CSV text record by record: RFC 4180 quoting (quoted fields may hold the separator, doubled
// quotes and line breaks), CRLF, LF or CR line ends, and the line each record starts on.
class CsvReader final {
public:
    // Longer values are rejected rather than cut, so that nothing is lost unnoticed.
    static constexpr qsizetype maxFieldLength = 10000;

    // Sets `text` (without a BOM; empty for an empty file) and returns an empty string, or returns
    // why the bytes are not UTF-8 text (translated).
    static QString decode(const QByteArray &bytes, QString &text);
    // ';' or ',': whichever the first line with either (outside quotes) holds more of; ';' on a tie.
    static QChar detectSeparator(QStringView text);

    // Translated sentences on what is wrong with a record. Like those of decode(), they keep the
    // translation context "ProviderCsv", where they were first written.
    static QString unterminatedProblem(const CsvRecord &record);
    static QString fieldCountProblem(const CsvRecord &record, qsizetype expected);
    // Why field `index` cannot be used, or an empty string; `columnName` as in the header row.
    static QString fieldProblem(const CsvRecord &record, qsizetype index, const QString &columnName);

    // `text` must outlive the reader.
    CsvReader(QStringView text, QChar separator);

    bool atEnd() const { return m_pos >= m_text.size(); }
    CsvRecord next();
    // Skips blank records; returns a blank one only when the text has run out.
    CsvRecord nextNonBlank();

private:
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool atFieldEnd() const;
    void skipLineBreak();
    QString plainField();
    QString quotedField(CsvRecord &record);
    QString textAfterQuote(CsvRecord &record);

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace tukipolku

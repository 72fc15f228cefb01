#include "exchange/csvwriter.h"
#include "files/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace tukipolku {

namespace {
bool needsQuotes(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == QLatin1Char(';') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    });
}

// A cell a spreadsheet would run as a formula: it begins with =, +, -, @, a
// tab or a carriage return (a provider named "=HYPERLINK(…)"), and is not
// simply a number such as -12,50.
bool looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') && first != QLatin1Char('@')
        && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d+([.,]\\d+)?$"));
    return !number.match(value).hasMatch();
}
} // namespace

QString CsvWriter::field(const QString &value)
{
    // A leading apostrophe makes a spreadsheet show the cell as text.
    if (looksLikeFormula(value))
        return field(QLatin1Char('\'') + value);
    if (!needsQuotes(value))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    // Written straight onto the text: a report of tens of thousands of rows
    // would otherwise build and join a list for every row.
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += QLatin1Char(';');
        const QString &value = fields.at(i);
        if (needsQuotes(value) || looksLikeFormula(value))
            m_text += field(value);
        else
            m_text += value;
    }
    m_text += QLatin1String("\r\n");
}

QByteArray CsvWriter::bytes() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

QString CsvWriter::save(const QByteArray &csv, const QString &path, Overwrite overwrite)
{
    return OutputFile::write(path, csv, overwrite).message();
}

QString CsvWriter::date(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    // By hand: QDate::toString goes through a printf-like formatter, which a
    // report of tens of thousands of dates notices.
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    QString text(10, QLatin1Char('-'));
    const auto put = [&text](qsizetype at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = QLatin1Char(char('0' + value % 10));
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    return text;
}

QString CsvWriter::euros(qint64 cents)
{
    const qint64 whole = std::abs(cents) / 100;
    const qint64 rest = std::abs(cents) % 100;
    return QStringLiteral("%1%2,%3").arg(cents < 0 ? QStringLiteral("-") : QString()).arg(whole).arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace tukipolku

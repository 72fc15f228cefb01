#pragma once

#include "files/outputfile.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace tukipolku {

// CSV for spreadsheets used in Finland: UTF-8 with a byte order mark (so that
// Excel reads å, ä and ö), ';' between fields (',' is the decimal separator),
// CRLF line ends, quotes where a field needs them, ISO 8601 dates and
// decimals with a comma.
class CsvWriter final {
public:
    void addRow(const QStringList &fields);
    QByteArray bytes() const;
    // Writes `csv` (from bytes()) through OutputFile (checked, atomic,
    // private); the error in words, or empty.
    static QString save(const QByteArray &csv, const QString &path, Overwrite overwrite);

    static QString date(const QDate &date);    // 2026-04-13
    static QString euros(qint64 cents);        // 1234,50

private:
    static QString field(const QString &value);
    QString m_text;
};

} // namespace tukipolku

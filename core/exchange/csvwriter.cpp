#include "exchange/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tukipolku {

QString CsvWriter::field(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &value : fields)
        cells << field(value);
    m_text += cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
}

QByteArray CsvWriter::bytes() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

QString CsvWriter::save(const QByteArray &csv, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) < 0 || !file.commit())
        return QCoreApplication::translate("CsvWriter", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString CsvWriter::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString CsvWriter::euros(qint64 cents)
{
    const qint64 whole = std::abs(cents) / 100;
    const qint64 rest = std::abs(cents) % 100;
    return QStringLiteral("%1%2,%3").arg(cents < 0 ? QStringLiteral("-") : QString()).arg(whole).arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace tukipolku

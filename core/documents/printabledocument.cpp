#include "documents/printabledocument.h"

#include <QLocale>
#include <QVariantMap>

namespace tukipolku::DocumentText {

QString languageFor(const Person &person)
{
    return person.language == PersonLanguage::Swedish ? QStringLiteral("sv") : QStringLiteral("fi");
}

QString confidentialityMarking(const QString &language)
{
    return language == QLatin1String("sv") ? QStringLiteral("Sekretessbelagd, OffL 24.1 § 25 p")
                                           : QStringLiteral("Salassa pidettävä, JulkL 24.1 § 25 k");
}

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("d.M.yyyy")) : QString();
}

QVariantList lines(const QString &text)
{
    QVariantList list;
    for (const QString &line : text.split(QLatin1Char('\n')))
        list << QVariantMap{{QStringLiteral("line"), line}};
    return list;
}

QString euros(qint64 cents, const QString &language)
{
    // Both languages write 1 234,50 in Finland; the locale's group separator
    // is a non-breaking space, so the amount never breaks across lines.
    const QLocale locale(language == QLatin1String("sv") ? QLocale::Swedish : QLocale::Finnish, QLocale::Finland);
    return locale.toString(double(cents) / 100.0, 'f', 2) + QChar(0x00A0) + QStringLiteral("€");
}

} // namespace tukipolku::DocumentText

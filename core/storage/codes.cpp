#include "storage/codes.h"
#include "common/clock.h"

#include <QDateTime>
#include <QVariant>

namespace tukipolku::codes {

QVariant date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString nowUtc()
{
    return Clock::nowUtc().toString(Qt::ISODateWithMs);
}

} // namespace tukipolku::codes

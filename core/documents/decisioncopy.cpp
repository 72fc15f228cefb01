#include "documents/decisioncopy.h"

#include "documents/printabledocument.h"
#include "rules/decisiondates.h"

#include <QRegularExpression>

namespace tukipolku {

using namespace DocumentText;

QVariantMap DecisionCopy::data(const DecisionRecipient &r, bool addressPart)
{
    const QDate lastDay = DecisionDates::lastDayForReview(r);
    return {{QStringLiteral("address_part"), addressPart},
            {QStringLiteral("service_part"), !addressPart},
            {QStringLiteral("address"), lines(r.address.isEmpty() ? r.name : r.address)},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("is_child"), r.role == RecipientRole::Child},
            {QStringLiteral("is_guardian"), r.role == RecipientRole::Guardian},
            {QStringLiteral("sent_on"), day(r.sentOn)},
            {QStringLiteral("letter"), r.method == NotificationMethod::Letter},
            {QStringLiteral("electronic"), r.method == NotificationMethod::Electronic},
            {QStringLiteral("in_person"), r.method == NotificationMethod::InPerson},
            {QStringLiteral("verifiable"), r.method == NotificationMethod::Verifiable},
            {QStringLiteral("presumed"), !r.receivedOn.isValid()},
            {QStringLiteral("received_on"), day(DecisionDates::received(r))},
            {QStringLiteral("has_last_day"), lastDay.isValid()},
            {QStringLiteral("last_day"), day(lastDay)}};
}

QString DecisionCopy::compose(const QString &html, const QString &addressHtml, const QString &serviceHtml)
{
    QString copy = html;
    const QString address = QLatin1String(addressMarker);
    const QString service = QLatin1String(serviceMarker);
    if (copy.contains(address)) {
        copy.replace(address, addressHtml);
    } else {
        // The body's first thing: where a window envelope shows it.
        static const QRegularExpression body(QStringLiteral("<body[^>]*>"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch found = body.match(copy);
        copy.insert(found.hasMatch() ? found.capturedEnd() : 0, addressHtml);
    }
    if (copy.contains(service)) {
        copy.replace(service, serviceHtml);
    } else {
        const qsizetype end = copy.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
        copy.insert(end >= 0 ? end : copy.size(), serviceHtml);
    }
    return copy;
}

} // namespace tukipolku

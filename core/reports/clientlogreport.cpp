#include "reports/clientlogreport.h"

#include "domain/labels.h"
#include "exchange/csvwriter.h"

#include <QSqlQuery>

#include "storage/readcheck.h"
#include "storage/recordwriter.h"

#include <algorithm>

namespace tukipolku {

namespace {
QString actionText(const QString &code)
{
    if (code == QLatin1String("view"))
        return ClientLogReport::tr("Opened the case");
    if (code == QLatin1String("print"))
        return ClientLogReport::tr("Printed");
    if (code == QLatin1String("preview"))
        return ClientLogReport::tr("Print preview");
    if (code == QLatin1String("pdf"))
        return ClientLogReport::tr("Saved as PDF");
    return ClientLogReport::tr("Exported");
}

// The stored UTC time as the local time the client reads.
QDateTime local(const QVariant &stored)
{
    QDateTime at = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at.toLocalTime();
}
} // namespace

Result ClientLogReport::lines(QList<ClientLogLine> &lines, const QSqlDatabase &database, const QString &personId,
                              const QDate &from, const QDate &to)
{
    lines.clear();
    ReadCheck reads;
    // The range in stored UTC text; a day's end is the next day's start.
    const QString start = QDateTime(from, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    const QString end = QDateTime(to.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    QList<ClientLogLine> found;
    QSqlQuery q(database);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.created_at, coalesce(w.first_names || ' ' || w.last_name, ''), a.action, a.table_name, c.case_number, "
        "a.detail FROM access_log a JOIN cases c ON c.id = a.case_id LEFT JOIN workers w ON w.id = a.changed_by "
        "WHERE c.child_id = :person AND a.created_at >= :start AND a.created_at < :end"));
    q.bindValue(QStringLiteral(":person"), personId);
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":end"), end);
    q.exec();
    while (q.next()) {
        const QString what = q.value(2).toString() == QLatin1String("view")
                                 ? actionText(q.value(2).toString())
                                 : tr("%1: %2").arg(actionText(q.value(2).toString()), Labels::tableName(q.value(3).toString()));
        found.append({local(q.value(0)), q.value(1).toString(), what,
                      tr("case %1").arg(q.value(4).toString())
                          + (q.value(5).toString().isEmpty() ? QString() : QStringLiteral(", ") + q.value(5).toString())});
    }
    reads.check(q);
    QSqlQuery h(database);
    h.setForwardOnly(true);
    h.prepare(QStringLiteral(
        "SELECT r.created_at, coalesce(w.first_names || ' ' || w.last_name, ''), r.table_name, r.field, r.old_value, "
        "r.new_value, c.case_number FROM record_history r JOIN cases c ON c.id = r.case_id "
        "LEFT JOIN workers w ON w.id = r.changed_by "
        "WHERE c.child_id = :person AND r.created_at >= :start AND r.created_at < :end"));
    h.bindValue(QStringLiteral(":person"), personId);
    h.bindValue(QStringLiteral(":start"), start);
    h.bindValue(QStringLiteral(":end"), end);
    h.exec();
    while (h.next()) {
        const QString column = h.value(3).toString();
        found.append({local(h.value(0)), h.value(1).toString(),
                      tr("Changed: %1").arg(Labels::field(h.value(2).toString(), column)),
                      tr("case %1: %2 → %3")
                          .arg(h.value(6).toString(), Labels::storedValue(column, h.value(4).toString()),
                               Labels::storedValue(column, h.value(5).toString()))});
    }
    reads.check(h);
    if (!reads.ok())
        return Result::failure(readFailureMessage(database, reads.error()));
    std::stable_sort(found.begin(), found.end(), [](const ClientLogLine &a, const ClientLogLine &b) { return a.at < b.at; });
    lines = found;
    return {};
}

QByteArray ClientLogReport::csv(const QList<ClientLogLine> &lines)
{
    CsvWriter writer;
    writer.addRow({tr("Time"), tr("Worker"), tr("What"), tr("Detail")});
    for (const ClientLogLine &line : lines)
        writer.addRow({line.at.toString(Qt::ISODate), line.worker, line.what, line.detail});
    return writer.bytes();
}

QString ClientLogReport::html(const QList<ClientLogLine> &lines, const QString &personName, const QDate &from,
                              const QDate &to)
{
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;\">");
    html += QStringLiteral("<h1 style=\"font-size: 14pt;\">%1</h1>")
                .arg(tr("What is logged about %1, %2–%3").arg(personName, Labels::date(from), Labels::date(to)).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\" "
                           "style=\"border-collapse: collapse;\"><tr>");
    for (const QString &heading : {tr("Time"), tr("Worker"), tr("What"), tr("Detail")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(heading.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const ClientLogLine &line : lines)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(Labels::dateTime(line.at).toHtmlEscaped(), line.worker.toHtmlEscaped(),
                         line.what.toHtmlEscaped(), line.detail.toHtmlEscaped());
    if (lines.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>").arg(tr("Nothing is logged in this period.").toHtmlEscaped());
    return html + QStringLiteral("</table></body></html>");
}

} // namespace tukipolku

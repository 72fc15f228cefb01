#include "reports/compensationreport.h"

#include "domain/labels.h"
#include "exchange/csvwriter.h"
#include "rules/compensationcalculator.h"
#include "storage/codes.h"
#include "storage/measurelogrepository.h"
#include "storage/readcheck.h"
#include "storage/recordwriter.h"
#include "storage/rowreader.h"

#include <QCollator>
#include <QHash>
#include <QSqlQuery>
#include <QSqlError>

#include <algorithm>
#include <numeric>
#include <vector>

namespace tukipolku {

namespace {
// The month's stays (any that reach into it) and meetings, by provider. Read
// with RowReader: some tens of thousands of rows at 100,000 families.
void readLogs(ReadCheck &reads, const QSqlDatabase &database, const QDate &first, const QDate &last,
              QHash<QString, QList<CareDays>> &stays, QHash<QString, QList<Meeting>> &meetings)
{
    RowReader stayRows(database, QStringLiteral(
        "SELECT m.provider_id, c.id, c.measure_id, c.from_on, c.to_on, c.cancelled, c.cancel_reason, c.mileage_km "
        "FROM care_days c JOIN measures m ON m.id = c.measure_id "
        "WHERE c.to_on >= ? AND c.from_on <= ? AND c.archived_at IS NULL AND m.provider_id IS NOT NULL"));
    stayRows.bind(1, codes::date(first));
    stayRows.bind(2, codes::date(last));
    while (stayRows.next()) {
        stays[stayRows.text(0)].append({stayRows.text(1), stayRows.text(2), stayRows.date(3), stayRows.date(4),
                                        stayRows.integer(5) != 0, stayRows.text(6), int(stayRows.integer(7))});
    }
    RowReader meetingRows(database, QStringLiteral(
        "SELECT m.provider_id, g.id, g.measure_id, g.held_on, g.minutes, g.activity, g.cancelled, g.mileage_km, "
        "g.cancel_reason FROM meetings g JOIN measures m ON m.id = g.measure_id "
        "WHERE g.held_on BETWEEN ? AND ? AND g.archived_at IS NULL AND m.provider_id IS NOT NULL"));
    meetingRows.bind(1, codes::date(first));
    meetingRows.bind(2, codes::date(last));
    while (meetingRows.next()) {
        meetings[meetingRows.text(0)].append({meetingRows.text(1), meetingRows.text(2), meetingRows.date(3),
                                              int(meetingRows.integer(4)), meetingRows.text(5),
                                              meetingRows.integer(6) != 0, int(meetingRows.integer(7)),
                                              meetingRows.text(8)});
    }
    reads.check(stayRows);
    reads.check(meetingRows);
}

void addTo(MonthlyCompensation &total, const MonthlyCompensation &pay)
{
    total.daysOfCare += pay.daysOfCare;
    total.meetings += pay.meetings;
    total.kilometres += pay.kilometres;
    total.feeCents += pay.feeCents;
    total.expensesCents += pay.expensesCents;
    total.mileageCents += pay.mileageCents;
    total.problems += pay.problems;
}
} // namespace

CompensationMonth CompensationReport::forMonth(const QSqlDatabase &database, const QDate &month)
{
    CompensationMonth report;
    report.month = QDate(month.year(), month.month(), 1);
    const QDate last = report.month.addMonths(1).addDays(-1);
    QHash<QString, QList<CareDays>> stays;
    QHash<QString, QList<Meeting>> meetings;
    ReadCheck reads;
    readLogs(reads, database, report.month, last, stays, meetings);
    QStringList ids = stays.keys() + meetings.keys();
    ids.removeDuplicates();
    const Outcome<QList<CompensationRate>> readRates = MeasureLogRepository(database, QString()).rates();
    // The registry once, rather than one query per provider paid.
    QHash<QString, ProviderPay> registry;
    RowReader provider(database, QStringLiteral("SELECT id, name, kind, iban FROM providers"));
    while (provider.next()) {
        const QString id = provider.text(0);
        registry.insert(id, {id, provider.text(1), codes::fromCode(codes::providerKinds, provider.text(2)),
                             provider.text(3), {}});
    }
    reads.check(provider);
    if (!reads.ok() || !readRates) {
        CompensationMonth failed;
        failed.month = report.month;
        failed.readError = readRates ? readFailureMessage(database, reads.error()) : readRates.message();
        return failed;
    }
    const QList<CompensationRate> &rates = *readRates;
    for (const QString &id : std::as_const(ids)) {
        if (!registry.contains(id))
            continue;
        ProviderPay row = registry.value(id);
        // Support persons are paid per meeting; support families (and family
        // workers bought as a service) per day of care, as on the provider's page.
        row.pay = row.kind == ProviderKind::SupportPerson
                      ? CompensationCalculator::forSupportPerson(report.month, meetings.value(id), rates)
                      : CompensationCalculator::forSupportFamily(report.month, stays.value(id), rates);
        if (row.pay.totalCents() == 0 && row.pay.problems.isEmpty())
            continue; // only cancelled visits: nothing to pay
        addTo(report.total, row.pay);
        report.providers.append(row);
    }
    // In the order of names as the language sorts them: a key made once per
    // name, rather than the collation worked out again for each comparison.
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(report.providers.size());
    for (const ProviderPay &pay : std::as_const(report.providers))
        keys.push_back(collator.sortKey(pay.name));
    std::vector<qsizetype> order(report.providers.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const ProviderKind kindA = report.providers.at(a).kind;
        const ProviderKind kindB = report.providers.at(b).kind;
        return kindA != kindB ? kindA < kindB : keys.at(a).compare(keys.at(b)) < 0;
    });
    QList<ProviderPay> sorted;
    sorted.reserve(report.providers.size());
    for (const qsizetype index : order)
        sorted.append(report.providers.at(index));
    report.providers = sorted;
    return report;
}

QByteArray CompensationReport::csv(const CompensationMonth &report)
{
    CsvWriter writer;
    writer.addRow({tr("Month"), tr("Provider"), tr("Kind"), tr("IBAN"), tr("Days of care"), tr("Meetings"),
                   tr("Fee (€)"), tr("Expense allowance (€)"), tr("Kilometres"), tr("Mileage (€)"), tr("Total (€)"),
                   tr("Problems")});
    const QString month = report.month.toString(QStringLiteral("yyyy-MM"));
    const auto row = [&writer, &month](const QString &name, const QString &kind, const QString &iban,
                                       const MonthlyCompensation &pay) {
        writer.addRow({month, name, kind, iban, QString::number(pay.daysOfCare), QString::number(pay.meetings),
                       CsvWriter::euros(pay.feeCents), CsvWriter::euros(pay.expensesCents),
                       QString::number(pay.kilometres), CsvWriter::euros(pay.mileageCents),
                       CsvWriter::euros(pay.totalCents()), pay.problems.join(QLatin1Char(' '))});
    };
    QHash<ProviderKind, QString> kinds; // translated once, not once a row
    for (const ProviderPay &provider : report.providers) {
        auto kind = kinds.constFind(provider.kind);
        if (kind == kinds.constEnd())
            kind = kinds.insert(provider.kind, Labels::providerKind(provider.kind));
        row(provider.name, kind.value(), provider.iban, provider.pay);
    }
    row(tr("Total"), QString(), QString(), report.total);
    return writer.bytes();
}

QString CompensationReport::html(const CompensationMonth &report)
{
    const auto cell = [](const QString &text, bool number = false) {
        return QStringLiteral("<td%1>%2</td>").arg(number ? QStringLiteral(" align=\"right\"") : QString(),
                                                   text.toHtmlEscaped());
    };
    const auto euros = [](qint64 cents) { return CsvWriter::euros(cents); };
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;\">");
    html += QStringLiteral("<h1 style=\"font-size: 14pt;\">%1</h1>")
                .arg(tr("Compensation of providers, %1").arg(report.month.toString(QStringLiteral("M/yyyy"))).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\" "
                           "style=\"border-collapse: collapse;\"><tr>");
    for (const QString &heading : {tr("Provider"), tr("Kind"), tr("IBAN"), tr("Days of care"), tr("Meetings"),
                                   tr("Fee (€)"), tr("Expense allowance (€)"), tr("Kilometres"), tr("Mileage (€)"),
                                   tr("Total (€)")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(heading.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    const auto row = [&](const QString &name, const QString &kind, const QString &iban, const MonthlyCompensation &pay,
                         bool bold) {
        QString line = cell(name) + cell(kind) + cell(iban) + cell(QString::number(pay.daysOfCare), true)
                     + cell(QString::number(pay.meetings), true) + cell(euros(pay.feeCents), true)
                     + cell(euros(pay.expensesCents), true) + cell(QString::number(pay.kilometres), true)
                     + cell(euros(pay.mileageCents), true) + cell(euros(pay.totalCents()), true);
        if (bold)
            line = QStringLiteral("<b>") + line + QStringLiteral("</b>");
        html += QStringLiteral("<tr%1>%2</tr>").arg(bold ? QStringLiteral(" style=\"font-weight: bold;\"") : QString(), line);
    };
    for (const ProviderPay &provider : report.providers)
        row(provider.name, Labels::providerKind(provider.kind), provider.iban, provider.pay, false);
    row(tr("Total"), QString(), QString(), report.total, true);
    html += QStringLiteral("</table>");
    if (!report.total.problems.isEmpty()) {
        html += QStringLiteral("<h2 style=\"font-size: 11pt;\">%1</h2><ul>").arg(tr("To check before paying").toHtmlEscaped());
        for (const QString &problem : report.total.problems)
            html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace tukipolku

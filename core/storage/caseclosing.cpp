// CaseRepository: what still holds a case open when it is to be closed.
#include "storage/caserepository.h"

#include "domain/labels.h"
#include "storage/codes.h"
#include "storage/readcheck.h"

#include <QSqlQuery>

namespace tukipolku {

namespace {
// Runs `sql` with the case id and the closing day bound by name, and turns
// each row into a sentence.
void collect(const QSqlDatabase &database, const QString &sql, const QString &caseId, const QDate &closedOn,
             ReadCheck &check, const std::function<QString(const QSqlQuery &)> &sentence, QStringList &open)
{
    QSqlQuery query(database);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":case"), caseId);
    if (sql.contains(QLatin1String(":day")))
        query.bindValue(QStringLiteral(":day"), codes::date(closedOn));
    query.exec();
    while (query.next())
        open << sentence(query);
    check.check(query);
}
} // namespace

Outcome<QStringList> CaseRepository::openAtClosing(const QString &caseId, const QDate &closedOn) const
{
    ReadCheck check;
    QStringList open;
    const auto measureName = [](const QSqlQuery &row, int fi) {
        CatalogueEntry entry;
        entry.nameFi = row.value(fi).toString();
        entry.nameSv = row.value(fi + 1).toString();
        return Labels::measureName(entry);
    };
    // A measure planned or running is ended, or marked refused, first.
    collect(m_database,
            QStringLiteral("SELECT k.name_fi, k.name_sv, m.status FROM measures m "
                           "JOIN measure_catalogue k ON k.id = m.catalogue_id "
                           "WHERE m.case_id = :case AND m.archived_at IS NULL AND m.status IN ('planned', 'active') "
                           "ORDER BY m.start_on"),
            caseId, closedOn, check,
            [&](const QSqlQuery &row) {
                return row.value(2).toString() == QLatin1String("active")
                           ? tr("The measure \"%1\" is running: end it.").arg(measureName(row, 0))
                           : tr("The measure \"%1\" is planned: end it or mark it refused.").arg(measureName(row, 0));
            },
            open);
    // A decision granting a measure stays in force until its end day unless a
    // decision ending the measure was issued.
    collect(m_database,
            QStringLiteral("SELECT d.number, d.end_on FROM decisions d WHERE d.case_id = :case "
                           "AND d.status = 'issued' AND d.subject IN ('start', 'continue', 'change') "
                           "AND d.end_on >= :day AND NOT EXISTS (SELECT 1 FROM decisions e "
                           "WHERE e.measure_id = d.measure_id AND e.status = 'issued' AND e.subject = 'end' "
                           "AND e.issued_on >= d.issued_on) ORDER BY d.number"),
            caseId, closedOn, check,
            [](const QSqlQuery &row) {
                return tr("Decision %1 is in force until %2: issue the decision that ends the measure.")
                    .arg(row.value(0).toString(), Labels::date(codes::toDate(row.value(1))));
            },
            open);
    // Every issued decision is served before the case closes.
    collect(m_database,
            QStringLiteral("SELECT d.number, count(*) FROM decisions d JOIN decision_recipients r ON r.decision_id = d.id "
                           "WHERE d.case_id = :case AND d.status = 'issued' AND r.sent_on IS NULL "
                           "GROUP BY d.id, d.number ORDER BY d.number"),
            caseId, closedOn, check,
            [](const QSqlQuery &row) {
                return tr("Decision %1 is not yet sent to %n recipient(s).", nullptr, row.value(1).toInt())
                    .arg(row.value(0).toString());
            },
            open);
    // A signed agreement not replaced by a later version runs to its end day.
    collect(m_database,
            QStringLiteral("SELECT k.name_fi, k.name_sv, a.end_on FROM agreements a "
                           "JOIN measures m ON m.id = a.measure_id JOIN measure_catalogue k ON k.id = m.catalogue_id "
                           "WHERE a.case_id = :case AND a.status = 'signed' "
                           "AND (a.end_on IS NULL OR a.end_on >= :day) "
                           "AND NOT EXISTS (SELECT 1 FROM agreements n WHERE n.replaces_id = a.id)"),
            caseId, closedOn, check,
            [&](const QSqlQuery &row) {
                const QDate end = codes::toDate(row.value(2));
                return end.isValid() ? tr("The signed agreement on \"%1\" runs until %2: end it.")
                                           .arg(measureName(row, 0), Labels::date(end))
                                     : tr("The signed agreement on \"%1\" has no end: end it.").arg(measureName(row, 0));
            },
            open);
    if (!check.ok())
        return check.failure(m_database);
    return open;
}

} // namespace tukipolku

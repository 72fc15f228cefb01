#include "fieldcopy/fieldcopytables.h"

#include <QSqlRecord>

namespace tukipolku {

namespace {
// The case a row belongs to, for naming it: case number and child.
QString caseOf(const QString &caseIdExpression)
{
    return QStringLiteral("SELECT c.case_number || ' ' || p.first_names || ' ' || p.last_name FROM cases c "
                          "JOIN persons p ON p.id = c.child_id WHERE c.id = (%1)")
        .arg(caseIdExpression);
}

QString ofCaseTable(const QString &table)
{
    return caseOf(QStringLiteral("SELECT case_id FROM %1 WHERE id = ?").arg(table));
}

QString ofMeasureTable(const QString &table)
{
    return caseOf(QStringLiteral("SELECT m.case_id FROM measures m JOIN %1 t ON t.measure_id = m.id WHERE t.id = ?")
                      .arg(table));
}

QList<FieldCopyTable> tables()
{
    using K = FieldCopyTable::Kind;
    const QString inCases = QStringLiteral("case_id IN (SELECT id FROM fc_cases)");
    const QString ofMeasures =
        QStringLiteral("measure_id IN (SELECT id FROM main.measures WHERE case_id IN (SELECT id FROM fc_cases))");
    return {
        {QStringLiteral("workers"), K::Record, QStringLiteral("1"), {},
         QStringLiteral("SELECT first_names || ' ' || last_name FROM workers WHERE id = ?")},
        {QStringLiteral("measure_catalogue"), K::Record, QStringLiteral("1"), {},
         QStringLiteral("SELECT name_fi || ' / ' || name_sv FROM measure_catalogue WHERE id = ?")},
        {QStringLiteral("providers"), K::Record,
         QStringLiteral("id IN (SELECT provider_id FROM main.measures WHERE case_id IN (SELECT id FROM fc_cases))"), {},
         QStringLiteral("SELECT name FROM providers WHERE id = ?")},
        {QStringLiteral("persons"), K::Record, QStringLiteral("id IN (SELECT id FROM fc_persons)"), {},
         QStringLiteral("SELECT first_names || ' ' || last_name FROM persons WHERE id = ?")},
        {QStringLiteral("families"), K::Record, QStringLiteral("id IN (SELECT id FROM fc_families)"), {},
         QStringLiteral("SELECT name FROM families WHERE id = ?")},
        {QStringLiteral("family_members"), K::Record, QStringLiteral("family_id IN (SELECT id FROM fc_families)"), {},
         QStringLiteral("SELECT f.name || ': ' || p.first_names || ' ' || p.last_name FROM family_members m "
                        "JOIN families f ON f.id = m.family_id JOIN persons p ON p.id = m.person_id WHERE m.id = ?")},
        {QStringLiteral("cases"), K::Record, QStringLiteral("id IN (SELECT id FROM fc_cases)"), {},
         caseOf(QStringLiteral("?"))},
        {QStringLiteral("initiations"), K::Record, inCases, {}, ofCaseTable(QStringLiteral("initiations"))},
        {QStringLiteral("assessments"), K::Record, inCases, {}, ofCaseTable(QStringLiteral("assessments"))},
        {QStringLiteral("client_plans"), K::Record, inCases, {}, ofCaseTable(QStringLiteral("client_plans"))},
        {QStringLiteral("plan_goals"), K::Record,
         QStringLiteral("plan_id IN (SELECT id FROM main.client_plans WHERE case_id IN (SELECT id FROM fc_cases))"), {},
         caseOf(QStringLiteral("SELECT p.case_id FROM client_plans p JOIN plan_goals g ON g.plan_id = p.id "
                               "WHERE g.id = ?"))},
        {QStringLiteral("measures"), K::Record, inCases, {}, ofCaseTable(QStringLiteral("measures"))},
        {QStringLiteral("care_days"), K::Record, ofMeasures, {}, ofMeasureTable(QStringLiteral("care_days"))},
        {QStringLiteral("meetings"), K::Record, ofMeasures, {}, ofMeasureTable(QStringLiteral("meetings"))},
        {QStringLiteral("visits"), K::Record, ofMeasures, {}, ofMeasureTable(QStringLiteral("visits"))},
        {QStringLiteral("decisions"), K::Record, inCases, QStringLiteral("%1.decisions.status = 'issued'"),
         ofCaseTable(QStringLiteral("decisions"))},
        // The sendings recorded before schema 27, kept as they were.
        {QStringLiteral("decision_notifications"), K::Record,
         QStringLiteral("decision_id IN (SELECT id FROM main.decisions WHERE case_id IN (SELECT id FROM fc_cases))"), {},
         caseOf(QStringLiteral("SELECT d.case_id FROM decisions d JOIN decision_notifications n "
                               "ON n.decision_id = d.id WHERE n.id = ?"))},
        // Whom an issued decision is served on: sending is recorded on the rows.
        {QStringLiteral("decision_recipients"), K::Record,
         QStringLiteral("decision_id IN (SELECT id FROM main.decisions WHERE case_id IN (SELECT id FROM fc_cases))"), {},
         caseOf(QStringLiteral("SELECT d.case_id FROM decisions d JOIN decision_recipients r "
                               "ON r.decision_id = d.id WHERE r.id = ?"))},
        // The documents as issued, one per language: never changed.
        {QStringLiteral("decision_documents"), K::Record,
         QStringLiteral("decision_id IN (SELECT id FROM main.decisions WHERE case_id IN (SELECT id FROM fc_cases))"),
         QStringLiteral("(SELECT d.status FROM %2.decisions d WHERE d.id = %1.decision_documents.decision_id) "
                        "= 'issued'"),
         caseOf(QStringLiteral("SELECT d.case_id FROM decisions d JOIN decision_documents x "
                               "ON x.decision_id = d.id WHERE x.id = ?"))},
        {QStringLiteral("decision_hearings"), K::Record,
         QStringLiteral("decision_id IN (SELECT id FROM main.decisions WHERE case_id IN (SELECT id FROM fc_cases))"),
         QStringLiteral("(SELECT d.status FROM %2.decisions d WHERE d.id = %1.decision_hearings.decision_id) "
                        "= 'issued'"),
         caseOf(QStringLiteral("SELECT d.case_id FROM decisions d JOIN decision_hearings h "
                               "ON h.decision_id = d.id WHERE h.id = ?"))},
        {QStringLiteral("agreements"), K::Record, inCases, QStringLiteral("%1.agreements.status <> 'draft'"),
         ofCaseTable(QStringLiteral("agreements"))},
        {QStringLiteral("agreement_parties"), K::Record,
         QStringLiteral("agreement_id IN (SELECT id FROM main.agreements WHERE case_id IN (SELECT id FROM fc_cases))"),
         QStringLiteral("(SELECT a.status FROM %2.agreements a WHERE a.id = %1.agreement_parties.agreement_id) "
                        "<> 'draft'"),
         caseOf(QStringLiteral("SELECT a.case_id FROM agreements a JOIN agreement_parties p "
                               "ON p.agreement_id = a.id WHERE p.id = ?"))},
        {QStringLiteral("record_history"), K::AppendOnly,
         QStringLiteral("case_id IN (SELECT id FROM fc_cases) OR (case_id IS NULL AND "
                        "(record_id IN (SELECT id FROM fc_persons) OR record_id IN (SELECT id FROM fc_families)))"),
         {}, {}},
        {QStringLiteral("access_log"), K::AppendOnly, inCases, {}, {}},
    };
}
} // namespace

const QList<FieldCopyTable> &FieldCopyTables::all()
{
    static const QList<FieldCopyTable> list = tables();
    return list;
}

QStringList FieldCopyTables::writeOrder()
{
    QStringList order;
    for (const FieldCopyTable &table : all())
        order << table.name;
    order.move(order.indexOf(QStringLiteral("agreement_parties")), order.indexOf(QStringLiteral("agreements")));
    // An issued decision's hearings are frozen: written before the decision.
    order.move(order.indexOf(QStringLiteral("decision_hearings")), order.indexOf(QStringLiteral("decisions")));
    return order;
}

bool FieldCopyTables::isCompared(const QString &table, const QString &column)
{
    static const QStringList everywhere{QStringLiteral("id"), QStringLiteral("search_id"),
                                        QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                        QStringLiteral("changed_by")};
    if (everywhere.contains(column))
        return false;
    if (table == QLatin1String("cases"))
        return column != QLatin1String("stage") && column != QLatin1String("next_deadline_kind")
               && column != QLatin1String("next_deadline_due");
    if (table == QLatin1String("decisions") || table == QLatin1String("agreements"))
        return column != QLatin1String("rendered_html") && column != QLatin1String("rendered_language");
    return true;
}

bool FieldCopyTables::isCopied(const QString &column)
{
    return column != QLatin1String("search_id");
}

QStringList FieldCopyTables::copiedColumns(const QSqlDatabase &connection, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = connection.record(table);
    for (int i = 0; i < record.count(); ++i) {
        if (isCopied(record.fieldName(i)))
            columns << record.fieldName(i);
    }
    return columns;
}

} // namespace tukipolku

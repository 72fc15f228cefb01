#include "storage/decisionhearings.h"

#include "storage/codes.h"
#include "storage/reads.h"
#include "storage/recordwriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tukipolku {

namespace {
const QString columns = QStringLiteral("h.id, h.decision_id, h.party, h.heard_on, h.how, h.exception");

DecisionHearing toHearing(const QSqlQuery &row)
{
    return {row.value(0).toString(), row.value(2).toString(), codes::toDate(row.value(3)), row.value(4).toString(),
            codes::fromCode(codes::hearingExceptions, row.value(5).toString())};
}

bool sameHearings(const QList<DecisionHearing> &a, const QList<DecisionHearing> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).party != b.at(i).party || a.at(i).heardOn != b.at(i).heardOn
            || a.at(i).how.trimmed() != b.at(i).how.trimmed() || a.at(i).exception != b.at(i).exception)
            return false;
    }
    return true;
}
} // namespace

DecisionHearings::DecisionHearings(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Outcome<QList<DecisionHearing>> DecisionHearings::ofDecision(const QString &decisionId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM decision_hearings h WHERE h.decision_id = ? AND h.archived_at IS NULL "
                                 "ORDER BY h.position")
                      .arg(columns));
    query.addBindValue(decisionId);
    return allRows<DecisionHearing>(m_database, query, toHearing);
}

Outcome<QHash<QString, QList<DecisionHearing>>> DecisionHearings::ofCase(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM decision_hearings h JOIN decisions d ON d.id = h.decision_id "
                                 "WHERE d.case_id = ? AND h.archived_at IS NULL ORDER BY h.decision_id, h.position")
                      .arg(columns));
    query.addBindValue(caseId);
    QHash<QString, QList<DecisionHearing>> byDecision;
    const Outcome<QList<QPair<QString, DecisionHearing>>> rows = allRows<QPair<QString, DecisionHearing>>(
        m_database, query, [](const QSqlQuery &row) { return qMakePair(row.value(1).toString(), toHearing(row)); });
    if (!rows)
        return rows.failure();
    for (const auto &[decisionId, hearing] : *rows)
        byDecision[decisionId].append(hearing);
    return byDecision;
}

Result DecisionHearings::write(const QString &decisionId, const QList<DecisionHearing> &hearings)
{
    const Outcome<QList<DecisionHearing>> stored = ofDecision(decisionId);
    if (!stored)
        return Result::failure(stored.message());
    if (sameHearings(*stored, hearings))
        return {};
    // The hearings of a draft are replaced; the old rows are archived, not deleted.
    QSqlQuery archive(m_database);
    archive.prepare(QStringLiteral("UPDATE decision_hearings SET archived_at = ?, updated_at = ? "
                                   "WHERE decision_id = ? AND archived_at IS NULL"));
    const QString now = codes::nowUtc();
    archive.addBindValue(now);
    archive.addBindValue(now);
    archive.addBindValue(decisionId);
    if (!archive.exec())
        return Result::failure(writeFailureMessage(m_database, archive.lastError().text()));
    RecordWriter writer(m_database, m_currentWorkerId);
    for (qsizetype i = 0; i < hearings.size(); ++i) {
        const DecisionHearing &h = hearings.at(i);
        if (h.party.trimmed().isEmpty())
            continue;
        if (Result written = writer.insert(QStringLiteral("decision_hearings"), RecordWriter::newId(),
                                           {{QStringLiteral("decision_id"), decisionId},
                                            {QStringLiteral("position"), int(i)},
                                            {QStringLiteral("party"), h.party.trimmed()},
                                            {QStringLiteral("heard_on"), codes::date(h.heardOn)},
                                            {QStringLiteral("how"), h.how.trimmed()},
                                            {QStringLiteral("exception"),
                                             codes::toCode(codes::hearingExceptions, h.exception)}});
            !written)
            return written;
    }
    return {};
}

} // namespace tukipolku

#include "storage/decisionrecipients.h"

#include "common/clock.h"
#include "rules/decisionservice.h"
#include "storage/codes.h"
#include "storage/decisionrepository.h"
#include "storage/personrepository.h"
#include "storage/reads.h"
#include "storage/recordwriter.h"

#include <QSqlQuery>

namespace tukipolku {

namespace {
const QString columns = QStringLiteral("id, decision_id, position, person_id, name, role, language, method, sent_on, "
                                       "address, received_on, review_requested_on");

DecisionRecipient toRecipient(const QSqlQuery &row)
{
    DecisionRecipient r;
    r.id = row.value(0).toString();
    r.decisionId = row.value(1).toString();
    r.position = row.value(2).toInt();
    r.personId = row.value(3).toString();
    r.name = row.value(4).toString();
    r.role = codes::fromCode(codes::recipientRoles, row.value(5).toString());
    r.language = row.value(6).toString();
    const QString method = row.value(7).toString();
    if (!method.isEmpty())
        r.method = codes::fromCode(codes::notificationMethods, method);
    r.sentOn = codes::toDate(row.value(8));
    r.address = row.value(9).toString();
    r.receivedOn = codes::toDate(row.value(10));
    r.reviewRequestedOn = codes::toDate(row.value(11));
    return r;
}
} // namespace

DecisionRecipients::DecisionRecipients(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Outcome<QList<DecisionRecipient>> DecisionRecipients::ofDecision(const QString &decisionId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM decision_recipients WHERE decision_id = ? ORDER BY position")
                      .arg(columns));
    query.addBindValue(decisionId);
    return allRows<DecisionRecipient>(m_database, query, toRecipient);
}

Outcome<QHash<QString, QList<DecisionRecipient>>> DecisionRecipients::ofCase(const QString &caseId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM decision_recipients WHERE decision_id IN "
                                 "(SELECT id FROM decisions WHERE case_id = ?) ORDER BY decision_id, position")
                      .arg(columns));
    query.addBindValue(caseId);
    const Outcome<QList<DecisionRecipient>> rows = allRows<DecisionRecipient>(m_database, query, toRecipient);
    if (!rows)
        return rows.failure();
    QHash<QString, QList<DecisionRecipient>> byDecision;
    for (const DecisionRecipient &r : *rows)
        byDecision[r.decisionId].append(r);
    return byDecision;
}

Outcome<DecisionRecipient> DecisionRecipients::find(const QString &recipientId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM decision_recipients WHERE id = ?").arg(columns));
    query.addBindValue(recipientId);
    const Outcome<QList<DecisionRecipient>> rows = allRows<DecisionRecipient>(m_database, query, toRecipient);
    if (!rows)
        return rows.failure();
    if (rows->isEmpty())
        return Failure::notFound();
    return rows->first();
}

Result DecisionRecipients::create(QList<DecisionRecipient> &recipients)
{
    RecordWriter writer(m_database, m_currentWorkerId);
    for (DecisionRecipient &r : recipients) {
        r.id = RecordWriter::newId();
        const Result written = writer.insert(QStringLiteral("decision_recipients"), r.id,
                                             {{QStringLiteral("decision_id"), r.decisionId},
                                              {QStringLiteral("position"), r.position},
                                              {QStringLiteral("person_id"), codes::text(r.personId)},
                                              {QStringLiteral("name"), r.name},
                                              {QStringLiteral("role"), codes::toCode(codes::recipientRoles, r.role)},
                                              {QStringLiteral("language"), r.language}});
        if (!written)
            return written;
    }
    return {};
}

Result DecisionRecipients::load(const QString &recipientId, DecisionRecipient &recipient, Decision &decision) const
{
    const Outcome<DecisionRecipient> found = find(recipientId);
    if (!found)
        return Result::failure(found.messageOr(tr("The recipient of the decision was not found.")));
    const Outcome<Decision> ofRecipient = DecisionRepository(m_database, m_currentWorkerId).find(found->decisionId);
    if (!ofRecipient)
        return Result::failure(ofRecipient.messageOr(tr("The decision was not found.")));
    recipient = *found;
    decision = *ofRecipient;
    return {};
}

Result DecisionRecipients::write(const DecisionRecipient &recipient, const QVariantMap &values, const QString &caseId)
{
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const Result written = writer.update(QStringLiteral("decision_recipients"), recipient.id, values, caseId);
    return written ? transaction.commit() : written;
}

Result DecisionRecipients::recordSending(const QString &recipientId, NotificationMethod method, const QDate &sentOn,
                                         const QDate &receivedOn)
{
    DecisionRecipient recipient;
    Decision decision;
    if (const Result loaded = load(recipientId, recipient, decision); !loaded)
        return loaded;
    // Handed over in person: received that very day.
    const QDate received = method == NotificationMethod::InPerson ? sentOn : receivedOn;
    if (const Result valid = DecisionService::checkSending(decision, recipient, method, sentOn, received, Clock::today()); !valid)
        return valid;
    QString address;
    if (!recipient.personId.isEmpty()) {
        const Outcome<Person> person = PersonRepository(m_database, m_currentWorkerId).find(recipient.personId);
        if (person.isFailed())
            return Result::failure(person.message()); // never a sending without where it went
        if (person)
            address = DecisionService::addressLines(*person).join(QLatin1Char('\n'));
    }
    return write(recipient,
                 {{QStringLiteral("method"), codes::toCode(codes::notificationMethods, method)},
                  {QStringLiteral("sent_on"), codes::date(sentOn)},
                  {QStringLiteral("address"), address},
                  {QStringLiteral("received_on"), codes::date(received)}},
                 decision.caseId);
}

Result DecisionRecipients::recordReceipt(const QString &recipientId, const QDate &receivedOn)
{
    DecisionRecipient recipient;
    Decision decision;
    if (const Result loaded = load(recipientId, recipient, decision); !loaded)
        return loaded;
    if (const Result valid = DecisionService::checkReceipt(recipient, receivedOn, Clock::today()); !valid)
        return valid;
    return write(recipient, {{QStringLiteral("received_on"), codes::date(receivedOn)}}, decision.caseId);
}

Result DecisionRecipients::recordReviewRequest(const QString &recipientId, const QDate &requestedOn)
{
    DecisionRecipient recipient;
    Decision decision;
    if (const Result loaded = load(recipientId, recipient, decision); !loaded)
        return loaded;
    if (const Result valid = DecisionService::checkReviewRequest(recipient, requestedOn, Clock::today()); !valid)
        return valid;
    return write(recipient, {{QStringLiteral("review_requested_on"), codes::date(requestedOn)}}, decision.caseId);
}

} // namespace tukipolku

// CaseRepository: the changes. Reading is in casereader.cpp.
#include "storage/caserepository.h"
#include "common/clock.h"

#include "rules/caserules.h"
#include "rules/deadlines.h"
#include "storage/casecolumns.h"
#include "storage/codes.h"
#include "storage/reads.h"
#include "storage/recordwriter.h"
#include "storage/workerrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tukipolku {

namespace {
const QString casesTable = QStringLiteral("cases");
} // namespace

CaseRepository::CaseRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Result CaseRepository::caseNotFound(const Outcome<ClientCase> &lookup) const
{
    if (lookup.isFailed())
        return Result::failure(lookup.message());
    return Result::failure(tr("The case was not found. It may have been archived; reopen the family."));
}

Outcome<QString> CaseRepository::nextCaseNumber(int year) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT max(case_number) FROM cases WHERE case_number >= ? AND case_number < ?"));
    query.addBindValue(QStringLiteral("%1-").arg(year));
    query.addBindValue(QStringLiteral("%1-").arg(year + 1));
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (row.isFailed())
        return row.failure(); // never a number that may be taken already
    const int last = row && !row->value(0).isNull() ? row->value(0).toString().section(QLatin1Char('-'), 1).toInt() : 0;
    return QStringLiteral("%1-%2").arg(year).arg(last + 1, 5, 10, QLatin1Char('0'));
}

Result CaseRepository::open(ClientCase &clientCase)
{
    if (clientCase.child.id.isEmpty() || clientCase.familyId.isEmpty())
        return Result::failure(tr("Choose the family and the child the case concerns."));
    if (Result valid = CaseRules::checkInitiation(clientCase.initiation, Clock::now()); !valid)
        return valid;
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const QString caseId = RecordWriter::newId();
    const Outcome<QString> number = nextCaseNumber(clientCase.initiation.receivedAt.date().year());
    if (!number)
        return Result::failure(number.message());
    Result written = writer.insert(casesTable, caseId,
                                   {{QStringLiteral("case_number"), *number},
                                    {QStringLiteral("family_id"), clientCase.familyId},
                                    {QStringLiteral("child_id"), clientCase.child.id},
                                    {QStringLiteral("responsible_worker_id"), codes::text(clientCase.responsibleWorkerId)}});
    if (!written)
        return written;
    QVariantMap initiation = casecolumns::fromInitiation(clientCase.initiation);
    initiation.insert(QStringLiteral("case_id"), caseId);
    initiation.insert(QStringLiteral("opens_case"), 1);
    const QString initiationId = RecordWriter::newId();
    if (written = writer.insert(QStringLiteral("initiations"), initiationId, initiation); !written)
        return written;
    if (written = refreshDerived(caseId); !written)
        return written;
    if (written = transaction.commit(); !written)
        return written;
    clientCase.id = caseId;
    clientCase.caseNumber = *number;
    clientCase.initiation.id = initiationId;
    return {};
}

Result CaseRepository::addInitiation(const QString &caseId, Initiation &initiation)
{
    const Outcome<ClientCase> current = find(caseId);
    if (!current)
        return caseNotFound(current);
    initiation.opensCase = false;
    if (Result valid = CaseRules::checkLaterInitiation(initiation, *current, Clock::now()); !valid)
        return valid;
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    QVariantMap values = casecolumns::fromInitiation(initiation);
    values.insert(QStringLiteral("case_id"), caseId);
    values.insert(QStringLiteral("opens_case"), 0);
    const QString id = RecordWriter::newId();
    Result written = writer.insert(QStringLiteral("initiations"), id, values);
    if (written)
        written = refreshDerived(caseId);
    if (written)
        written = transaction.commit();
    if (written)
        initiation.id = id;
    return written;
}

Result CaseRepository::saveInitiation(const QString &caseId, Initiation &initiation)
{
    const Outcome<ClientCase> current = find(caseId);
    if (!current)
        return caseNotFound(current);
    // An empty id is the initiation that opened the case.
    const Initiation *stored = initiation.id.isEmpty() ? &current->initiation : current->findInitiation(initiation.id);
    if (!stored)
        return Result::failure(tr("The notification was not found on this case. Open the case again."));
    initiation.opensCase = stored->opensCase;
    initiation.id = stored->id;
    // Given when the case was opened apart from the child's open case; the form does not show it.
    initiation.separateCaseReason = stored->separateCaseReason;
    const Result valid = stored->opensCase ? CaseRules::checkInitiation(initiation, Clock::now())
                                           : CaseRules::checkLaterInitiation(initiation, *current, Clock::now());
    if (!valid)
        return valid;
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    Result written = writer.update(QStringLiteral("initiations"), stored->id, casecolumns::fromInitiation(initiation),
                                   caseId);
    if (written)
        written = refreshDerived(caseId);
    if (written)
        written = transaction.commit();
    if (written)
        initiation.id = stored->id;
    return written;
}

Result CaseRepository::saveAssessment(const QString &caseId, Assessment &assessment,
                                      const QString &responsibleWorkerId, CaseloadConsent consent)
{
    const Outcome<ClientCase> current = find(caseId);
    if (!current)
        return caseNotFound(current);
    if (Result valid = CaseRules::checkAssessment(assessment, *current, responsibleWorkerId, Clock::today());
        !valid)
        return valid;
    // The child becomes a child welfare client now, or already is one and
    // gets another responsible worker: both count in the worker's caseload.
    const bool becomesClient = assessment.isCompleted() && assessment.childWelfareNeed && !current->isChildWelfareClient();
    const bool changesWorker = current->isChildWelfareClient() && !responsibleWorkerId.isEmpty()
        && responsibleWorkerId != current->responsibleWorkerId;
    if (becomesClient || changesWorker) {
        if (Result allowed = checkResponsibleWorker(caseId, responsibleWorkerId, consent); !allowed)
            return allowed;
    }
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const bool isNew = !current->assessment.has_value();
    const QString id = isNew ? RecordWriter::newId() : current->assessment->id;
    QVariantMap values = casecolumns::fromAssessment(assessment);
    Result written;
    if (isNew) {
        values.insert(QStringLiteral("case_id"), caseId);
        written = writer.insert(QStringLiteral("assessments"), id, values);
    } else {
        written = writer.update(QStringLiteral("assessments"), id, values, caseId);
    }
    // Completing the assessment with a child welfare need starts child
    // welfare client status (LSL 27 §) unless urgent measures started it.
    if (written && assessment.isCompleted() && assessment.childWelfareNeed && !current->isChildWelfareClient()) {
        written = writer.update(casesTable, caseId,
                                {{QStringLiteral("child_welfare_since"), codes::date(assessment.completedOn)},
                                 {QStringLiteral("child_welfare_basis"),
                                  codes::toCode(codes::childWelfareBases, ChildWelfareBasis::Assessment)},
                                 {QStringLiteral("responsible_worker_id"), responsibleWorkerId}},
                                caseId);
    } else if (written && !responsibleWorkerId.isEmpty()) {
        written = writer.update(casesTable, caseId, {{QStringLiteral("responsible_worker_id"), responsibleWorkerId}},
                                caseId);
    }
    if (written)
        written = refreshDerived(caseId);
    if (written)
        written = transaction.commit();
    if (written)
        assessment.id = id;
    return written;
}

Result CaseRepository::startChildWelfareByUrgentMeasures(const QString &caseId, const QDate &since,
                                                         const QString &responsibleWorkerId, CaseloadConsent consent)
{
    const Outcome<ClientCase> current = find(caseId);
    if (!current)
        return caseNotFound(current);
    if (Result valid = CaseRules::checkUrgentMeasures(since, responsibleWorkerId, *current, Clock::today());
        !valid)
        return valid;
    if (Result allowed = checkResponsibleWorker(caseId, responsibleWorkerId, consent); !allowed)
        return allowed;
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    Result written = writer.update(
        casesTable, caseId,
        {{QStringLiteral("child_welfare_since"), codes::date(since)},
         {QStringLiteral("child_welfare_basis"), codes::toCode(codes::childWelfareBases, ChildWelfareBasis::UrgentMeasures)},
         {QStringLiteral("responsible_worker_id"), responsibleWorkerId}},
        caseId);
    if (written)
        written = refreshDerived(caseId); // the first client plan is now due
    return written ? transaction.commit() : written;
}

Result CaseRepository::savePlan(const QString &caseId, ClientPlan &plan)
{
    const Outcome<ClientCase> current = find(caseId);
    if (!current)
        return caseNotFound(current);
    if (Result valid = CaseRules::checkPlan(plan, *current); !valid)
        return valid;
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    const bool isNew = plan.id.isEmpty();
    const QString planId = isNew ? RecordWriter::newId() : plan.id;
    QVariantMap values = casecolumns::fromPlan(plan);
    Result written;
    if (isNew) {
        plan.version = current->plans.isEmpty() ? 1 : current->plans.constLast().version + 1;
        values.insert(QStringLiteral("case_id"), caseId);
        values.insert(QStringLiteral("version"), plan.version);
        written = writer.insert(QStringLiteral("client_plans"), planId, values);
    } else {
        written = writer.update(QStringLiteral("client_plans"), planId, values, caseId);
        // The goals are replaced: the old ones are archived, kept in history.
        QSqlQuery archive(m_database);
        archive.prepare(QStringLiteral("UPDATE plan_goals SET archived_at = ?, updated_at = ? "
                                       "WHERE plan_id = ? AND archived_at IS NULL"));
        const QString now = codes::nowUtc();
        archive.addBindValue(now);
        archive.addBindValue(now);
        archive.addBindValue(planId);
        if (written && !archive.exec())
            written = Result::failure(writeFailureMessage(m_database, archive.lastError().text()));
    }
    for (int i = 0; written && i < plan.goals.size(); ++i) {
        PlanGoal &goal = plan.goals[i];
        goal.id = RecordWriter::newId();
        written = writer.insert(QStringLiteral("plan_goals"), goal.id,
                                {{QStringLiteral("plan_id"), planId},
                                 {QStringLiteral("position"), i},
                                 {QStringLiteral("goal"), goal.goal.trimmed()},
                                 {QStringLiteral("target_date"), codes::date(goal.targetDate)}});
    }
    if (written)
        written = refreshDerived(caseId);
    if (written)
        written = transaction.commit();
    if (written)
        plan.id = planId;
    return written;
}

Result CaseRepository::setNoPlanReason(const QString &caseId, NoPlanReason reason)
{
    const Outcome<ClientCase> current = find(caseId);
    if (!current)
        return caseNotFound(current);
    if (reason != NoPlanReason::None && current->isChildWelfareClient())
        return Result::failure(tr("A child welfare client always has a client plan (LSL 30 §): \"no plan\" is "
                                  "for a client of social welfare only."));
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    Result written = writer.update(casesTable, caseId,
                                   {{QStringLiteral("no_plan_reason"), codes::toCode(codes::noPlanReasons, reason)}},
                                   caseId);
    if (written)
        written = refreshDerived(caseId);
    return written ? transaction.commit() : written;
}

Result CaseRepository::assignResponsibleWorker(const QString &caseId, const QString &workerId,
                                               CaseloadConsent consent)
{
    const Outcome<ClientCase> current = find(caseId);
    if (!current)
        return caseNotFound(current);
    if (current->isChildWelfareClient() && !current->isClosed()) {
        if (workerId.isEmpty())
            return Result::failure(tr("A child welfare client always has a responsible social worker (LSL 13 b §): "
                                      "name another one instead."));
        if (workerId != current->responsibleWorkerId) {
            if (Result allowed = checkResponsibleWorker(caseId, workerId, consent); !allowed)
                return allowed;
        }
    }
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    Result written = writer.update(casesTable, caseId, {{QStringLiteral("responsible_worker_id"), codes::text(workerId)}},
                                   caseId);
    return written ? transaction.commit() : written;
}

Result CaseRepository::close(const QString &caseId, const QDate &closedOn, const QString &reason)
{
    const Outcome<ClientCase> current = find(caseId);
    if (!current)
        return caseNotFound(current);
    if (Result valid = CaseRules::checkClosure(closedOn, reason, *current, Clock::today()); !valid)
        return valid;
    const Outcome<QStringList> open = openAtClosing(caseId, closedOn);
    if (!open)
        return Result::failure(open.message());
    if (!open->isEmpty()) {
        return Result::failure(tr("The case cannot be closed yet. First:\n%1")
                                   .arg(QStringLiteral("• ") + open->join(QStringLiteral("\n• "))));
    }
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    Result written = writer.update(casesTable, caseId,
                                   {{QStringLiteral("closed_on"), codes::date(closedOn)},
                                    {QStringLiteral("closure_reason"), reason.trimmed()}},
                                   caseId);
    if (written)
        written = refreshDerived(caseId);
    return written ? transaction.commit() : written;
}

Result CaseRepository::checkResponsibleWorker(const QString &caseId, const QString &workerId,
                                              CaseloadConsent consent) const
{
    const Outcome<Worker> worker = WorkerRepository(m_database, m_currentWorkerId).find(workerId);
    if (!worker) {
        return Result::failure(worker.messageOr(tr("The responsible social worker was not found. Choose the worker "
                                                   "again.")));
    }
    const Outcome<int> after = caseloadWith(caseId, workerId);
    if (!after)
        return Result::failure(after.message()); // the limit cannot be checked: not saved
    return CaseRules::checkResponsibleWorker(*worker, *after, consent);
}

Result CaseRepository::refreshDerived(const QString &caseId)
{
    const Outcome<ClientCase> current = find(caseId);
    if (!current)
        return caseNotFound(current);
    const Deadline next = Deadlines::nextOpen(Deadlines::forCase(*current, Clock::today()));
    RecordWriter writer(m_database, m_currentWorkerId);
    return writer.updateDerived(
        casesTable, caseId,
        {{QStringLiteral("stage"), codes::toCode(codes::stages, current->stage())},
         {QStringLiteral("next_deadline_kind"), next.due.isValid() ? codes::toCode(codes::deadlineKinds, next.kind) : QString()},
         {QStringLiteral("next_deadline_due"), codes::date(next.due)}});
}

} // namespace tukipolku

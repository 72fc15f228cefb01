#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "domain/clientcase.h"
#include "domain/historyentry.h"
#include "rules/caserules.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tukipolku {

// A case as listed on a family page.
struct CaseSummary {
    QString id;
    QString caseNumber;
    QString childName;
    CaseStage stage = CaseStage::Initiation;
    QDate nextDeadlineDue;
};

// Client cases and their pathway: initiation, assessment, plans, closure.
// Every change is checked by CaseRules, kept in the history and refreshes the
// case's stage and next deadline.
class CaseRepository final {
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    CaseRepository(const QSqlDatabase &database, QString currentWorkerId);

    // Opens a case for clientCase.child in clientCase.familyId with its
    // initiation; sets the ids and the case number (e.g. 2026-00001).
    Result open(ClientCase &clientCase);
    Outcome<ClientCase> find(const QString &id) const;
    Outcome<QList<CaseSummary>> casesOfFamily(const QString &familyId) const;
    // The child's open case, newest first; not found when the child has none.
    Outcome<CaseSummary> openCaseOfChild(const QString &childId) const;

    // Records a later notification or contact on the open case; sets its id.
    Result addInitiation(const QString &caseId, Initiation &initiation);
    // Saves the initiation initiation.id of the case (empty: the opening one).
    Result saveInitiation(const QString &caseId, Initiation &initiation);
    // Saves the assessment; completing it with a child welfare need starts
    // child welfare client status with `responsibleWorkerId` named.
    // The responsible worker of a child welfare client is checked as
    // checkResponsibleWorker() says.
    Result saveAssessment(const QString &caseId, Assessment &assessment, const QString &responsibleWorkerId,
                          CaseloadConsent consent = CaseloadConsent::NotGiven);
    // Child welfare client status from urgent measures before the assessment ends (LSL 27 §).
    Result startChildWelfareByUrgentMeasures(const QString &caseId, const QDate &since,
                                             const QString &responsibleWorkerId,
                                             CaseloadConsent consent = CaseloadConsent::NotGiven);
    // Saves a plan version; an empty plan.id makes the next version.
    Result savePlan(const QString &caseId, ClientPlan &plan);
    Result setNoPlanReason(const QString &caseId, NoPlanReason reason);
    // A child welfare client always has a responsible social worker: clearing it is refused.
    Result assignResponsibleWorker(const QString &caseId, const QString &workerId,
                                   CaseloadConsent consent = CaseloadConsent::NotGiven);
    // Closing is refused, with the list, while anything of openAtClosing() is open.
    Result close(const QString &caseId, const QDate &closedOn, const QString &reason);
    // What still holds the case open on `closedOn`, a sentence each: measures
    // planned or running, decisions in force, decisions not sent to every
    // recipient, signed agreements running. Empty when nothing does.
    Outcome<QStringList> openAtClosing(const QString &caseId, const QDate &closedOn) const;

    // Child welfare children in open cases of the worker (LSL 13 b §).
    Outcome<int> childWelfareCaseload(const QString &workerId) const;
    // The worker's child welfare children if the case's child were theirs too
    // (the child counted once, whether theirs already or not).
    Outcome<int> caseloadWith(const QString &caseId, const QString &workerId) const;
    // LSL 13 b §: `workerId` may be the responsible social worker of the
    // case's child as a child welfare client: licensed, and past the limit of
    // 30 children only with the user's consent.
    Result checkResponsibleWorker(const QString &caseId, const QString &workerId, CaseloadConsent consent) const;
    Outcome<QList<HistoryEntry>> history(const QString &caseId) const;
    // Works out the case's stage and next deadline again from its records.
    Result refreshDerived(const QString &caseId);

private:
    Outcome<QString> nextCaseNumber(int year) const;
    Result caseNotFound(const Outcome<ClientCase> &lookup) const;

    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku

#pragma once

#include "common/result.h"
#include "domain/clientcase.h"
#include "domain/worker.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace tukipolku {

// Whether the user, asked, accepted naming a worker past the caseload limit.
enum class CaseloadConsent { NotGiven, OverLimitAccepted };

// What a case's records must hold before they are saved; each failure is a
// sentence saying what to fix.
class CaseRules final {
    Q_DECLARE_TR_FUNCTIONS(CaseRules)

public:
    static Result checkInitiation(const Initiation &initiation, const QDateTime &now);
    static Result checkAssessment(const Assessment &assessment, const ClientCase &clientCase,
                                  const QString &responsibleWorkerId, const QDate &today);
    static Result checkPlan(const ClientPlan &plan, const ClientCase &clientCase);
    static Result checkClosure(const QDate &closedOn, const QString &reason, const ClientCase &clientCase,
                               const QDate &today);
    static Result checkUrgentMeasures(const QDate &since, const QString &responsibleWorkerId,
                                      const ClientCase &clientCase, const QDate &today);
    // LSL 13 b §: the responsible social worker of a child welfare client is a
    // licensed social worker, and a worker gets more children than the limit
    // only when the user accepted it. `childrenAfter` counts this child.
    static Result checkResponsibleWorker(const Worker &worker, int childrenAfter, CaseloadConsent consent);
    // A notification on an open case: the case must be open and be the child's.
    static Result checkLaterInitiation(const Initiation &initiation, const ClientCase &clientCase,
                                       const QDateTime &now);

private:
    static Result checkLaterDecision(const Initiation &initiation);
    static Result checkNotifier(const Initiation &initiation);
    static Result checkPoliceReport(const Initiation &initiation, const QDate &today);
};

// The caseload limit of LSL 13 b §: child welfare children per responsible social worker.
struct Caseload {
    static constexpr int limit = 30;
    static bool exceedsLimit(int childrenAfterAssignment) { return childrenAfterAssignment > limit; }
};


} // namespace tukipolku

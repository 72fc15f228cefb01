// CasePage: saving the forms and the case-level actions.
#include "cases/casepage.h"

#include "cases/assessmentform.h"
#include "cases/initiationform.h"
#include "cases/initiationstab.h"
#include "cases/planform.h"
#include "common/datefield.h"
#include "common/datereasondialog.h"
#include "common/errorlabel.h"
#include "common/messagebox.h"
#include "documents/agreementstab.h"
#include "documents/decisionstab.h"
#include "rules/caserules.h"
#include "storage/session.h"

#include <QComboBox>
#include <QTabWidget>

namespace tukipolku::ui {

bool CasePage::handled(const QString &failure)
{
    if (failure.isEmpty())
        return true;
    m_error->showError(failure);
    return false;
}

bool CasePage::saveCurrentTab()
{
    m_error->clearError();
    switch (m_tabs->currentIndex()) {
    case InitiationTab: return saveInitiation();
    case AssessmentTab: return saveAssessment();
    case PlanTab: return savePlan();
    // Ctrl+S saves an agreement's or a decision's draft too.
    case AgreementTab: return !m_agreements->canSaveDraft() || m_agreements->saveDraft();
    case DecisionTab: return !m_decisions->canSaveDraft() || m_decisions->saveDraft();
    default: return true;
    }
}

bool CasePage::saveInitiation()
{
    if (DateField *invalid = m_initiations->form()->invalidDateField()) {
        invalid->setFocus();
        return handled(invalid->toolTip());
    }
    Initiation initiation = m_initiations->initiation();
    const Result saved = m_initiations->isNewNotification() ? m_session.cases().addInitiation(m_case.id, initiation)
                                                            : m_session.cases().saveInitiation(m_case.id, initiation);
    if (!handled(saved.message()))
        return false;
    reload();
    m_initiations->showInitiation(initiation.id);
    m_dirty[InitiationTab] = false;
    emit caseChanged(m_case.id);
    return true;
}

bool CasePage::saveAssessment()
{
    if (DateField *invalid = m_assessment->invalidDateField()) {
        invalid->setFocus();
        return handled(invalid->toolTip());
    }
    Assessment assessment = m_assessment->assessment();
    const QString responsible = m_assessment->responsibleWorkerId();
    // LSL 13 b §: asked whenever the child becomes a child welfare client or
    // gets another responsible worker, the usual case (the worker stays) too.
    const bool becomesClient = assessment.isCompleted() && assessment.childWelfareNeed && !m_case.isChildWelfareClient();
    const bool changesWorker = m_case.isChildWelfareClient() && !responsible.isEmpty()
        && responsible != m_case.responsibleWorkerId;
    CaseloadConsent consent = CaseloadConsent::NotGiven;
    if ((becomesClient || changesWorker) && !responsible.isEmpty()) {
        const std::optional<CaseloadConsent> asked = askCaseload(responsible);
        if (!asked)
            return false;
        consent = *asked;
    }
    if (!handled(m_session.cases().saveAssessment(m_case.id, assessment, responsible, consent).message()))
        return false;
    m_dirty[AssessmentTab] = false;
    reload();
    emit caseChanged(m_case.id);
    return true;
}

bool CasePage::savePlan()
{
    if (const QString invalid = m_plan->invalidDateText(); !invalid.isEmpty())
        return handled(invalid);
    ClientPlan plan = m_plan->plan();
    if (!handled(m_session.cases().savePlan(m_case.id, plan).message()))
        return false;
    m_dirty[PlanTab] = false;
    reload();
    emit caseChanged(m_case.id);
    return true;
}

void CasePage::saveNoPlanReason()
{
    const auto reason = static_cast<NoPlanReason>(m_noPlanReason->currentIndex());
    if (handled(m_session.cases().setNoPlanReason(m_case.id, reason).message())) {
        reload();
        emit caseChanged(m_case.id);
    }
}

std::optional<CaseloadConsent> CasePage::askCaseload(const QString &workerId)
{
    const Outcome<int> after = m_session.cases().caseloadWith(m_case.id, workerId);
    if (!after) {
        handled(after.message()); // the limit cannot be checked: not saved
        return std::nullopt;
    }
    if (!Caseload::exceedsLimit(*after))
        return CaseloadConsent::NotGiven;
    QString name = workerId;
    if (const Outcome<Worker> worker = m_session.workers().find(workerId))
        name = worker->fullName();
    const auto answer = MessageBox::question(this, tr("Caseload limit"),
                                             tr("With this child %1 has %2 child welfare children; the limit is %3 "
                                                "(LSL 13 b §). Name %1 anyway?")
                                                 .arg(name)
                                                 .arg(*after)
                                                 .arg(Caseload::limit),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    return CaseloadConsent::OverLimitAccepted;
}

void CasePage::startUrgentMeasures()
{
    DateReasonDialog::Texts texts{tr("Urgent measures"),
                                  tr("Urgent measures or support given before the assessment is completed start "
                                     "child welfare client status (LSL 27 §). Name the responsible social worker."),
                                  tr("&Date:"), QString(), tr("&Responsible social worker:")};
    const Session &session = m_session;
    const QString caseId = m_case.id;
    const Outcome<QList<Worker>> workers = session.workers().all();
    if (!workers) {
        m_error->showError(workers.message());
        return;
    }
    DateReasonDialog dialog(texts, *workers, m_case.responsibleWorkerId,
                            [this, &session, caseId](const QDate &date, const QString &, const QString &worker) {
                                const std::optional<CaseloadConsent> consent =
                                    worker.isEmpty() ? CaseloadConsent::NotGiven : askCaseload(worker);
                                if (!consent)
                                    return Result::failure(tr("Choose another responsible social worker, or confirm the caseload."));
                                return session.cases().startChildWelfareByUrgentMeasures(caseId, date, worker, *consent);
                            },
                            this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit caseChanged(m_case.id);
    }
}

void CasePage::closeCase()
{
    DateReasonDialog::Texts texts{tr("Close the case"),
                                  tr("Closing ends the case's open deadlines. The records stay and can be read."),
                                  tr("&Closed on:"), tr("&Reason:"), QString()};
    const Session &session = m_session;
    const QString caseId = m_case.id;
    DateReasonDialog dialog(texts, {}, QString(),
                            [&session, caseId](const QDate &date, const QString &reason, const QString &) {
                                return session.cases().close(caseId, date, reason);
                            },
                            this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit caseChanged(m_case.id);
    }
}

bool CasePage::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = MessageBox::question(this, tr("Unsaved changes"),
                                             tr("The case %1 has changes that are not saved. Save them now?")
                                                 .arg(m_case.caseNumber),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        m_dirty.fill(false);
        return true;
    }
    for (int tab = InitiationTab; tab <= PlanTab; ++tab) {
        if (!m_dirty.at(tab))
            continue;
        m_tabs->setCurrentIndex(tab);
        if (!saveCurrentTab())
            return false; // the reason is shown; the user stays to fix it
    }
    return true;
}

} // namespace tukipolku::ui

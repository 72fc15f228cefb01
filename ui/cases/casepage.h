#pragma once

#include "domain/clientcase.h"
#include "rules/caserules.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class AssessmentForm;
class ErrorLabel;
class AgreementsTab;
class DecisionsTab;
class DocumentButtons;
class InitiationForm;
class InitiationsTab;
class MeasuresTab;
class PlanForm;
class StageBar;
class TimelinePanel;

// One child's case: where it stands on the pathway, what is due, a form per
// stage and the history of changes.
class CasePage final : public QWidget {
    Q_OBJECT

public:
    enum Tab { InitiationTab, AssessmentTab, PlanTab, MeasureTab, AgreementTab, DecisionTab, HistoryTab, TimelineTab };

    explicit CasePage(const Session &session, QWidget *parent = nullptr);

    bool showCase(const QString &caseId);
    QString caseId() const { return m_case.id; }
    const ClientCase &currentCase() const { return m_case; }
    bool hasUnsavedChanges() const;
    // Asks what to do with unsaved changes; false when the user stays.
    bool confirmLeave();
    // Saves the form of the current tab; false (with the reason shown) when refused.
    bool saveCurrentTab();
    // Judges the deadlines in the header against a new day (after midnight),
    // without reading the case again or touching what is being edited.
    void judgeDeadlinesAgain() { showHeader(); }

    QTabWidget *tabs() const { return m_tabs; }
    InitiationForm *initiationForm() const;
    InitiationsTab *initiationsTab() const { return m_initiations; }
    // Shows the case's initiation `id` on its tab (from a worklist row).
    void showInitiation(const QString &id);
    AssessmentForm *assessmentForm() const { return m_assessment; }
    DocumentButtons *planDocuments() const { return m_planDocuments; }
    DocumentButtons *contactForm() const;
    PlanForm *planForm() const { return m_plan; }
    ui::MeasuresTab *measuresTab() const { return m_measures; }
    ui::AgreementsTab *agreementsTab() const { return m_agreements; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    ui::DecisionsTab *decisionsTab() const { return m_decisions; }
    StageBar *stageBar() const { return m_stageBar; }
    ErrorLabel *errorLabel() const { return m_error; }
    // Why the last showCase() read nothing whole; empty when it read the case or found none.
    QString readError() const { return m_readError; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *deadlinesLabel() const { return m_deadlines; }
    QTableWidget *historyTable() const { return m_history; }

signals:
    void familyRequested(const QString &familyId);
    void caseChanged(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    static Tab tabForStage(CaseStage stage);
    QWidget *buildHeader();
    QWidget *buildPlanTab();
    void reload();
    void showHeader();
    QStringList initiationAlerts() const;
    void showPlanVersion(int index);
    void showHistory();
    bool saveInitiation();
    bool saveAssessment();
    bool savePlan();
    void startNewPlanVersion();
    void saveNoPlanReason();
    void startUrgentMeasures();
    // Asks before a worker gets more child welfare children than the limit
    // (LSL 13 b §); empty when the user declined or the count failed (shown).
    std::optional<CaseloadConsent> askCaseload(const QString &workerId);
    void closeCase();
    void markDirty(Tab tab);
    bool handled(const QString &failure);
    void retranslateUi();

    const Session &m_session;
    ClientCase m_case;
    QList<bool> m_dirty{false, false, false, false, false, false, false};
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_deadlines = nullptr;
    QPushButton *m_familyButton = nullptr;
    QPushButton *m_urgentButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    StageBar *m_stageBar = nullptr;
    ErrorLabel *m_error = nullptr;
    QString m_readError;
    QString m_historyError; // why the history could not be read; empty when it was
    QTabWidget *m_tabs = nullptr;
    InitiationsTab *m_initiations = nullptr;
    AssessmentForm *m_assessment = nullptr;
    PlanForm *m_plan = nullptr;
    DocumentButtons *m_planDocuments = nullptr;
    TimelinePanel *m_timeline = nullptr;
    QComboBox *m_planVersion = nullptr;
    QComboBox *m_noPlanReason = nullptr;
    QLabel *m_noPlanLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QPushButton *m_newVersion = nullptr;
    QTableWidget *m_history = nullptr;
    ui::MeasuresTab *m_measures = nullptr;
    ui::AgreementsTab *m_agreements = nullptr;
    ui::DecisionsTab *m_decisions = nullptr;
};

} // namespace tukipolku::ui

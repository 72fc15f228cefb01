// CasePage: layout, loading and showing a case. Saving is in casepagesaving.cpp.
#include "cases/casepage.h"
#include "storage/corruptionwatch.h"
#include "storage/databaseerror.h"
#include "common/clock.h"

#include "cases/assessmentform.h"
#include "cases/initiationform.h"
#include "cases/initiationstab.h"
#include "cases/planform.h"
#include "printing/documentbuttons.h"
#include "cases/stagebar.h"
#include "cases/timelinepanel.h"
#include "common/datefield.h"
#include "common/errorlabel.h"
#include "documents/agreementstab.h"
#include "documents/decisionstab.h"
#include "measures/measurestab.h"
#include "domain/labels.h"
#include "rules/deadlines.h"
#include "storage/session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QString shortDate(const QDate &date)
{
    return Labels::date(date);
}
} // namespace

CasePage::CasePage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_stageBar = new StageBar(this);
    m_error = new ErrorLabel(this);
    m_tabs = new QTabWidget(this);
    m_initiations = new InitiationsTab(session, this);
    m_assessment = new AssessmentForm(this);
    m_history = new QTableWidget(0, 5, this);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_initiations, QString());
    m_tabs->addTab(scrolled(m_assessment, this), QString());
    m_tabs->addTab(buildPlanTab(), QString());
    m_measures = new ui::MeasuresTab(session, this);
    m_agreements = new ui::AgreementsTab(session, this);
    m_decisions = new ui::DecisionsTab(session, this);
    m_tabs->addTab(m_measures, QString());
    m_tabs->addTab(m_agreements, QString());
    m_tabs->addTab(m_decisions, QString());
    m_tabs->addTab(m_history, QString());
    m_timeline = new TimelinePanel(session, this);
    m_tabs->addTab(m_timeline, QString());
    const auto changed = [this] {
        showHistory();
        m_timeline->showCase(m_case); // the measures and decisions as they are now
        emit caseChanged(m_case.id);
    };
    connect(m_measures, &ui::MeasuresTab::measuresChanged, this, changed);
    connect(m_agreements, &ui::AgreementsTab::agreementsChanged, this, [this, changed] {
        m_measures->showCase(m_case);
        changed();
    });
    connect(m_decisions, &ui::DecisionsTab::decisionsChanged, this, [this, changed] {
        m_measures->showCase(m_case); // an issued decision starts or ends the measure
        changed();
    });
    connect(m_measures, &ui::MeasuresTab::agreementRequested, this, [this](const QString &measureId) {
        m_tabs->setCurrentIndex(AgreementTab);
        m_agreements->startFromMeasure(measureId);
    });
    connect(m_measures, &ui::MeasuresTab::decisionRequested, this, [this](const QString &measureId) {
        m_tabs->setCurrentIndex(DecisionTab);
        m_decisions->startFromMeasure(measureId, DecisionSubject::Start);
    });
    m_saveButton = new QPushButton(this);
    m_saveButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_saveButton->setDefault(true);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch();
    bottom->addWidget(m_saveButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_stageBar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_initiations, &InitiationsTab::edited, this, [this] { markDirty(InitiationTab); });
    connect(m_initiations, &InitiationsTab::switched, this, [this] {
        m_dirty[InitiationTab] = m_initiations->isNewNotification();
        m_error->clearError();
    });
    connect(m_assessment, &AssessmentForm::edited, this, [this] { markDirty(AssessmentTab); });
    connect(m_plan, &PlanForm::edited, this, [this] { markDirty(PlanTab); });
    connect(m_saveButton, &QPushButton::clicked, this, &CasePage::saveCurrentTab);
    connect(m_initiations->contactForm(), &DocumentButtons::failed, m_error, &ErrorLabel::showError);
    connect(m_planDocuments, &DocumentButtons::failed, m_error, &ErrorLabel::showError);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_saveButton->setVisible(tab <= PlanTab); // the other tabs have their own buttons
        m_error->clearError();
    });
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &CasePage::saveCurrentTab);
    retranslateUi();
}

QWidget *CasePage::buildHeader()
{
    auto *header = new QWidget(this);
    m_title = new QLabel(header);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(header);
    m_status->setWordWrap(true);
    m_deadlines = new QLabel(header);
    m_deadlines->setTextFormat(Qt::RichText);
    m_deadlines->setWordWrap(true);
    m_familyButton = new QPushButton(header);
    m_urgentButton = new QPushButton(header);
    m_closeButton = new QPushButton(header);
    connect(m_familyButton, &QPushButton::clicked, this, [this] { emit familyRequested(m_case.familyId); });
    connect(m_urgentButton, &QPushButton::clicked, this, &CasePage::startUrgentMeasures);
    connect(m_closeButton, &QPushButton::clicked, this, &CasePage::closeCase);

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_status);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_familyButton);
    buttons->addWidget(m_urgentButton);
    buttons->addWidget(m_closeButton);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addWidget(m_deadlines, 2);
    layout->addLayout(buttons);
    return header;
}

InitiationForm *CasePage::initiationForm() const
{
    return m_initiations->form();
}

DocumentButtons *CasePage::contactForm() const
{
    return m_initiations->contactForm();
}

void CasePage::showInitiation(const QString &id)
{
    m_tabs->setCurrentIndex(InitiationTab);
    QString shown = id;
    if (!m_case.findInitiation(id)) {
        // A deadline row names the case: the earliest notification still undecided.
        for (const Initiation &later : m_case.laterInitiations) {
            if (!later.isDecided()) {
                shown = later.id;
                break;
            }
        }
    }
    if (m_initiations->showInitiation(shown))
        m_dirty[InitiationTab] = false;
}

QWidget *CasePage::buildPlanTab()
{
    auto *tab = new QWidget(this);
    m_versionLabel = new QLabel(tab);
    m_planVersion = new QComboBox(tab);
    m_versionLabel->setBuddy(m_planVersion);
    m_newVersion = new QPushButton(tab);
    m_noPlanLabel = new QLabel(tab);
    m_noPlanReason = new QComboBox(tab);
    m_noPlanLabel->setBuddy(m_noPlanReason);
    m_plan = new PlanForm(tab);
    auto *top = new QHBoxLayout;
    top->addWidget(m_versionLabel);
    top->addWidget(m_planVersion);
    top->addWidget(m_newVersion);
    top->addSpacing(24);
    top->addWidget(m_noPlanLabel);
    top->addWidget(m_noPlanReason, 1);
    m_planDocuments = new DocumentButtons(tab);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_planDocuments);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(scrolled(m_plan, tab), 1);
    layout->addLayout(bottom);
    connect(m_planVersion, &QComboBox::activated, this, &CasePage::showPlanVersion);
    connect(m_newVersion, &QPushButton::clicked, this, &CasePage::startNewPlanVersion);
    connect(m_noPlanReason, &QComboBox::activated, this, &CasePage::saveNoPlanReason);
    return tab;
}

bool CasePage::showCase(const QString &caseId)
{
    // A case read from a damaged page would be shown in part: not shown at all.
    const int damage = CorruptionWatch::count();
    const Outcome<ClientCase> loaded = m_session.cases().find(caseId);
    m_readError.clear();
    if (loaded.isFailed() || CorruptionWatch::count() != damage) {
        m_readError = loaded.messageOr(DatabaseError(DatabaseErrorCode::ReadFailed, m_session.database().path()).message());
        m_error->showError(m_readError);
        return false;
    }
    if (!loaded)
        return false;
    const bool another = m_case.id != caseId;
    m_case = *loaded;
    const Outcome<QList<Worker>> workers = m_session.workers().all();
    m_initiations->showCase(m_case, workers.value_or({}));
    m_assessment->setWorkers(workers.value_or({}));
    m_timeline->showCase(m_case);
    Assessment assessment = m_case.assessment.value_or(Assessment());
    if (!m_case.assessment && m_case.initiation.assessmentStarts == true)
        assessment.startedOn = m_case.initiation.decidedOn; // the usual start: the day it was decided
    m_assessment->setAssessment(assessment, m_case.responsibleWorkerId);
    m_planVersion->clear();
    for (const ClientPlan &plan : m_case.plans)
        m_planVersion->addItem(tr("Version %1 (%2)").arg(plan.version).arg(shortDate(plan.madeOn)));
    if (m_case.plans.isEmpty())
        startNewPlanVersion();
    else
        showPlanVersion(int(m_case.plans.size() - 1));
    m_noPlanReason->setCurrentIndex(int(m_case.noPlanReason));
    // A child welfare client always has a plan (LSL 30 §): "no plan" is not offered.
    m_noPlanReason->setEnabled(!m_case.isChildWelfareClient() || m_case.noPlanReason != NoPlanReason::None);
    m_noPlanReason->setToolTip(m_case.isChildWelfareClient() ? tr("A child welfare client always has a client plan "
                                                                  "(LSL 30 §).")
                                                             : QString());
    m_dirty.fill(false);
    m_error->clearError();
    m_measures->showCase(m_case);
    m_agreements->showCase(m_case);
    m_decisions->showCase(m_case);
    showHeader();
    showHistory();
    QString tabError;
    for (const QString &error : {m_measures->readError(), m_agreements->readError(), m_decisions->readError(),
                                 m_timeline->readError(), m_historyError}) {
        if (tabError.isEmpty())
            tabError = error;
    }
    if (!tabError.isEmpty() || CorruptionWatch::count() != damage) {
        // A tab that could not be read whole (measures, logs, documents, history):
        // the page says so and takes no input rather than show a part as whole.
        m_tabs->setEnabled(false);
        m_readError = tabError.isEmpty() ? DatabaseError(DatabaseErrorCode::ReadFailed, m_session.database().path()).message()
                                         : tabError;
        m_error->showError(m_readError);
        return false;
    }
    m_tabs->setEnabled(true);
    if (another)
        m_tabs->setCurrentIndex(tabForStage(m_case.stage())); // where the work of the case is now
    return true;
}

CasePage::Tab CasePage::tabForStage(CaseStage stage)
{
    switch (stage) {
    case CaseStage::Initiation: return InitiationTab;
    case CaseStage::Assessment: return AssessmentTab;
    case CaseStage::Plan: return PlanTab;
    case CaseStage::Services: return MeasureTab;
    case CaseStage::Closed: return HistoryTab;
    }
    return InitiationTab;
}

void CasePage::reload()
{
    const int tab = m_tabs->currentIndex();
    showCase(m_case.id);
    m_tabs->setCurrentIndex(tab);
}

void CasePage::showHeader()
{
    m_title->setText(tr("%1 – case %2").arg(m_case.child.fullName(), m_case.caseNumber));
    QString worker = tr("not named");
    if (auto responsible = m_session.workers().find(m_case.responsibleWorkerId))
        worker = responsible->fullName();
    QString status;
    if (m_case.isChildWelfareClient()) {
        status = tr("Child welfare client since %1 (%2). Responsible social worker: %3.")
                     .arg(shortDate(m_case.childWelfareSince),
                          m_case.childWelfareBasis == ChildWelfareBasis::UrgentMeasures ? tr("urgent measures")
                                                                                       : tr("assessment"),
                          worker);
    } else {
        status = tr("Not a client of child welfare. Worker: %1.").arg(worker);
    }
    if (m_case.isClosed())
        status += QLatin1Char(' ') + tr("Closed on %1: %2").arg(shortDate(m_case.closedOn), m_case.closureReason);
    m_status->setText(status);
    m_stageBar->setStage(m_case.stage());

    QStringList lines = initiationAlerts();
    for (const Deadline &deadline : Deadlines::forCase(m_case, Clock::today())) {
        const QString when = deadline.isOpen() ? tr("due %1").arg(shortDate(deadline.due))
                                               : tr("done %1 (due %2)").arg(shortDate(deadline.met), shortDate(deadline.due));
        const bool alert = deadline.state == DeadlineState::Overdue || deadline.state == DeadlineState::DueSoon;
        lines << QStringLiteral("%1<b>%2</b>: %3 – %4%5")
                     .arg(alert ? QStringLiteral("<span style='color:#8a0016'>") : QString(),
                          Labels::deadlineKind(deadline.kind).toHtmlEscaped(), when.toHtmlEscaped(),
                          Labels::deadlineState(deadline.state).toHtmlEscaped(),
                          alert ? QStringLiteral("</span>") : QString());
    }
    m_deadlines->setText(lines.isEmpty() ? tr("No deadlines.") : lines.join(QLatin1String("<br>")));
    m_urgentButton->setEnabled(!m_case.isChildWelfareClient() && !m_case.isClosed());
    m_closeButton->setEnabled(!m_case.isClosed());
}

QStringList CasePage::initiationAlerts() const
{
    // What cannot wait, in red above the deadlines: an urgency not assessed
    // (LSL 26 § 2), an urgent need, a police report not answered (LSL 25 § 3).
    QStringList alerts;
    const auto alert = [&alerts](const QString &text) {
        alerts << QStringLiteral("<span style='color:#8a0016'><b>%1</b></span>").arg(text.toHtmlEscaped());
    };
    QList<const Initiation *> all{&m_case.initiation};
    for (const Initiation &later : m_case.laterInitiations)
        all << &later;
    for (const Initiation *initiation : all) {
        if (m_case.isClosed())
            break;
        const QString received = shortDate(initiation->receivedAt.date());
        if (!initiation->urgent.has_value() && !initiation->isDecided())
            alert(tr("Received %1: urgency not assessed. Assess it now.").arg(received));
        else if (initiation->urgent == true && !m_case.isChildWelfareClient() && !initiation->isDecided())
            alert(tr("Received %1: assessed urgent. Start urgent measures if the child needs them now.").arg(received));
        if (initiation->suggestsOffence() && initiation->policeReport == PoliceReport::Unanswered)
            alert(tr("Received %1: record whether an offence against the child was reported to the police.")
                      .arg(received));
    }
    return alerts;
}

void CasePage::showPlanVersion(int index)
{
    if (index < 0 || index >= m_case.plans.size())
        return;
    m_planVersion->setCurrentIndex(index);
    m_plan->setPlan(m_case.plans.at(index));
    m_dirty[PlanTab] = false;
    const ClientPlan &plan = m_case.plans.at(index);
    const ClientPlanDocuments documents = m_session.planDocuments();
    const QString planId = plan.id;
    m_planDocuments->setSource([documents, planId](const QString &language) { return documents.document(planId, language); },
                               tr("client-plan-%1-version-%2").arg(m_case.caseNumber).arg(plan.version),
                               m_session.accessLog());
}

void CasePage::startNewPlanVersion()
{
    ClientPlan plan;
    if (const ClientPlan *latest = m_case.latestPlan()) {
        plan = *latest; // a review starts from the plan in force
        plan.id.clear();
        plan.version = 0;
        plan.nextReviewOn = QDate();
    }
    plan.madeOn = Clock::today();
    m_plan->setPlan(plan);
    m_plan->nextReviewField()->setDate(Deadlines::latestPlanReview(plan.madeOn));
    m_planVersion->addItem(tr("New version"));
    m_planVersion->setCurrentIndex(m_planVersion->count() - 1);
    m_planDocuments->setSource({}, QString(), std::nullopt); // printed once saved
}

void CasePage::showHistory()
{
    const Outcome<QList<HistoryEntry>> history = m_session.cases().history(m_case.id);
    const Outcome<QList<Worker>> workers = m_session.workers().all();
    m_historyError = history ? workers.message() : history.message();
    if (!m_historyError.isEmpty()) {
        // Never a history in part; nor one that shows who made a change as a code.
        m_history->setRowCount(0);
        m_error->showError(m_historyError);
        return;
    }
    const QList<HistoryEntry> &entries = *history;
    QHash<QString, QString> workerNames;
    for (const Worker &worker : *workers)
        workerNames.insert(worker.id, worker.fullName());
    auto shown = [&workerNames](const HistoryEntry &entry, const QString &value) {
        return workerNames.value(value, Labels::storedValue(entry.field, value));
    };
    m_history->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const HistoryEntry &entry = entries.at(row);
        const QStringList cells{Labels::dateTime(entry.changedAt.toLocalTime()), entry.workerName,
                                Labels::field(entry.table, entry.field), shown(entry, entry.oldValue),
                                shown(entry, entry.newValue)};
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_history->resizeColumnsToContents();
}

bool CasePage::hasUnsavedChanges() const
{
    return m_dirty.contains(true);
}

void CasePage::markDirty(Tab tab)
{
    m_dirty[tab] = true;
}

void CasePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_case.id.isEmpty())
            showHeader();
    }
    QWidget::changeEvent(event);
}

void CasePage::retranslateUi()
{
    m_tabs->setTabText(InitiationTab, tr("&1 Initiation"));
    m_tabs->setTabText(AssessmentTab, tr("&2 Assessment"));
    m_tabs->setTabText(PlanTab, tr("&3 Client plan"));
    m_tabs->setTabText(MeasureTab, tr("&4 Measures"));
    m_tabs->setTabText(AgreementTab, tr("&5 Agreements"));
    m_tabs->setTabText(DecisionTab, tr("&6 Decisions"));
    m_tabs->setTabText(HistoryTab, tr("&7 History"));
    m_tabs->setTabText(TimelineTab, tr("&8 Time line"));
    m_saveButton->setText(tr("Sa&ve"));
    m_saveButton->setToolTip(tr("Save this tab (Ctrl+S)"));
    m_familyButton->setText(tr("F&amily"));
    m_urgentButton->setText(tr("&Urgent measures…"));
    m_urgentButton->setToolTip(tr("Child welfare client status starts when urgent measures or support are given "
                                  "before the assessment is completed (LSL 27 §)."));
    m_closeButton->setText(tr("&Close case…"));
    m_versionLabel->setText(tr("Version:"));
    m_newVersion->setText(tr("Ne&w version"));
    m_noPlanLabel->setText(tr("P&lan:"));
    const QSignalBlocker blocker(m_noPlanReason);
    const int reason = std::max(0, m_noPlanReason->currentIndex());
    m_noPlanReason->clear();
    for (NoPlanReason value : {NoPlanReason::None, NoPlanReason::TemporaryGuidance, NoPlanReason::AssessmentSuffices})
        m_noPlanReason->addItem(Labels::noPlanReason(value));
    m_noPlanReason->setCurrentIndex(reason);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")});
}

} // namespace tukipolku::ui

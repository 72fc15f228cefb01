#include "cases/planform.h"

#include "common/datefield.h"
#include "common/widgets.h"
#include "rules/deadlines.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

QPlainTextEdit *PlanForm::textField()
{
    auto *field = new QPlainTextEdit(this);
    field->setTabChangesFocus(true);
    field->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    connect(field, &QPlainTextEdit::textChanged, this, &PlanForm::edited);
    return field;
}

PlanForm::PlanForm(QWidget *parent) : QWidget(parent)
{
    m_madeOn = new DateField(this);
    m_participants = new QLineEdit(this);
    m_needs = textField();
    m_circumstances = textField();
    m_goals = new QTableWidget(0, 2, this);
    m_goals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_goals->verticalHeader()->hide();
    m_goals->setMinimumHeight(110);
    m_addGoal = new QPushButton(this);
    m_removeGoal = new QPushButton(this);
    m_services = textField();
    m_estimatedDuration = new QLineEdit(this);
    m_differingViews = textField();
    m_childOpinion = textField();
    m_childOpinionHow = new QLineEdit(this);
    m_guardiansViews = textField();
    m_childMeetings = textField();
    m_nextReview = new DateField(this);

    auto *goals = new QWidget(this);
    auto *goalsLayout = new QVBoxLayout(goals);
    goalsLayout->setContentsMargins(0, 0, 0, 0);
    goalsLayout->addWidget(m_goals);
    auto *goalButtons = new QHBoxLayout;
    goalButtons->addWidget(m_addGoal);
    goalButtons->addWidget(m_removeGoal);
    goalButtons->addStretch();
    goalsLayout->addLayout(goalButtons);

    m_form = new QFormLayout(this);
    for (QWidget *field : std::initializer_list<QWidget *>{m_madeOn, m_participants, m_needs, m_circumstances, goals,
                                                           m_services, m_estimatedDuration, m_childOpinion,
                                                           m_childOpinionHow, m_guardiansViews, m_differingViews,
                                                           m_childMeetings, m_nextReview}) {
        auto *label = new QLabel(this);
        label->setBuddy(field == goals ? static_cast<QWidget *>(m_goals) : field);
        m_form->addRow(label, field);
    }

    connect(m_addGoal, &QPushButton::clicked, this, [this] {
        addGoal(QString(), QDate());
        m_goals->setCurrentCell(m_goals->rowCount() - 1, 0);
        m_goals->editItem(m_goals->item(m_goals->rowCount() - 1, 0));
    });
    connect(m_removeGoal, &QPushButton::clicked, this, [this] {
        if (m_goals->currentRow() >= 0) {
            m_goals->removeRow(m_goals->currentRow());
            emit edited();
        }
    });
    connect(m_goals, &QTableWidget::itemChanged, this, &PlanForm::edited);
    connect(m_madeOn, &DateField::dateChanged, this, [this](const QDate &madeOn) {
        // Suggest the latest review the law allows when none is set.
        if (madeOn.isValid() && m_nextReview->text().isEmpty())
            m_nextReview->setDate(Deadlines::latestPlanReview(madeOn));
    });
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_madeOn), m_participants, m_estimatedDuration, m_childOpinionHow,
                             static_cast<QLineEdit *>(m_nextReview)})
        connect(field, &QLineEdit::textEdited, this, &PlanForm::edited);
    retranslateUi();
}

void PlanForm::addGoal(const QString &goal, const QDate &target)
{
    const int row = m_goals->rowCount();
    m_goals->insertRow(row);
    m_goals->setItem(row, 0, new QTableWidgetItem(goal));
    m_goals->setItem(row, 1, new QTableWidgetItem(target.isValid() ? target.toString(QStringLiteral("d.M.yyyy")) : QString()));
}

void PlanForm::setPlan(const ClientPlan &plan)
{
    const QSignalBlocker blocker(this);
    m_id = plan.id;
    m_version = plan.version;
    m_nextReview->clear();
    m_madeOn->setDate(plan.madeOn);
    m_participants->setText(plan.participants);
    m_needs->setPlainText(plan.needs);
    m_circumstances->setPlainText(plan.circumstances);
    m_goals->setRowCount(0);
    for (const PlanGoal &goal : plan.goals)
        addGoal(goal.goal, goal.targetDate);
    m_services->setPlainText(plan.services);
    m_estimatedDuration->setText(plan.estimatedDuration);
    m_differingViews->setPlainText(plan.differingViews);
    m_childOpinion->setPlainText(plan.childOpinion);
    m_childOpinionHow->setText(plan.childOpinionHow);
    m_guardiansViews->setPlainText(plan.guardiansViews);
    m_childMeetings->setPlainText(plan.childMeetings);
    m_nextReview->setDate(plan.nextReviewOn);
}

ClientPlan PlanForm::plan() const
{
    ClientPlan plan;
    plan.id = m_id;
    plan.version = m_version;
    plan.madeOn = m_madeOn->date();
    plan.participants = m_participants->text();
    plan.needs = m_needs->toPlainText();
    plan.circumstances = m_circumstances->toPlainText();
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        const QString goal = m_goals->item(row, 0) ? m_goals->item(row, 0)->text() : QString();
        const QString target = m_goals->item(row, 1) ? m_goals->item(row, 1)->text() : QString();
        if (!goal.trimmed().isEmpty() || !target.trimmed().isEmpty())
            plan.goals.append({QString(), goal, DateField::parse(target)});
    }
    plan.services = m_services->toPlainText();
    plan.estimatedDuration = m_estimatedDuration->text();
    plan.differingViews = m_differingViews->toPlainText();
    plan.childOpinion = m_childOpinion->toPlainText();
    plan.childOpinionHow = m_childOpinionHow->text();
    plan.guardiansViews = m_guardiansViews->toPlainText();
    plan.childMeetings = m_childMeetings->toPlainText();
    plan.nextReviewOn = m_nextReview->date();
    return plan;
}

QString PlanForm::invalidDateText() const
{
    if (!m_madeOn->isAcceptable() || !m_nextReview->isAcceptable())
        return m_madeOn->isAcceptable() ? m_nextReview->toolTip() : m_madeOn->toolTip();
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        const QString target = m_goals->item(row, 1) ? m_goals->item(row, 1)->text().trimmed() : QString();
        if (!target.isEmpty() && !DateField::parse(target).isValid())
            return tr("The target date of goal %1 is not a date. Write it as day.month.year.").arg(row + 1);
    }
    return {};
}

void PlanForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlanForm::retranslateUi()
{
    setRowLabel(m_form, m_madeOn, tr("Made o&n:"));
    setRowLabel(m_form, m_participants, tr("&Taking part:"));
    setRowLabel(m_form, m_needs, tr("Service and support needs:"));
    setRowLabel(m_form, m_circumstances, tr("Circumstances to &influence:"));
    setRowLabel(m_form, m_goals->parentWidget(), tr("G&oals:"));
    setRowLabel(m_form, m_services, tr("Services and support measures:"));
    setRowLabel(m_form, m_estimatedDuration, tr("Esti&mated time to reach the goals:"));
    setRowLabel(m_form, m_childOpinion, tr("Child's own opinion:"));
    setRowLabel(m_form, m_childOpinionHow, tr("How it was found out:"));
    m_childOpinionHow->setPlaceholderText(tr("e.g. talking alone with the child; or why it could not be (age, development)"));
    setRowLabel(m_form, m_guardiansViews, tr("Guardians' views:"));
    setRowLabel(m_form, m_differingViews, tr("Diffe&ring views:"));
    setRowLabel(m_form, m_childMeetings, tr("Wor&ker's meetings with the child:"));
    setRowLabel(m_form, m_nextReview, tr("Next review &by:"));
    m_nextReview->setWhatsThis(tr("The client plan is reviewed when needed and at least once a year (LSL 30 §)."));
    m_goals->setHorizontalHeaderLabels({tr("Goal"), tr("Target date")});
    m_addGoal->setText(tr("A&dd goal"));
    m_removeGoal->setText(tr("Remove goal"));
}

} // namespace tukipolku::ui

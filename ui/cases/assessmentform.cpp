#include "cases/assessmentform.h"

#include "common/datefield.h"
#include "common/widgets.h"
#include "domain/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tukipolku::ui {

AssessmentForm::AssessmentForm(QWidget *parent) : QWidget(parent)
{
    m_due = new QLabel(this);
    m_due->setWordWrap(true);
    m_started = new DateField(this);
    m_completed = new DateField(this);
    m_participants = new QLineEdit(this);
    m_childMet = new QCheckBox(this);
    m_childMetHow = new QLineEdit(this);
    m_needDuration = new QComboBox(this);
    m_ownWorkerNeeded = new QCheckBox(this);
    m_ownWorker = new QComboBox(this);
    m_childWelfareNeed = new QCheckBox(this);
    m_responsible = new QComboBox(this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_durations = std::make_unique<ChoiceFiller<NeedDuration>>(
        m_needDuration,
        std::initializer_list<NeedDuration>{NeedDuration::Unknown, NeedDuration::Temporary, NeedDuration::Recurring,
                                            NeedDuration::LongTerm},
        &Labels::needDuration);

    m_form = new QFormLayout(this);
    auto add = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    m_form->addRow(QString(), m_due);
    add(m_started);
    add(m_completed);
    add(m_participants);
    m_form->addRow(QString(), m_childMet);
    add(m_childMetHow);
    add(m_needDuration);
    m_form->addRow(QString(), m_ownWorkerNeeded);
    add(m_ownWorker);
    m_form->addRow(QString(), m_childWelfareNeed);
    add(m_responsible);
    add(m_summary);

    connect(m_ownWorkerNeeded, &QCheckBox::toggled, this, &AssessmentForm::updateDependentFields);
    connect(m_childWelfareNeed, &QCheckBox::toggled, this, &AssessmentForm::updateDependentFields);
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_started), static_cast<QLineEdit *>(m_completed), m_participants,
                             m_childMetHow})
        connect(field, &QLineEdit::textEdited, this, &AssessmentForm::edited);
    for (QComboBox *combo : {m_needDuration, m_ownWorker, m_responsible})
        connect(combo, &QComboBox::activated, this, &AssessmentForm::edited);
    for (QCheckBox *box : {m_childMet, m_ownWorkerNeeded, m_childWelfareNeed})
        connect(box, &QCheckBox::clicked, this, &AssessmentForm::edited);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &AssessmentForm::edited);
    retranslateUi();
    updateDependentFields();
}

AssessmentForm::~AssessmentForm() = default;

void AssessmentForm::fillWorkers(QComboBox *combo)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(not named)"), QString());
    for (const Worker &worker : m_workers)
        combo->addItem(worker.title.isEmpty() ? worker.fullName() : tr("%1, %2").arg(worker.fullName(), worker.title),
                       worker.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void AssessmentForm::setWorkers(const QList<Worker> &workers)
{
    m_workers = workers;
    fillWorkers(m_ownWorker);
    fillWorkers(m_responsible);
}

void AssessmentForm::setAssessment(const Assessment &assessment, const QString &responsibleWorkerId)
{
    m_started->setDate(assessment.startedOn);
    m_completed->setDate(assessment.completedOn);
    m_participants->setText(assessment.participants);
    m_childMet->setChecked(assessment.childMet);
    m_childMetHow->setText(assessment.childMetHow);
    m_durations->setValue(assessment.needDuration);
    m_ownWorkerNeeded->setChecked(assessment.ownWorkerNeeded);
    m_ownWorker->setCurrentIndex(std::max(0, m_ownWorker->findData(assessment.ownWorkerId)));
    m_childWelfareNeed->setChecked(assessment.childWelfareNeed);
    m_responsible->setCurrentIndex(std::max(0, m_responsible->findData(responsibleWorkerId)));
    m_summary->setPlainText(assessment.summary);
    updateDependentFields();
}

Assessment AssessmentForm::assessment() const
{
    Assessment a;
    a.startedOn = m_started->date();
    a.completedOn = m_completed->date();
    a.participants = m_participants->text();
    a.childMet = m_childMet->isChecked();
    a.childMetHow = m_childMetHow->text();
    a.needDuration = m_durations->value();
    a.ownWorkerNeeded = m_ownWorkerNeeded->isChecked();
    a.ownWorkerId = a.ownWorkerNeeded ? m_ownWorker->currentData().toString() : QString();
    a.childWelfareNeed = m_childWelfareNeed->isChecked();
    a.summary = m_summary->toPlainText();
    return a;
}

QString AssessmentForm::responsibleWorkerId() const
{
    return m_responsible->currentData().toString();
}

DateField *AssessmentForm::invalidDateField() const
{
    for (DateField *field : {m_started, m_completed}) {
        if (!field->isAcceptable())
            return field;
    }
    return nullptr;
}

void AssessmentForm::setDueText(const QString &text)
{
    m_due->setText(text);
}

void AssessmentForm::updateDependentFields()
{
    m_ownWorker->setEnabled(m_ownWorkerNeeded->isChecked());
}

void AssessmentForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AssessmentForm::retranslateUi()
{
    setRowLabel(m_form, m_started, tr("Start&ed on:"));
    setRowLabel(m_form, m_completed, tr("Completed &on:"));
    setRowLabel(m_form, m_participants, tr("&Taking part:"));
    m_childMet->setText(tr("The child was met in &person"));
    setRowLabel(m_form, m_childMetHow, tr("How, or wh&y not:"));
    m_childMetHow->setPlaceholderText(tr("e.g. alone at school and on a home visit"));
    m_participants->setPlaceholderText(tr("e.g. the child, the guardians, the school social worker"));
    setRowLabel(m_form, m_needDuration, tr("&Need for support:"));
    m_ownWorkerNeeded->setText(tr("An own worker &is needed"));
    setRowLabel(m_form, m_ownWorker, tr("Own &worker:"));
    m_childWelfareNeed->setText(tr("Chi&ld welfare need found"));
    m_childWelfareNeed->setWhatsThis(tr("When the assessment finds a child welfare need, the child becomes a client "
                                        "of child welfare on the completion date (LSL 27 §) and a responsible "
                                        "social worker is named."));
    setRowLabel(m_form, m_responsible, tr("&Responsible social worker:"));
    setRowLabel(m_form, m_summary, tr("Su&mmary:"));
    m_durations->relabel();
    fillWorkers(m_ownWorker);
    fillWorkers(m_responsible);
}

} // namespace tukipolku::ui

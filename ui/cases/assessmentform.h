#pragma once

#include "common/choicecombo.h"
#include "domain/assessment.h"
#include "domain/worker.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tukipolku::ui {

class DateField;

// The service need assessment: dates, who took part, and its outcome. With a
// child welfare need the responsible social worker must be named.
class AssessmentForm final : public QWidget {
    Q_OBJECT

public:
    explicit AssessmentForm(QWidget *parent = nullptr);
    ~AssessmentForm() override;

    void setWorkers(const QList<Worker> &workers);
    void setAssessment(const Assessment &assessment, const QString &responsibleWorkerId);
    Assessment assessment() const;
    QString responsibleWorkerId() const;
    DateField *invalidDateField() const;

    DateField *startedField() const { return m_started; }
    DateField *completedField() const { return m_completed; }
    QComboBox *needDurationField() const { return m_needDuration; }
    QCheckBox *childWelfareNeedField() const { return m_childWelfareNeed; }
    QComboBox *responsibleWorkerField() const { return m_responsible; }
    QLabel *dueLabel() const { return m_due; }
    void setDueText(const QString &text);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillWorkers(QComboBox *combo);
    void updateDependentFields();
    void retranslateUi();

    QFormLayout *m_form = nullptr;
    QLabel *m_due = nullptr;
    DateField *m_started = nullptr;
    DateField *m_completed = nullptr;
    QLineEdit *m_participants = nullptr;
    QCheckBox *m_childMet = nullptr;
    QLineEdit *m_childMetHow = nullptr;
    QComboBox *m_needDuration = nullptr;
    QCheckBox *m_ownWorkerNeeded = nullptr;
    QComboBox *m_ownWorker = nullptr;
    QCheckBox *m_childWelfareNeed = nullptr;
    QComboBox *m_responsible = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QList<Worker> m_workers;
    std::unique_ptr<ChoiceFiller<NeedDuration>> m_durations;
};

} // namespace tukipolku::ui

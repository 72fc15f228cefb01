#pragma once

#include "domain/clientplan.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tukipolku::ui {

class DateField;

// One version of the client plan (LSL 30 §): needs, circumstances, goals with
// target dates, services, differing views, meetings with the child, and the
// next review at most a year later.
class PlanForm final : public QWidget {
    Q_OBJECT

public:
    explicit PlanForm(QWidget *parent = nullptr);

    void setPlan(const ClientPlan &plan);
    ClientPlan plan() const;
    // A sentence about the first goal date or field that is not a date, or empty.
    QString invalidDateText() const;

    DateField *madeOnField() const { return m_madeOn; }
    DateField *nextReviewField() const { return m_nextReview; }
    QLineEdit *participantsField() const { return m_participants; }
    QTableWidget *goalsTable() const { return m_goals; }
    void addGoal(const QString &goal, const QDate &target);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPlainTextEdit *textField();
    void retranslateUi();

    QString m_id;
    int m_version = 0;
    QFormLayout *m_form = nullptr;
    DateField *m_madeOn = nullptr;
    QLineEdit *m_participants = nullptr;
    QPlainTextEdit *m_needs = nullptr;
    QPlainTextEdit *m_circumstances = nullptr;
    QTableWidget *m_goals = nullptr;
    QPushButton *m_addGoal = nullptr;
    QPushButton *m_removeGoal = nullptr;
    QPlainTextEdit *m_services = nullptr;
    QLineEdit *m_estimatedDuration = nullptr;
    QPlainTextEdit *m_differingViews = nullptr;
    QPlainTextEdit *m_childOpinion = nullptr;
    QLineEdit *m_childOpinionHow = nullptr;
    QPlainTextEdit *m_guardiansViews = nullptr;
    QPlainTextEdit *m_childMeetings = nullptr;
    DateField *m_nextReview = nullptr;
};

} // namespace tukipolku::ui

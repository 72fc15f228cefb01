#pragma once

#include "common/choicecombo.h"
#include "domain/initiation.h"
#include "domain/worker.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace tukipolku::ui {

class DateField;
class NotifierGroup;

// The initiation of a case (vireilletulo): the contact or notification, the
// urgency assessment, and the decision whether the assessment starts, with
// its 7-working-day deadline shown as the date is typed.
class InitiationForm final : public QWidget {
    Q_OBJECT

public:
    explicit InitiationForm(QWidget *parent = nullptr);
    ~InitiationForm() override;

    void setWorkers(const QList<Worker> &workers);
    void setInitiation(const Initiation &initiation);
    // A later notification on an open case: its decision is "taken into the
    // ongoing work" or "no further action" instead of whether an assessment starts.
    void setLaterInitiation(bool later);
    Initiation initiation() const;
    // The first field whose text is not a date, or null when all are fine.
    DateField *invalidDateField() const;

    DateField *receivedDateField() const { return m_receivedDate; }
    QTimeEdit *receivedTimeField() const { return m_receivedTime; }
    QCheckBox *notificationField() const { return m_notification; }
    QComboBox *notifierField() const { return m_notifier; }
    QComboBox *contactByField() const { return m_contactBy; }
    QComboBox *authorityField() const { return m_authority; }
    QLabel *deadlineLabel() const { return m_deadline; }
    QComboBox *urgencyField() const { return m_urgent; }
    QComboBox *decisionField() const { return m_assessmentStarts; }
    QGroupBox *policeGroup() const { return m_policeGroup; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildContactGroup();
    void buildUrgencyGroup();
    void buildDecisionGroup();
    void buildPoliceGroup();
    void fillDecisionChoices();
    void urgencyChosen();
    void updateDependentFields();
    void retranslateUi();

    QGroupBox *m_contactGroup = nullptr;
    QGroupBox *m_urgencyGroup = nullptr;
    QGroupBox *m_decisionGroup = nullptr;
    QGroupBox *m_policeGroup = nullptr;
    NotifierGroup *m_notifierGroup = nullptr;
    QFormLayout *m_policeForm = nullptr;
    QComboBox *m_policeReport = nullptr;
    DateField *m_policeReportedOn = nullptr;
    QLineEdit *m_policeNoReportReason = nullptr;
    bool m_later = false;
    QFormLayout *m_contactForm = nullptr;
    QFormLayout *m_urgencyForm = nullptr;
    QFormLayout *m_decisionForm = nullptr;
    DateField *m_receivedDate = nullptr;
    QTimeEdit *m_receivedTime = nullptr;
    QLabel *m_deadline = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_contactBy = nullptr;
    QComboBox *m_authority = nullptr;
    QCheckBox *m_notification = nullptr;
    QComboBox *m_notifier = nullptr;
    QList<QCheckBox *> m_reasons;
    QPlainTextEdit *m_description = nullptr;
    DateField *m_urgencyDate = nullptr;
    QTimeEdit *m_urgencyTime = nullptr;
    QComboBox *m_urgencyBy = nullptr;
    QComboBox *m_urgent = nullptr;
    DateField *m_decidedOn = nullptr;
    QComboBox *m_assessmentStarts = nullptr;
    QLineEdit *m_noAssessmentReason = nullptr;
    DateField *m_informedOn = nullptr;
    QList<Worker> m_workers;
    std::unique_ptr<ChoiceFiller<ContactChannel>> m_channelChoices;
    std::unique_ptr<ChoiceFiller<ContactBy>> m_contactByChoices;
    std::unique_ptr<ChoiceFiller<AuthorityKind>> m_authorityChoices;
    std::unique_ptr<ChoiceFiller<NotifierKind>> m_notifierChoices;
    std::unique_ptr<ChoiceFiller<PoliceReport>> m_policeChoices;
};

} // namespace tukipolku::ui

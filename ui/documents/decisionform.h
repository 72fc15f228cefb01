#pragma once

#include "domain/decision.h"
#include "domain/measure.h"
#include "domain/worker.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tukipolku::ui {

class DateField;
class HearingsTable;

// The fields of one decision: what is decided and how much, the facts, the
// child's opinion apart from the guardians' views, each party's hearing, the
// reasons, who decides, and for a correcting decision its ground. Only the
// fields the kind of decision has can be typed.
class DecisionForm final : public QWidget {
    Q_OBJECT

public:
    explicit DecisionForm(QWidget *parent = nullptr);

    // Only workers with the authority to decide are offered; responsibleId
    // is the child's responsible social worker, to say when a substitute decides.
    void setWorkers(const QList<Worker> &workers, const QString &responsibleId);
    // inDepth: which amount the service is granted in; providerName: who
    // provides it, once chosen.
    void showDecision(const Decision &decision, InDepthType inDepth, const QString &providerName, bool editable);
    // The shown decision with what is typed in the fields.
    Decision decision() const;
    // Empty when every typed date is a date; else what is wrong.
    QString unacceptable() const;
    static QString subjectName(DecisionSubject subject);

    QComboBox *subjectCombo() const { return m_subject; }
    DateField *startField() const { return m_start; }
    DateField *endField() const { return m_end; }
    QDoubleSpinBox *amountField() const { return m_amount; }
    QCheckBox *intensifiedField() const { return m_intensified; }
    QPlainTextEdit *factsField() const { return m_facts; }
    QComboBox *childOpinionCombo() const { return m_childOpinion; }
    QPlainTextEdit *childOpinionField() const { return m_childOpinionText; }
    QLineEdit *childOpinionHowField() const { return m_childOpinionHow; }
    HearingsTable *hearingsTable() const { return m_hearings; }
    QPlainTextEdit *reasonsField() const { return m_reasons; }
    QPlainTextEdit *partiesField() const { return m_parties; }
    QComboBox *makerCombo() const { return m_maker; }
    QLabel *substituteNote() const { return m_substitute; }
    QComboBox *correctionGroundCombo() const { return m_correctionGround; }
    QCheckBox *detrimentField() const { return m_detriment; }
    QLineEdit *consentField() const { return m_consent; }

signals:
    void subjectChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *extentRow();
    // Only the dates, the amount and the correction fields the decision has.
    void showApplicableFields();
    void setRowShown(QWidget *field, bool shown);
    void fillMakers(const QString &keepId);
    void showSubstituteNote();
    void retranslateUi();

    Decision m_shown;
    InDepthType m_inDepth = InDepthType::None;
    bool m_editable = false;
    QFormLayout *m_form = nullptr;
    QComboBox *m_subject = nullptr;
    QLineEdit *m_provisions = nullptr;
    QPlainTextEdit *m_goal = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QWidget *m_dates = nullptr;
    QWidget *m_extent = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QLabel *m_amountUnit = nullptr;
    QCheckBox *m_intensified = nullptr;
    QLabel *m_provider = nullptr;
    QPlainTextEdit *m_facts = nullptr;
    QComboBox *m_childOpinion = nullptr;
    QPlainTextEdit *m_childOpinionText = nullptr;
    QLineEdit *m_childOpinionHow = nullptr;
    QPlainTextEdit *m_views = nullptr;
    HearingsTable *m_hearings = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QPlainTextEdit *m_parties = nullptr;
    QComboBox *m_maker = nullptr;
    QLabel *m_substitute = nullptr;
    QList<Worker> m_workers;
    QString m_responsibleId;
    QLineEdit *m_contact = nullptr;
    QComboBox *m_correctionGround = nullptr;
    QCheckBox *m_detriment = nullptr;
    QLineEdit *m_consent = nullptr;
};

} // namespace tukipolku::ui

#pragma once

#include "domain/clientcase.h"
#include "domain/decision.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DecisionForm;
class DecisionServicePanel;
class DocumentButtons;
class ErrorLabel;

// The decisions of a case: drafts pre-filled from a measure, what is still
// missing before issuing in words, issuing with a number, the frozen issued
// decision, correcting decisions, and its service on each recipient with
// their own last day for a request for review.
class DecisionsTab final : public QWidget {
    Q_OBJECT

public:
    explicit DecisionsTab(const Session &session, QWidget *parent = nullptr);

    void showCase(const ClientCase &clientCase);
    bool startFromMeasure(const QString &measureId, DecisionSubject subject);

    QTableWidget *list() const { return m_list; }
    DecisionForm *form() const { return m_form; }
    QLabel *missingLabel() const { return m_missing; }
    QLabel *frozenLabel() const { return m_frozen; }
    DecisionServicePanel *servicePanel() const { return m_service; }
    QLabel *appealLabel() const { return m_appeal; }
    ErrorLabel *errorLabel() const { return m_error; }
    // Why the last reading of the list failed; empty when it did not.
    QString readError() const { return m_readError; }

    bool saveDraft();
    // A draft is open for editing, so Ctrl+S has something to save.
    bool canSaveDraft() const;
    bool issue(const QDate &issuedOn, const QString &backdatingReason = {});
    bool startCorrection();
    // Writes the selected decision's document (as issued, when issued) to a PDF file.
    bool saveAsPdf(const QString &path);

signals:
    void decisionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload(const QString &selectId = {});
    void showSelected();
    static QString periodText(const Decision &decision);
    // Whether it is sent, until when it may be reviewed, or since when it is final.
    static QString serviceText(const QList<DecisionRecipient> &recipients);
    void showDecision(const Decision &decision);
    void chooseMeasure();
    void askIssue();
    void retranslateUi();

    const Session &m_session;
    ClientCase m_case;
    QList<Decision> m_decisions;
    Decision m_current;
    QTableWidget *m_list = nullptr;
    DecisionForm *m_form = nullptr;
    QLabel *m_frozen = nullptr;
    QLabel *m_missing = nullptr;
    DecisionServicePanel *m_service = nullptr;
    QLabel *m_appeal = nullptr;
    ErrorLabel *m_error = nullptr;
    QString m_readError;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_correct = nullptr;
    DocumentButtons *m_documents = nullptr;
};

} // namespace tukipolku::ui

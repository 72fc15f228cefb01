#pragma once

#include "domain/decision.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tukipolku {
class Result;
class Session;
}

namespace tukipolku::ui {

class DocumentButtons;

// Whom an issued decision is served on (HL 54–60 §): each recipient's copy,
// how and when it was sent, when it was received, their own last day for a
// request for review and whether they made one; and, above them, whether
// the decision is final (lainvoimainen). Hidden for a draft.
class DecisionServicePanel final : public QWidget {
    Q_OBJECT

public:
    explicit DecisionServicePanel(const Session &session, QWidget *parent = nullptr);

    void showDecision(const Decision &decision);

    QTableWidget *table() const { return m_table; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *reviewButton() const { return m_review; }
    DocumentButtons *copyButtons() const { return m_copy; }
    // The recordings the buttons ask for, for the recipient on `row`; false
    // (and failed()) when refused.
    bool recordSending(int row, NotificationMethod method, const QDate &sentOn, const QDate &receivedOn = {});
    bool recordReceipt(int row, const QDate &receivedOn);
    bool recordReviewRequest(int row, const QDate &requestedOn);

signals:
    void changed();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showSelected();
    void askSending();
    void askReceipt();
    void askReviewRequest();
    // Shows what was recorded and tells the case; the refusal is the caller's to show.
    Result applied(const Result &result);
    bool done(const Result &result);
    void retranslateUi();

    const Session &m_session;
    Decision m_decision;
    QList<DecisionRecipient> m_recipients;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_receipt = nullptr;
    QPushButton *m_review = nullptr;
    QLabel *m_copyLabel = nullptr;
    DocumentButtons *m_copy = nullptr;
};

} // namespace tukipolku::ui

#include "documents/decisionservicepanel.h"

#include "common/clock.h"
#include "common/datereasondialog.h"
#include "common/widgets.h"
#include "documents/sendingdialog.h"
#include "domain/labels.h"
#include "printing/documentbuttons.h"
#include "rules/decisiondates.h"
#include "rules/decisionservice.h"
#include "storage/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
enum Column { Name, Copy, Sent, Received, LastDay, Review, ColumnCount };
} // namespace

DecisionServicePanel::DecisionServicePanel(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_title = new QLabel(this);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_table = makeListTable(ColumnCount, this);
    m_send = new QPushButton(this);
    m_receipt = new QPushButton(this);
    m_review = new QPushButton(this);
    m_copyLabel = new QLabel(this);
    m_copy = new DocumentButtons(this);
    m_copy->setLanguageChoiceVisible(false); // each copy is in its recipient's language
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_send, m_receipt, m_review})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_copyLabel);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, &DecisionServicePanel::showSelected);
    connect(m_send, &QPushButton::clicked, this, &DecisionServicePanel::askSending);
    connect(m_receipt, &QPushButton::clicked, this, &DecisionServicePanel::askReceipt);
    connect(m_review, &QPushButton::clicked, this, &DecisionServicePanel::askReviewRequest);
    connect(m_copy, &DocumentButtons::failed, this, &DecisionServicePanel::failed);
    retranslateUi();
    setVisible(false);
}

void DecisionServicePanel::showDecision(const Decision &decision)
{
    m_decision = decision;
    setVisible(decision.status == DecisionStatus::Issued);
    if (decision.status == DecisionStatus::Issued)
        reload();
}

void DecisionServicePanel::reload()
{
    const int selected = std::max(0, m_table->currentRow());
    const Outcome<QList<DecisionRecipient>> read = m_session.decisionRecipients().ofDecision(m_decision.id);
    m_recipients = read.value_or({}); // never some of them: none, and why
    if (!read)
        emit failed(read.message());
    const QDate today = Clock::today();
    // A failed read says so: never a state worked out from no recipients.
    m_state->setText(!read                    ? read.message()
                     : m_recipients.isEmpty() ? tr("No recipients were recorded when this decision was issued.")
                                              : DecisionService::describe(DecisionService::state(m_recipients, today)));
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_recipients.size()));
    for (int row = 0; row < m_recipients.size(); ++row) {
        const DecisionRecipient &r = m_recipients.at(row);
        const QString role = r.role == RecipientRole::Child ? tr("child") : tr("guardian");
        const QDate lastDay = DecisionDates::lastDayForReview(r);
        QString received = Labels::date(DecisionDates::received(r));
        if (r.isSent() && !r.receivedOn.isValid() && !received.isEmpty())
            received = tr("%1 (presumed)").arg(received);
        fillTableRow(m_table, row,
                     {tr("%1 (%2)").arg(r.name, role), r.language == QLatin1String("sv") ? tr("Swedish") : tr("Finnish"),
                      r.isSent() ? tr("%1, %2").arg(Labels::date(r.sentOn), SendingDialog::methodName(r.method))
                                 : tr("not sent"),
                      received, Labels::date(lastDay), Labels::date(r.reviewRequestedOn)});
    }
    m_table->resizeColumnsToContents();
    fitTableHeight(m_table);
    if (!m_recipients.isEmpty())
        m_table->setCurrentCell(std::min(selected, int(m_recipients.size()) - 1), 0);
    showSelected();
}

void DecisionServicePanel::showSelected()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_recipients.size();
    const DecisionRecipient r = chosen ? m_recipients.at(row) : DecisionRecipient();
    m_send->setEnabled(chosen);
    m_receipt->setEnabled(chosen && r.isSent() && r.method == NotificationMethod::Verifiable);
    m_review->setEnabled(chosen && r.isSent() && !r.reviewRequestedOn.isValid());
    if (!chosen || !r.isSent()) {
        // The copy shows the recipient's own last day: it is printed once the sending is recorded.
        m_copy->setSource({}, QString(), std::nullopt);
        m_copy->setToolTip(tr("Record the sending first: the copy shows the recipient's own last day."));
        return;
    }
    m_copy->setToolTip(QString());
    const Decision decision = m_decision;
    const DecisionDocuments documents = m_session.decisionDocuments();
    m_copy->setSource([documents, decision, r](const QString &) { return documents.recipientCopy(decision, r); },
                      tr("decision-%1-%2").arg(QString(decision.number).replace(QLatin1Char('/'), QLatin1Char('-')),
                                               r.name),
                      m_session.accessLog());
    m_copy->recipientField()->setText(r.name);
}

Result DecisionServicePanel::applied(const Result &result)
{
    if (result) {
        reload();
        emit changed();
    }
    return result;
}

bool DecisionServicePanel::done(const Result &result)
{
    if (!applied(result)) {
        emit failed(result.message());
        return false;
    }
    return true;
}

bool DecisionServicePanel::recordSending(int row, NotificationMethod method, const QDate &sentOn, const QDate &receivedOn)
{
    if (row < 0 || row >= m_recipients.size())
        return false;
    return done(m_session.decisionRecipients().recordSending(m_recipients.at(row).id, method, sentOn, receivedOn));
}

bool DecisionServicePanel::recordReceipt(int row, const QDate &receivedOn)
{
    if (row < 0 || row >= m_recipients.size())
        return false;
    return done(m_session.decisionRecipients().recordReceipt(m_recipients.at(row).id, receivedOn));
}

bool DecisionServicePanel::recordReviewRequest(int row, const QDate &requestedOn)
{
    if (row < 0 || row >= m_recipients.size())
        return false;
    return done(m_session.decisionRecipients().recordReviewRequest(m_recipients.at(row).id, requestedOn));
}

void DecisionServicePanel::askSending()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_recipients.size())
        return;
    SendingDialog dialog(m_recipients.at(row).name,
                         [this, row](NotificationMethod method, const QDate &sentOn, const QDate &receivedOn) {
                             return applied(m_session.decisionRecipients().recordSending(
                                 m_recipients.at(row).id, method, sentOn, receivedOn));
                         },
                         this);
    dialog.exec();
}

void DecisionServicePanel::askReceipt()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_recipients.size())
        return;
    const QString id = m_recipients.at(row).id;
    DateReasonDialog::Texts texts{tr("Receipt came back"),
                                  tr("The day %1 received the decision, as written on the receipt.")
                                      .arg(m_recipients.at(row).name),
                                  tr("&Received on:"), QString(), QString()};
    DateReasonDialog dialog(texts, {}, QString(),
                            [this, id](const QDate &day, const QString &, const QString &) {
                                return applied(m_session.decisionRecipients().recordReceipt(id, day));
                            },
                            this);
    dialog.exec();
}

void DecisionServicePanel::askReviewRequest()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_recipients.size())
        return;
    const QString id = m_recipients.at(row).id;
    DateReasonDialog::Texts texts{tr("Request for review"),
                                  tr("%1 asked for the decision to be reviewed. The decision is not final until the "
                                     "request is decided.")
                                      .arg(m_recipients.at(row).name),
                                  tr("Request &arrived on:"), QString(), QString()};
    DateReasonDialog dialog(texts, {}, QString(),
                            [this, id](const QDate &day, const QString &, const QString &) {
                                return applied(m_session.decisionRecipients().recordReviewRequest(id, day));
                            },
                            this);
    dialog.exec();
}

void DecisionServicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (isVisible())
            reload();
    }
    QWidget::changeEvent(event);
}

void DecisionServicePanel::retranslateUi()
{
    m_title->setText(QStringLiteral("<b>%1</b>").arg(tr("Served on").toHtmlEscaped()));
    m_table->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Copy in"), tr("Sent"), tr("Received"), tr("Last day for review"), tr("Review requested")});
    m_send->setText(tr("Record &sending…"));
    m_receipt->setText(tr("Receipt came &back…"));
    m_review->setText(tr("Request for re&view…"));
    m_copyLabel->setText(tr("The recipient's copy:"));
}

} // namespace tukipolku::ui

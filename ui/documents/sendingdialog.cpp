#include "documents/sendingdialog.h"

#include "common/clock.h"
#include "common/datefield.h"
#include "common/errorlabel.h"
#include "common/result.h"
#include "common/widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tukipolku::ui {

QList<NotificationMethod> SendingDialog::methods()
{
    return {NotificationMethod::Letter, NotificationMethod::InPerson, NotificationMethod::Electronic,
            NotificationMethod::Verifiable};
}

QString SendingDialog::methodName(NotificationMethod method)
{
    switch (method) {
    case NotificationMethod::Letter: return tr("by ordinary letter");
    case NotificationMethod::InPerson: return tr("handed over in person");
    case NotificationMethod::Electronic: return tr("electronically");
    case NotificationMethod::Verifiable: return tr("against a receipt");
    }
    return {};
}

SendingDialog::SendingDialog(const QString &recipientName, Action action, QWidget *parent)
    : QDialog(parent), m_action(std::move(action))
{
    setWindowTitle(tr("Send the decision"));
    auto *explanation = new QLabel(tr("How and when was the decision sent to %1? Their own 30 days for a request for "
                                      "review run from the day they receive it.")
                                       .arg(recipientName),
                                   this);
    explanation->setWordWrap(true);
    m_method = new QComboBox(this);
    for (NotificationMethod method : methods())
        m_method->addItem(methodName(method), int(method));
    m_sent = new DateField(this);
    m_sent->setDate(Clock::today());
    m_received = new DateField(this);
    m_rule = new QLabel(this);
    m_rule->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(this, m_method, tr("&How:")), m_method);
    form->addRow(buddyLabel(this, m_sent, tr("&Sent on:")), m_sent);
    m_receivedLabel = buddyLabel(this, m_received, tr("&Received on:"));
    form->addRow(m_receivedLabel, m_received);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SendingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SendingDialog::reject);
    connect(m_method, &QComboBox::currentIndexChanged, this, &SendingDialog::showMethod);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_rule);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    showMethod();
}

void SendingDialog::showMethod()
{
    const auto method = static_cast<NotificationMethod>(m_method->currentData().toInt());
    // Only a receipt gives a day of its own; the others follow the law's presumption (HL 59 §).
    const bool receipt = method == NotificationMethod::Verifiable;
    m_received->setVisible(receipt);
    m_receivedLabel->setVisible(receipt);
    switch (method) {
    case NotificationMethod::Letter:
        m_rule->setText(tr("Counts as received on the seventh day after it was sent."));
        break;
    case NotificationMethod::Electronic:
        m_rule->setText(tr("Counts as received on the third day after it was sent."));
        break;
    case NotificationMethod::InPerson: m_rule->setText(tr("Received on the day it is handed over.")); break;
    case NotificationMethod::Verifiable:
        m_rule->setText(tr("Received on the day written on the receipt; leave it empty until the receipt comes back."));
        break;
    }
}

void SendingDialog::accept()
{
    const auto method = static_cast<NotificationMethod>(m_method->currentData().toInt());
    const bool receipt = method == NotificationMethod::Verifiable;
    if (!m_sent->isAcceptable() || (receipt && !m_received->isAcceptable())) {
        m_error->showError(!m_sent->isAcceptable() ? m_sent->toolTip() : m_received->toolTip());
        return;
    }
    const QDate received = method == NotificationMethod::Verifiable ? m_received->date() : QDate();
    if (const Result result = m_action(method, m_sent->date(), received); !result) {
        m_error->showError(result.message());
        return;
    }
    QDialog::accept();
}

} // namespace tukipolku::ui

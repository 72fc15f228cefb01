#pragma once

#include "domain/decision.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;

namespace tukipolku {
class Result;
}

namespace tukipolku::ui {

class DateField;
class ErrorLabel;

// Records how a decision was sent to one recipient: the method, the day it
// was sent or handed over and, against a receipt, the day on the receipt.
// The recording runs on OK; a refusal is shown in the dialog.
class SendingDialog final : public QDialog {
    Q_OBJECT

public:
    using Action = std::function<Result(NotificationMethod, const QDate &sentOn, const QDate &receivedOn)>;

    SendingDialog(const QString &recipientName, Action action, QWidget *parent = nullptr);

    QComboBox *methodField() const { return m_method; }
    DateField *sentField() const { return m_sent; }
    DateField *receivedField() const { return m_received; }
    ErrorLabel *errorLabel() const { return m_error; }
    // The method the list names in this order.
    static QList<NotificationMethod> methods();
    static QString methodName(NotificationMethod method);

    void accept() override;

private:
    void showMethod();

    Action m_action;
    QComboBox *m_method = nullptr;
    DateField *m_sent = nullptr;
    DateField *m_received = nullptr;
    QLabel *m_receivedLabel = nullptr;
    QLabel *m_rule = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

#pragma once

#include "domain/worker.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace tukipolku {
class Result;
}

namespace tukipolku::ui {

class DateField;
class ErrorLabel;

// A short dialog asking for a date and a reason or a worker (closing a case,
// urgent measures). The action runs on OK; its refusal is shown in the dialog.
class DateReasonDialog final : public QDialog {
    Q_OBJECT

public:
    struct Texts {
        QString title;
        QString explanation;
        QString dateLabel;
        QString reasonLabel; // no reason field when empty
        QString workerLabel; // no worker field when empty
    };
    using Action = std::function<Result(const QDate &, const QString &reason, const QString &workerId)>;

    DateReasonDialog(const Texts &texts, const QList<Worker> &workers, const QString &workerId, Action action,
                     QWidget *parent = nullptr);

    DateField *dateField() const { return m_date; }
    QLineEdit *reasonField() const { return m_reason; }
    QComboBox *workerField() const { return m_worker; }
    ErrorLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    Action m_action;
    DateField *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_worker = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

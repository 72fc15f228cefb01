#pragma once

#include "domain/family.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;
class InitiationForm;

// Records a contact or a child welfare notification about a child of a
// family: opens the child's case with its initiation. A child who has an open
// case gets the notification on that case, unless the worker writes why it
// must be a case of its own.
class NewCaseDialog final : public QDialog {
    Q_OBJECT

public:
    NewCaseDialog(const Session &session, const Family &family, QWidget *parent = nullptr);

    QComboBox *childField() const { return m_child; }
    void chooseChild(const QString &personId);
    QLineEdit *separateReasonField() const { return m_separateReason; }
    QLabel *openCaseNote() const { return m_openCaseNote; }
    InitiationForm *initiationForm() const { return m_initiation; }
    ErrorLabel *errorLabel() const { return m_error; }
    // The case the notification was recorded on: a new one or the child's open case.
    QString createdCaseId() const { return m_caseId; }
    bool recordedOnOpenCase() const { return m_recordedOnOpenCase; }

    void accept() override;

private:
    void childChosen();
    void recordOnOpenCase();

    const Session &m_session;
    Family m_family;
    QString m_caseId;
    bool m_recordedOnOpenCase = false;
    QString m_openCaseId; // the chosen child's open case, if any
    QString m_openCaseNumber;
    QComboBox *m_child = nullptr;
    QLabel *m_openCaseNote = nullptr;
    QLabel *m_separateLabel = nullptr;
    QLineEdit *m_separateReason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InitiationForm *m_initiation = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

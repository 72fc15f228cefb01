#pragma once

#include "domain/family.h"

#include <QDialog>

class QComboBox;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;
class InitiationForm;

// Records a contact or a child welfare notification about a child of a
// family: opens the child's case with its initiation.
class NewCaseDialog final : public QDialog {
    Q_OBJECT

public:
    NewCaseDialog(const Session &session, const Family &family, QWidget *parent = nullptr);

    QComboBox *childField() const { return m_child; }
    InitiationForm *initiationForm() const { return m_initiation; }
    ErrorLabel *errorLabel() const { return m_error; }
    QString createdCaseId() const { return m_caseId; }

    void accept() override;

private:
    const Session &m_session;
    Family m_family;
    QString m_caseId;
    QComboBox *m_child = nullptr;
    InitiationForm *m_initiation = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

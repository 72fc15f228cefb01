#pragma once

#include "domain/organisation.h"

#include <QDialog>

class QLineEdit;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

// The organiser, the unit and the board that hears requests for review, as
// decisions and agreements name them.
class OrganisationDialog final : public QDialog {
    Q_OBJECT

public:
    explicit OrganisationDialog(const Session &session, QWidget *parent = nullptr);

    QLineEdit *field(QString Organisation::*member) const;
    ErrorLabel *errorLabel() const { return m_error; }
    void accept() override;

private:
    const Session &m_session;
    QList<QPair<QString Organisation::*, QLineEdit *>> m_fields;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

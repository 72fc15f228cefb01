#pragma once

#include "domain/organisation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

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
    // Reads an image file as the letterhead's logo, scaled down and kept as
    // PNG; false (with the reason shown) when the file is not an image.
    bool chooseLogo(const QString &path);
    QByteArray logo() const { return m_logo; }
    void accept() override;

private:
    void showLogo();

    const Session &m_session;
    QByteArray m_logo;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QList<QPair<QString Organisation::*, QLineEdit *>> m_fields;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

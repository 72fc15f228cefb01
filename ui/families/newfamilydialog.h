#pragma once

#include <QDialog>

class QLineEdit;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

// Starts a new family: its name; the members are added on the family page.
class NewFamilyDialog final : public QDialog {
    Q_OBJECT

public:
    explicit NewFamilyDialog(const Session &session, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QString createdFamilyId() const { return m_familyId; }
    void accept() override;

private:
    const Session &m_session;
    QString m_familyId;
    QLineEdit *m_name = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

// The worker using this workstation: their own name, title and phone as
// documents and the case list show them. Who "me" is is chosen on the workers page.
class MePage final : public QWidget {
    Q_OBJECT

public:
    explicit MePage(const Session &session, QWidget *parent = nullptr);

    QLineEdit *firstNamesField() const { return m_firstNames; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *phoneField() const { return m_phone; }
    ErrorLabel *errorLabel() const { return m_error; }
    // Shows the current worker again (after "This is me" on the workers page).
    void reload();
    bool save();

private:
    const Session &m_session;
    QLabel *m_who = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_save = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

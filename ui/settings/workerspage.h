#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tukipolku {
class Session;
class WorkstationSettings;
}

namespace tukipolku::ui {

class ErrorLabel;

// The unit's workers: add one, and choose who uses this workstation (the
// worker recorded on every change and shown in "My cases").
class WorkersPage final : public QWidget {
    Q_OBJECT

public:
    WorkersPage(Session &session, WorkstationSettings &settings, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *firstNamesField() const { return m_firstNames; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QLineEdit *titleField() const { return m_title; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *thisIsMeButton() const { return m_thisIsMe; }
    ErrorLabel *errorLabel() const { return m_error; }

    void addWorker();
    void chooseCurrent();

private:
    void reload();

    Session &m_session;
    WorkstationSettings &m_settings;
    QListWidget *m_list = nullptr;
    QLabel *m_current = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_thisIsMe = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

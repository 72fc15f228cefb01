#pragma once

#include "domain/worker.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
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

// The unit's workers: add one or change one (profession, licence, the
// authority to decide), and choose who uses this workstation (the worker
// recorded on every change and shown in "My cases").
class WorkersPage final : public QWidget {
    Q_OBJECT

public:
    WorkersPage(Session &session, WorkstationSettings &settings, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *firstNamesField() const { return m_firstNames; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QLineEdit *titleField() const { return m_title; }
    QComboBox *professionCombo() const { return m_profession; }
    QCheckBox *licensedField() const { return m_licensed; }
    QLineEdit *registerNumberField() const { return m_registerNumber; }
    QCheckBox *authorityField() const { return m_authority; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *thisIsMeButton() const { return m_thisIsMe; }
    ErrorLabel *errorLabel() const { return m_error; }

    void addWorker();
    // Saves the fields over the worker selected in the list.
    void saveWorker();
    void chooseCurrent();

private:
    // Selects `selectId`, or else the worker using this workstation.
    void reload(const QString &selectId = {});
    void showSelected();
    Worker fromFields(Worker worker) const;
    void clearFields();

    Session &m_session;
    WorkstationSettings &m_settings;
    QListWidget *m_list = nullptr;
    QLabel *m_current = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_profession = nullptr;
    QCheckBox *m_licensed = nullptr;
    QLineEdit *m_registerNumber = nullptr;
    QCheckBox *m_authority = nullptr;
    QList<Worker> m_workers;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_thisIsMe = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

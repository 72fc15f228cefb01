#pragma once

#include "domain/provider.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

// The providers' registry: support families, support persons and family
// workers with their capacity, reminders and children now and before.
class ProvidersPage final : public QWidget {
    Q_OBJECT

public:
    explicit ProvidersPage(const Session &session, QWidget *parent = nullptr);

    void reload();
    QLineEdit *searchField() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    QTableWidget *assignmentsTable() const { return m_assignments; }
    ErrorLabel *errorLabel() const { return m_error; }
    QCheckBox *remindersOnly() const { return m_reminders; }
    QSpinBox *intervalField() const { return m_interval; }

    // Shows every provider and selects `providerId`; false when there is none such.
    bool selectProvider(const QString &providerId);
    void newProvider();
    void editProvider();
    // Imports a CSV file after showing what would be imported; false when nothing was.
    bool importFile(const QString &path);

signals:
    void caseActivated(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showAssignments();
    void chooseImportFile();
    void retranslateUi();

    const Session &m_session;
    QList<Provider> m_providers;
    QStringList m_assignmentCases;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_reminders = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_assignmentsLabel = nullptr;
    QTableWidget *m_assignments = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_import = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

#pragma once

#include "fieldcopy/fieldcopyconflict.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tukipolku {
class FieldCopyImport;
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

// Brings a field copy back: the file and its password, then what it brings
// (new records, records changed there, records kept as changed here) and the
// records changed on both sides, field by field side by side, each with a
// choice of which version to keep. Nothing is written before Import.
class FieldCopyImportDialog final : public QDialog {
    Q_OBJECT

public:
    FieldCopyImportDialog(const Session &session, const QString &file, QWidget *parent = nullptr);
    ~FieldCopyImportDialog() override;

    QLineEdit *password() const { return m_password; }
    QTreeWidget *conflicts() const { return m_conflicts; }
    QLabel *summary() const { return m_summary; }
    ErrorLabel *error() const { return m_error; }
    // The choice of conflict `index` (its combo box).
    QComboBox *choiceOf(int index) const;
    // Decrypts and reads the file with the typed password; false with the reason shown.
    bool readCopy();
    // Writes it with the chosen versions; false with the reason shown.
    bool importCopy();

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString changedText(const QString &at, const QString &by);
    void showConflicts();
    void showSummary();
    void retranslateUi();

    const Session &m_session;
    QString m_file;
    std::unique_ptr<FieldCopyImport> m_import;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_read = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_conflicts = nullptr;
    QList<QComboBox *> m_choices;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tukipolku::ui

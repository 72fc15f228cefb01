#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

// Takes families along on a laptop: the worker ticks the families (their own
// open cases, and the family in view), gives a password and a file, and gets
// one encrypted field copy to import on the laptop.
class FieldCopyExportDialog final : public QDialog {
    Q_OBJECT

public:
    FieldCopyExportDialog(const Session &session, const QString &currentFamilyId, QWidget *parent = nullptr);

    QListWidget *families() const { return m_families; }
    QLineEdit *filter() const { return m_filter; }
    QLineEdit *password() const { return m_password; }
    QLineEdit *repeat() const { return m_repeat; }
    QLineEdit *file() const { return m_file; }
    ErrorLabel *error() const { return m_error; }
    // Writes the field copy; false (with the reason shown) when it cannot.
    bool writeCopy();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void retranslateUi();

    const Session &m_session;
    QListWidget *m_families = nullptr;
    QLineEdit *m_filter = nullptr; // narrows the list by a part of a name
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_familiesLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
};

} // namespace tukipolku::ui

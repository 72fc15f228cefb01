#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace tukipolku {
class Session;
class WorkstationSettings;
}

namespace tukipolku::ui {

class ErrorLabel;

// Backups of this workstation: the folder of the automatic backups (on
// closing the program when something changed, and daily), a backup now — plain
// or encrypted with a password, as for a USB stick — and a restore into a new file.
class BackupsPage final : public QWidget {
    Q_OBJECT

public:
    BackupsPage(const Session &session, WorkstationSettings &settings, QWidget *parent = nullptr);

    QLineEdit *folderField() const { return m_folder; }
    QLabel *statusLabel() const { return m_status; }
    ErrorLabel *errorLabel() const { return m_error; }
    // Each returns false with the reason shown.
    bool backUpNow();
    bool backUpEncrypted(const QString &target, const QString &password);
    bool restore(const QString &backup, const QString &newPath, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseEncryptedTarget();
    void chooseBackupToRestore();
    void useFolder(const QString &folder);
    void showStatus(const QString &done = {});
    void retranslateUi();

    const Session &m_session;
    WorkstationSettings &m_settings;
    QLabel *m_explanation = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
    QList<QWidget *> m_buttons; // choose folder, back up now, encrypted, restore
};

} // namespace tukipolku::ui

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace tukipolku {
class WorkstationSettings;
}

namespace tukipolku::ui {

class ErrorLabel;

// Screen privacy of this workstation: lock after so many idle minutes, and
// the PIN that opens the lock (kept only as an Argon2id hash).
class PrivacyPage final : public QWidget {
    Q_OBJECT

public:
    explicit PrivacyPage(WorkstationSettings &settings, QWidget *parent = nullptr);

    QSpinBox *minutesField() const { return m_minutes; }
    ErrorLabel *errorLabel() const { return m_error; }
    // Sets a new PIN typed twice; false with the reason shown.
    bool setPin(const QString &pin, const QString &again);
    void removePin();

signals:
    void changed(); // the lock should follow the new settings

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState();
    void retranslateUi();

    WorkstationSettings &m_settings;
    QLabel *m_explanation = nullptr;
    QLabel *m_minutesLabel = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_againLabel = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_state = nullptr;
    QList<QWidget *> m_buttons; // set, remove
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

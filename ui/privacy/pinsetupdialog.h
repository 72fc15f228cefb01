#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tukipolku {
class WorkstationSettings;
}

namespace tukipolku::ui {

class ErrorLabel;

// Asks the worker to choose a PIN (at least six digits, typed twice) before
// the first lock or home visit: a lock without a PIN is no lock.
class PinSetupDialog final : public QDialog {
    Q_OBJECT

public:
    PinSetupDialog(WorkstationSettings &settings, QWidget *parent = nullptr);

    // True when a PIN is set, asking for one first when there is none.
    static bool ensurePin(WorkstationSettings &settings, QWidget *parent);

    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *againField() const { return m_again; }
    // Stores the PIN as a hash; false (with the reason shown) when it cannot be used.
    bool save();

private:
    WorkstationSettings &m_settings;
    QLabel *m_intro = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_again = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui

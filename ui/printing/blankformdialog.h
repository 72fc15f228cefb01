#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DocumentButtons;
class ErrorLabel;

// Prints the blank contact form (SHL 35 §) for a school, a child health clinic
// or a family to fill in by hand, with the unit's address on it.
class BlankFormDialog final : public QDialog {
    Q_OBJECT

public:
    // `language`: the form's language to start with, "fi" or "sv".
    BlankFormDialog(const Session &session, const QString &language, QWidget *parent = nullptr);

    DocumentButtons *documentButtons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_explanation = nullptr;
    DocumentButtons *m_buttons = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_close = nullptr;
};

} // namespace tukipolku::ui

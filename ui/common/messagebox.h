#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace tukipolku::ui {

// The program's message boxes. Tests set an automatic answer so that no test
// ever blocks on a modal dialog, and read back what the user would have seen.
class MessageBox final {
public:
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // Test seam: answer every box with `answer` instead of showing it.
    static void setAutomaticAnswer(std::optional<QMessageBox::StandardButton> answer);
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_automaticAnswer;
    static QString s_lastText;
};

} // namespace tukipolku::ui

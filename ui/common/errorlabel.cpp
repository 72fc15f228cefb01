#include "common/errorlabel.h"

namespace tukipolku::ui {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel { color: #8a0016; background: #fde8ec; border: 1px solid #e3a1ad; "
                                 "border-radius: 3px; padding: 6px; }"));
    setVisible(false);
}

void ErrorLabel::showError(const QString &message)
{
    setText(QStringLiteral("⚠ ") + message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::clearError()
{
    clear();
    setVisible(false);
}

} // namespace tukipolku::ui

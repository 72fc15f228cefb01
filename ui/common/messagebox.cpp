#include "common/messagebox.h"

namespace tukipolku::ui {

std::optional<QMessageBox::StandardButton> MessageBox::s_automaticAnswer;
QString MessageBox::s_lastText;

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_automaticAnswer)
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_automaticAnswer)
        return;
    QMessageBox::information(parent, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_automaticAnswer)
        return *s_automaticAnswer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::setAutomaticAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    s_automaticAnswer = answer;
    s_lastText.clear();
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace tukipolku::ui

#include "mainwindow/startpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tukipolku::ui {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_details);
    layout->addStretch();
    retranslateUi();
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StartPage::retranslateUi()
{
    m_title->setText(tr("Tukipolku"));
    m_details->setText(tr("No database is open. Choose File > New Database to start a new one "
                          "or File > Open Database to open an existing one."));
}

} // namespace tukipolku::ui

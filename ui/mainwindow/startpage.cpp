#include "mainwindow/startpage.h"

#include "storage/database.h"
#include "storage/databasesummary.h"

#include <QDir>
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

void StartPage::showDatabase(const Database &database)
{
    m_database = &database;
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
    if (!m_database || !m_database->isOpen()) {
        m_details->setText(tr("No database is open. Choose File > New Database to start a new one "
                              "or File > Open Database to open an existing one."));
        return;
    }
    const DatabaseSummary summary = DatabaseSummary::read(m_database->connection());
    m_details->setText(tr("Database: %1\nFamilies: %2\nPersons: %3\nWorkers: %4")
                           .arg(QDir::toNativeSeparators(m_database->path()))
                           .arg(summary.families)
                           .arg(summary.persons)
                           .arg(summary.workers));
}

} // namespace tukipolku::ui

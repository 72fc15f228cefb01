#include "settings/workerspage.h"

#include "common/errorlabel.h"
#include "settings/workstationsettings.h"
#include "storage/session.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

WorkersPage::WorkersPage(Session &session, WorkstationSettings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{
    m_list = new QListWidget(this);
    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    m_thisIsMe = new QPushButton(tr("&This is me"), this);
    m_thisIsMe->setToolTip(tr("Changes you make are recorded in this worker's name, and \"My cases\" shows their cases."));
    m_firstNames = new QLineEdit(this);
    m_lastName = new QLineEdit(this);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. social worker, social counsellor, family worker"));
    m_phone = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_add = new QPushButton(tr("&Add worker"), this);
    m_error = new ErrorLabel(this);

    auto *newWorker = new QGroupBox(tr("New worker"), this);
    auto *form = new QFormLayout(newWorker);
    const QList<QPair<QString, QLineEdit *>> rows{{tr("&First name:"), m_firstNames}, {tr("&Last name:"), m_lastName},
                                                  {tr("T&itle:"), m_title},           {tr("&Phone:"), m_phone},
                                                  {tr("&E-mail:"), m_email}};
    for (const auto &row : rows) {
        auto *label = new QLabel(row.first, newWorker);
        label->setBuddy(row.second);
        form->addRow(label, row.second);
    }
    form->addRow(QString(), m_add);

    auto *listLabel = new QLabel(tr("&Workers of the unit:"), this);
    listLabel->setBuddy(m_list);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(m_current);
    left->addWidget(m_thisIsMe);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(newWorker, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &WorkersPage::addWorker);
    connect(m_thisIsMe, &QPushButton::clicked, this, &WorkersPage::chooseCurrent);
    reload();
}

void WorkersPage::reload()
{
    m_list->clear();
    const Outcome<QList<Worker>> workers = m_session.workers().all();
    if (!workers) {
        // Never a shorter list, from which a worker could seem to be missing.
        m_error->showError(workers.message());
        m_current->clear();
        return;
    }
    QString currentName;
    for (const Worker &worker : *workers) {
        auto *item = new QListWidgetItem(worker.title.isEmpty() ? worker.fullName()
                                                                : tr("%1, %2").arg(worker.fullName(), worker.title),
                                         m_list);
        item->setData(Qt::UserRole, worker.id);
        if (worker.id == m_session.workerId()) {
            currentName = worker.fullName();
            m_list->setCurrentItem(item);
        }
    }
    m_current->setText(currentName.isEmpty() ? tr("You have not chosen who you are on this workstation.")
                                             : tr("You are: %1").arg(currentName));
}

void WorkersPage::addWorker()
{
    Worker worker;
    worker.firstNames = m_firstNames->text();
    worker.lastName = m_lastName->text();
    worker.title = m_title->text();
    worker.phone = m_phone->text();
    worker.email = m_email->text();
    if (const Result saved = m_session.workers().save(worker); !saved) {
        m_error->showError(saved.message());
        return;
    }
    m_error->clearError();
    for (QLineEdit *field : {m_firstNames, m_lastName, m_title, m_phone, m_email})
        field->clear();
    if (m_session.workerId().isEmpty()) { // the first worker added is usually the user
        m_session.setWorkerId(worker.id);
        m_settings.setCurrentWorkerId(m_session.database().path(), worker.id);
    }
    reload();
}

void WorkersPage::chooseCurrent()
{
    if (!m_list->currentItem())
        return;
    const QString id = m_list->currentItem()->data(Qt::UserRole).toString();
    m_session.setWorkerId(id);
    m_settings.setCurrentWorkerId(m_session.database().path(), id);
    reload();
}

} // namespace tukipolku::ui

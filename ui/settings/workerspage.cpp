#include "settings/workerspage.h"

#include "common/errorlabel.h"
#include "settings/workstationsettings.h"
#include "storage/session.h"

#include <QCheckBox>
#include <QComboBox>
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
    m_profession = new QComboBox(this);
    for (const QString &name : {tr("(not given)"), tr("Social worker"), tr("Social counsellor"), tr("Family worker"),
                                tr("Other")})
        m_profession->addItem(name);
    m_licensed = new QCheckBox(tr("Li&censed social worker (LSL 13 b §)"), this);
    m_registerNumber = new QLineEdit(this);
    m_registerNumber->setPlaceholderText(tr("number in the professional register"));
    m_authority = new QCheckBox(tr("May make &decisions (the organiser's rules)"), this);
    m_authority->setToolTip(tr("Only workers with this authority are offered as decision makers. Any of them may "
                               "decide for a child, a substitute too."));
    m_add = new QPushButton(tr("&Add as a new worker"), this);
    m_save = new QPushButton(tr("&Save changes"), this);
    m_save->setEnabled(false);
    m_error = new ErrorLabel(this);

    auto *newWorker = new QGroupBox(tr("Worker"), this);
    auto *form = new QFormLayout(newWorker);
    const QList<QPair<QString, QWidget *>> rows{{tr("&First name:"), m_firstNames}, {tr("&Last name:"), m_lastName},
                                                {tr("T&itle:"), m_title},           {tr("&Phone:"), m_phone},
                                                {tr("&E-mail:"), m_email},          {tr("Pr&ofession:"), m_profession},
                                                {tr("&Register number:"), m_registerNumber}};
    for (const auto &row : rows) {
        auto *label = new QLabel(row.first, newWorker);
        label->setBuddy(row.second);
        form->addRow(label, row.second);
        if (row.second == m_profession)
            form->addRow(QString(), m_licensed);
    }
    form->addRow(QString(), m_authority);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addStretch();
    form->addRow(QString(), buttons);

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
    connect(m_save, &QPushButton::clicked, this, &WorkersPage::saveWorker);
    connect(m_list, &QListWidget::currentRowChanged, this, &WorkersPage::showSelected);
    connect(m_licensed, &QCheckBox::toggled, m_registerNumber, &QLineEdit::setEnabled);
    m_registerNumber->setEnabled(false);
    connect(m_thisIsMe, &QPushButton::clicked, this, &WorkersPage::chooseCurrent);
    reload();
}

void WorkersPage::reload(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const Outcome<QList<Worker>> workers = m_session.workers().all();
    m_workers = workers.value_or({});
    if (!workers) {
        // Never a shorter list, from which a worker could seem to be missing.
        m_error->showError(workers.message());
        m_current->clear();
        return;
    }
    QString currentName;
    for (const Worker &worker : *workers) {
        QString text = worker.title.isEmpty() ? worker.fullName() : tr("%1, %2").arg(worker.fullName(), worker.title);
        if (worker.decisionAuthority)
            text += QLatin1Char(' ') + tr("(decides)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, worker.id);
        if (worker.id == m_session.workerId()) {
            currentName = worker.fullName();
            if (selectId.isEmpty())
                m_list->setCurrentItem(item);
        }
        if (worker.id == selectId)
            m_list->setCurrentItem(item);
    }
    m_current->setText(currentName.isEmpty() ? tr("You have not chosen who you are on this workstation.")
                                             : tr("You are: %1").arg(currentName));
    showSelected();
}

void WorkersPage::showSelected()
{
    const int row = m_list->currentRow();
    m_save->setEnabled(row >= 0 && row < m_workers.size());
    if (row < 0 || row >= m_workers.size())
        return;
    const Worker &w = m_workers.at(row);
    m_firstNames->setText(w.firstNames);
    m_lastName->setText(w.lastName);
    m_title->setText(w.title);
    m_phone->setText(w.phone);
    m_email->setText(w.email);
    m_profession->setCurrentIndex(int(w.profession));
    m_licensed->setChecked(w.licensed);
    m_registerNumber->setText(w.registerNumber);
    m_authority->setChecked(w.decisionAuthority);
}

Worker WorkersPage::fromFields(Worker worker) const
{
    worker.firstNames = m_firstNames->text();
    worker.lastName = m_lastName->text();
    worker.title = m_title->text();
    worker.phone = m_phone->text();
    worker.email = m_email->text();
    worker.profession = static_cast<Profession>(std::max(0, m_profession->currentIndex()));
    worker.licensed = m_licensed->isChecked();
    worker.registerNumber = m_registerNumber->text();
    worker.decisionAuthority = m_authority->isChecked();
    return worker;
}

void WorkersPage::clearFields()
{
    for (QLineEdit *field : {m_firstNames, m_lastName, m_title, m_phone, m_email, m_registerNumber})
        field->clear();
    m_profession->setCurrentIndex(0);
    m_licensed->setChecked(false);
    m_authority->setChecked(false);
}

void WorkersPage::addWorker()
{
    Worker worker = fromFields(Worker());
    if (const Result saved = m_session.workers().save(worker); !saved) {
        m_error->showError(saved.message());
        return;
    }
    m_error->clearError();
    if (m_session.workerId().isEmpty()) { // the first worker added is usually the user
        m_session.setWorkerId(worker.id);
        m_settings.setCurrentWorkerId(m_session.database().path(), worker.id);
    }
    reload();
    // Empty fields for the next one: nothing of this worker is carried over.
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    clearFields();
    m_save->setEnabled(false);
}

void WorkersPage::saveWorker()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_workers.size())
        return;
    Worker worker = fromFields(m_workers.at(row));
    if (const Result saved = m_session.workers().save(worker); !saved) {
        m_error->showError(saved.message()); // what was typed stays in the fields
        return;
    }
    m_error->clearError();
    reload(worker.id);
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

#include "settings/mepage.h"

#include "common/errorlabel.h"
#include "common/widgets.h"
#include "rules/organisationrules.h"
#include "storage/session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

MePage::MePage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_who = new QLabel(this);
    m_who->setWordWrap(true);
    m_firstNames = new QLineEdit(this);
    m_lastName = new QLineEdit(this);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. social worker, social counsellor, family worker"));
    m_phone = new QLineEdit(this);
    m_phone->setWhatsThis(tr("Printed on decisions and agreements as the number that gives more information."));
    m_email = new QLineEdit(this);
    m_save = new QPushButton(tr("&Save my details"), this);
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_error = new ErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(this, m_firstNames, tr("&First name:")), m_firstNames);
    form->addRow(buddyLabel(this, m_lastName, tr("&Last name:")), m_lastName);
    form->addRow(buddyLabel(this, m_title, tr("T&itle:")), m_title);
    form->addRow(buddyLabel(this, m_phone, tr("&Phone:")), m_phone);
    form->addRow(buddyLabel(this, m_email, tr("&E-mail:")), m_email);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch();
    bottom->addWidget(m_save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_who);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(bottom);
    connect(m_save, &QPushButton::clicked, this, &MePage::save);
    connect(m_phone, &QLineEdit::textChanged, this, [this](const QString &phone) {
        const QString problem = OrganisationRules::phoneProblem(phone);
        markInvalid(m_phone, !problem.isEmpty());
        if (problem.isEmpty())
            m_error->clearError();
        else
            m_error->showError(problem);
    });
    reload();
}

void MePage::reload()
{
    const Outcome<Worker> me = m_session.workers().find(m_session.workerId());
    const Worker worker = me.value_or(Worker());
    m_firstNames->setText(worker.firstNames);
    m_lastName->setText(worker.lastName);
    m_title->setText(worker.title);
    m_phone->setText(worker.phone);
    m_email->setText(worker.email);
    for (QWidget *field : {static_cast<QWidget *>(m_firstNames), static_cast<QWidget *>(m_lastName),
                           static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_phone),
                           static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_save)})
        field->setEnabled(me.has_value());
    if (me.isFailed()) {
        m_who->setText(me.message());
        return;
    }
    m_who->setText(me ? tr("You use this workstation as %1. Changes you make are recorded in this name.")
                            .arg(worker.fullName())
                      : tr("You have not chosen who you are on this workstation. Add yourself or choose yourself "
                           "on the Workers page."));
}

bool MePage::save()
{
    Outcome<Worker> me = m_session.workers().find(m_session.workerId());
    if (!me) {
        m_error->showError(me.message());
        return false;
    }
    me->firstNames = m_firstNames->text();
    me->lastName = m_lastName->text();
    me->title = m_title->text();
    me->phone = m_phone->text();
    me->email = m_email->text();
    if (const QString problem = OrganisationRules::phoneProblem(me->phone); !problem.isEmpty()) {
        m_error->showError(problem);
        return false;
    }
    if (const Result saved = m_session.workers().save(*me); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    m_error->clearError();
    return true;
}

} // namespace tukipolku::ui

#include "cases/notifiergroup.h"

#include "common/widgets.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tukipolku::ui {

NotifierGroup::NotifierGroup(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("notifierGroup"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("notifierName"));
    m_anonymous = new QCheckBox(this);
    m_anonymous->setObjectName(QStringLiteral("notifierAnonymous"));
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("notifierOrganisation"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("notifierTitle"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("notifierPhone"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("notifierEmail"));
    m_form = new QFormLayout(this);
    m_form->addRow(buddyLabel(this, m_name), m_name);
    m_form->addRow(QString(), m_anonymous);
    m_form->addRow(buddyLabel(this, m_organisation), m_organisation);
    m_form->addRow(buddyLabel(this, m_title), m_title);
    m_form->addRow(buddyLabel(this, m_phone), m_phone);
    m_form->addRow(buddyLabel(this, m_email), m_email);
    for (QLineEdit *field : {m_name, m_organisation, m_title, m_phone, m_email})
        connect(field, &QLineEdit::textEdited, this, &NotifierGroup::edited);
    connect(m_anonymous, &QCheckBox::toggled, this, &NotifierGroup::updateAnonymity);
    connect(m_anonymous, &QCheckBox::clicked, this, &NotifierGroup::edited);
    retranslateUi();
}

void NotifierGroup::setNotifier(const Initiation &initiation)
{
    m_name->setText(initiation.notifierName);
    m_anonymous->setChecked(initiation.notifierAnonymous);
    m_organisation->setText(initiation.notifierOrganisation);
    m_title->setText(initiation.notifierTitle);
    m_phone->setText(initiation.notifierPhone);
    m_email->setText(initiation.notifierEmail);
    updateAnonymity();
}

void NotifierGroup::fillIn(Initiation &initiation) const
{
    initiation.notifierAnonymous = m_anonymous->isEnabled() && m_anonymous->isChecked();
    initiation.notifierName = initiation.notifierAnonymous ? QString() : m_name->text();
    initiation.notifierOrganisation = m_organisation->text();
    initiation.notifierTitle = m_title->text();
    initiation.notifierPhone = m_phone->text();
    initiation.notifierEmail = m_email->text();
}

void NotifierGroup::setPrivatePerson(bool privatePerson)
{
    m_anonymous->setEnabled(privatePerson);
    updateAnonymity();
}

void NotifierGroup::updateAnonymity()
{
    const bool anonymous = m_anonymous->isEnabled() && m_anonymous->isChecked();
    m_name->setEnabled(!anonymous);
    if (anonymous)
        m_name->clear();
}

void NotifierGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void NotifierGroup::retranslateUi()
{
    setTitle(tr("Who notified or contacted"));
    setRowLabel(m_form, m_name, tr("Name:"));
    m_anonymous->setText(tr("Wishes to stay anonymous"));
    m_anonymous->setToolTip(tr("A private person may notify without giving their name. A professional obliged "
                               "to notify gives their name."));
    setRowLabel(m_form, m_organisation, tr("Organisation:"));
    setRowLabel(m_form, m_title, tr("Title:"));
    setRowLabel(m_form, m_phone, tr("Phone:"));
    setRowLabel(m_form, m_email, tr("E-mail:"));
}

} // namespace tukipolku::ui

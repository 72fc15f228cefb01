#include "cases/initiationstab.h"

#include "cases/initiationform.h"
#include "common/clock.h"
#include "common/messagebox.h"
#include "domain/labels.h"
#include "printing/documentbuttons.h"
#include "storage/session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tukipolku::ui {

InitiationsTab::InitiationsTab(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_choiceLabel = new QLabel(this);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("initiationChoice"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_choiceLabel->setBuddy(m_choice);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newNotification"));
    m_form = new InitiationForm(this);
    auto *area = new QScrollArea(this);
    area->setWidget(m_form);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    m_contactFormLabel = new QLabel(this);
    m_contactForm = new DocumentButtons(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_choiceLabel);
    top->addWidget(m_choice);
    top->addWidget(m_newButton);
    top->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_contactFormLabel);
    bottom->addWidget(m_contactForm);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(area, 1);
    layout->addLayout(bottom);

    connect(m_form, &InitiationForm::edited, this, [this] {
        if (m_filling)
            return;
        m_edited = true;
        emit edited();
    });
    connect(m_choice, &QComboBox::activated, this, &InitiationsTab::showChosen);
    connect(m_newButton, &QPushButton::clicked, this, &InitiationsTab::startNewNotification);
    retranslateUi();
}

void InitiationsTab::showCase(const ClientCase &clientCase, const QList<Worker> &workers)
{
    const bool sameCase = m_case.id == clientCase.id;
    m_case = clientCase;
    m_form->setWorkers(workers);
    const QString keep = sameCase && clientCase.findInitiation(m_shownId) ? m_shownId : clientCase.initiation.id;
    m_new = false;
    fillChoice();
    showInitiation(keep);
}

bool InitiationsTab::showInitiation(const QString &id)
{
    const Initiation *initiation = m_case.findInitiation(id);
    if (!initiation)
        return false;
    m_new = false;
    m_shownId = initiation->id;
    fillChoice();
    m_filling = true;
    m_form->setInitiation(*initiation);
    m_filling = false;
    m_edited = false;
    const ContactForms forms = m_session.contactForms();
    const QString initiationId = initiation->id;
    m_contactForm->setSource([forms, initiationId](const QString &language) { return forms.document(initiationId, language); },
                             tr("contact-form-%1").arg(m_case.caseNumber), m_session.accessLog());
    m_contactForm->setEnabled(true);
    return true;
}

void InitiationsTab::startNewNotification()
{
    if (m_case.id.isEmpty() || m_case.isClosed() || !mayLeaveForm())
        return;
    Initiation fresh;
    fresh.opensCase = false;
    fresh.receivedAt = Clock::now();
    fresh.receivedAt.setTime(QTime(fresh.receivedAt.time().hour(), fresh.receivedAt.time().minute()));
    fresh.isNotification = true;
    m_new = true;
    m_shownId.clear();
    fillChoice();
    m_filling = true;
    m_form->setInitiation(fresh);
    m_filling = false;
    m_edited = true; // a new notification is unsaved until saved
    m_contactForm->setEnabled(false); // the form is printed from what is saved
    emit switched();
    emit edited();
}

Initiation InitiationsTab::initiation() const
{
    Initiation initiation = m_form->initiation();
    initiation.id = m_new ? QString() : m_shownId;
    initiation.opensCase = !m_new && m_shownId == m_case.initiation.id;
    return initiation;
}

bool InitiationsTab::mayLeaveForm()
{
    if (!m_edited)
        return true;
    const auto answer = MessageBox::question(this, tr("Unsaved changes"),
                                             tr("The notification shown has changes that are not saved. "
                                                "Discard them?"),
                                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void InitiationsTab::fillChoice()
{
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->addItem(choiceText(m_case.initiation), m_case.initiation.id);
    for (const Initiation &later : m_case.laterInitiations)
        m_choice->addItem(choiceText(later), later.id);
    if (m_new) {
        m_choice->addItem(tr("New notification (not saved)"), QString());
        m_choice->setCurrentIndex(m_choice->count() - 1);
    } else {
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(m_shownId)));
    }
    m_newButton->setEnabled(!m_case.id.isEmpty() && !m_case.isClosed() && !m_new);
    m_form->setLaterInitiation(m_new || (!m_shownId.isEmpty() && m_shownId != m_case.initiation.id));
}

void InitiationsTab::showChosen(int index)
{
    const QString id = m_choice->itemData(index).toString();
    if ((m_new && id.isEmpty()) || (!m_new && id == m_shownId))
        return;
    if (!mayLeaveForm()) {
        fillChoice(); // back to the one shown
        return;
    }
    showInitiation(id);
    emit switched();
}

QString InitiationsTab::choiceText(const Initiation &initiation) const
{
    const QString kind = initiation.isNotification ? tr("notification") : tr("contact");
    const QString who = initiation.contactBy == ContactBy::Authority ? Labels::authority(initiation.authorityKind)
                                                                      : Labels::contactBy(initiation.contactBy);
    const QString text = tr("%1: %2, %3").arg(Labels::date(initiation.receivedAt.date()), kind, who);
    return initiation.opensCase ? tr("%1 (opened the case)").arg(text) : text;
}

void InitiationsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InitiationsTab::retranslateUi()
{
    m_choiceLabel->setText(tr("Notifications and contacts:"));
    m_newButton->setText(tr("New notification…"));
    m_newButton->setToolTip(tr("Record a new child welfare notification or contact about this child on this "
                               "case. It has its own urgency assessment and its own 7-working-day decision."));
    m_contactFormLabel->setText(tr("Contact form (SHL 35 §) as saved:"));
    m_contactFormLabel->setToolTip(tr("The form \"Contact with social care for assessing the need for support\", "
                                      "filled in from this initiation: the child, the guardians, who contacted and why."));
    if (!m_case.id.isEmpty())
        fillChoice();
}

} // namespace tukipolku::ui

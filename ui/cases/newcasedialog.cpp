#include "cases/newcasedialog.h"
#include "common/clock.h"

#include "cases/initiationform.h"
#include "common/datefield.h"
#include "common/errorlabel.h"
#include "storage/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tukipolku::ui {

NewCaseDialog::NewCaseDialog(const Session &session, const Family &family, QWidget *parent)
    : QDialog(parent), m_session(session), m_family(family)
{
    setWindowTitle(tr("New case – family %1").arg(family.name));
    m_child = new QComboBox(this);
    for (const Person &child : family.membersWithRole(FamilyRole::Child))
        m_child->addItem(child.fullName(), child.id);
    auto *childLabel = new QLabel(tr("&Child:"), this);
    childLabel->setBuddy(m_child);
    auto *top = new QFormLayout;
    top->addRow(childLabel, m_child);

    m_initiation = new InitiationForm(this);
    const Outcome<QList<Worker>> workers = session.workers().all();
    m_initiation->setWorkers(workers.value_or({}));
    Initiation initiation;
    initiation.receivedAt = Clock::now();
    m_initiation->setInitiation(initiation);

    m_error = new ErrorLabel(this);
    if (!workers)
        m_error->showError(workers.message());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_initiation, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1000, 620);
}

void NewCaseDialog::accept()
{
    if (DateField *invalid = m_initiation->invalidDateField()) {
        m_error->showError(invalid->toolTip());
        invalid->setFocus();
        return;
    }
    ClientCase clientCase;
    clientCase.familyId = m_family.id;
    const QString childId = m_child->currentData().toString();
    for (const Person &child : m_family.membersWithRole(FamilyRole::Child)) {
        if (child.id == childId)
            clientCase.child = child;
    }
    clientCase.responsibleWorkerId = m_session.workerId();
    clientCase.initiation = m_initiation->initiation();
    const Result opened = m_session.cases().open(clientCase);
    if (!opened) {
        m_error->showError(opened.message());
        return;
    }
    m_caseId = clientCase.id;
    QDialog::accept();
}

} // namespace tukipolku::ui

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
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
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
    m_openCaseNote = new QLabel(this);
    m_openCaseNote->setObjectName(QStringLiteral("openCaseNote"));
    m_openCaseNote->setWordWrap(true);
    m_separateReason = new QLineEdit(this);
    m_separateReason->setObjectName(QStringLiteral("separateCaseReason"));
    m_separateLabel = new QLabel(tr("Why a case of its o&wn:"), this);
    m_separateLabel->setBuddy(m_separateReason);
    auto *top = new QFormLayout;
    top->addRow(childLabel, m_child);
    top->addRow(QString(), m_openCaseNote);
    top->addRow(m_separateLabel, m_separateReason);

    m_initiation = new InitiationForm(this);
    const Outcome<QList<Worker>> workers = session.workers().all();
    m_initiation->setWorkers(workers.value_or({}));
    Initiation initiation;
    initiation.receivedAt = Clock::now();
    m_initiation->setInitiation(initiation);
    auto *area = new QScrollArea(this);
    area->setWidget(m_initiation);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);

    m_error = new ErrorLabel(this);
    if (!workers)
        m_error->showError(workers.message());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(area, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_child, &QComboBox::currentIndexChanged, this, &NewCaseDialog::childChosen);
    connect(m_separateReason, &QLineEdit::textChanged, this, &NewCaseDialog::childChosen);
    childChosen();
    resize(1050, 720);
}

void NewCaseDialog::chooseChild(const QString &personId)
{
    const int index = m_child->findData(personId);
    if (index >= 0)
        m_child->setCurrentIndex(index);
}

void NewCaseDialog::childChosen()
{
    // Looked up once per choice of child; the reason only changes the words.
    const QString childId = m_child->currentData().toString();
    if (sender() != m_separateReason) {
        const Outcome<CaseSummary> open = m_session.cases().openCaseOfChild(childId);
        if (open.isFailed())
            m_error->showError(open.message());
        m_openCaseId = open ? open->id : QString();
        m_openCaseNumber = open ? open->caseNumber : QString();
    }
    const bool hasOpenCase = !m_openCaseId.isEmpty();
    m_openCaseNote->setVisible(hasOpenCase);
    m_separateLabel->setVisible(hasOpenCase);
    m_separateReason->setVisible(hasOpenCase);
    m_initiation->setLaterInitiation(hasOpenCase && m_separateReason->text().trimmed().isEmpty());
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    if (!hasOpenCase) {
        save->setText(tr("&Open the case"));
        return;
    }
    m_openCaseNote->setText(tr("%1 has an open case %2. The notification is recorded on that case, with its own "
                               "urgency assessment and 7-working-day decision. Only if it must be a case of its "
                               "own, write why.")
                                .arg(m_child->currentText(), m_openCaseNumber));
    save->setText(m_separateReason->text().trimmed().isEmpty() ? tr("&Record on case %1").arg(m_openCaseNumber)
                                                                : tr("&Open a case of its own"));
}

void NewCaseDialog::recordOnOpenCase()
{
    Initiation initiation = m_initiation->initiation();
    const Result added = m_session.cases().addInitiation(m_openCaseId, initiation);
    if (!added) {
        m_error->showError(added.message());
        return;
    }
    m_caseId = m_openCaseId;
    m_recordedOnOpenCase = true;
    QDialog::accept();
}

void NewCaseDialog::accept()
{
    if (DateField *invalid = m_initiation->invalidDateField()) {
        m_error->showError(invalid->toolTip());
        invalid->setFocus();
        return;
    }
    if (!m_openCaseId.isEmpty() && m_separateReason->text().trimmed().isEmpty()) {
        recordOnOpenCase();
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
    clientCase.initiation.opensCase = true;
    clientCase.initiation.separateCaseReason = m_openCaseId.isEmpty() ? QString() : m_separateReason->text();
    const Result opened = m_session.cases().open(clientCase);
    if (!opened) {
        m_error->showError(opened.message());
        return;
    }
    m_caseId = clientCase.id;
    QDialog::accept();
}

} // namespace tukipolku::ui

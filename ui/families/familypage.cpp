#include "families/familypage.h"
#include "storage/corruptionwatch.h"
#include "storage/databaseerror.h"
#include "common/clock.h"

#include "cases/newcasedialog.h"
#include "common/messagebox.h"
#include "common/widgets.h"
#include "domain/labels.h"
#include "families/persondialog.h"
#include "storage/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {


FamilyPage::FamilyPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_membersLabel = new QLabel(this);
    m_casesLabel = new QLabel(this);
    m_members = makeListTable(5, this);
    m_cases = makeListTable(4, this);
    m_membersLabel->setBuddy(m_members);
    m_casesLabel->setBuddy(m_cases);
    m_addMember = new QPushButton(this);
    m_editMember = new QPushButton(this);
    m_removeMember = new QPushButton(this);
    m_newCase = new QPushButton(this);
    m_openCase = new QPushButton(this);

    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMember);
    memberButtons->addWidget(m_editMember);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addStretch();
    auto *caseButtons = new QHBoxLayout;
    caseButtons->addWidget(m_newCase);
    caseButtons->addWidget(m_openCase);
    caseButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_membersLabel);
    layout->addWidget(m_members, 1);
    layout->addLayout(memberButtons);
    layout->addSpacing(12);
    layout->addWidget(m_casesLabel);
    layout->addWidget(m_cases, 1);
    layout->addLayout(caseButtons);

    connect(m_addMember, &QPushButton::clicked, this, &FamilyPage::addMember);
    connect(m_editMember, &QPushButton::clicked, this, &FamilyPage::editMember);
    connect(m_members, &QTableWidget::activated, this, &FamilyPage::editMember);
    connect(m_removeMember, &QPushButton::clicked, this, &FamilyPage::removeMember);
    connect(m_newCase, &QPushButton::clicked, this, &FamilyPage::newCase);
    auto openCase = [this] {
        const int row = m_cases->currentRow();
        if (row >= 0 && row < m_caseIds.size())
            emit caseActivated(m_caseIds.at(row));
    };
    connect(m_openCase, &QPushButton::clicked, this, openCase);
    connect(m_cases, &QTableWidget::activated, this, openCase);
    retranslateUi();
}

bool FamilyPage::showFamily(const QString &familyId)
{
    // A family read from a damaged page would be shown in part: not shown at all.
    const int damage = CorruptionWatch::count();
    const Outcome<Family> family = m_session.families().find(familyId);
    m_readError.clear();
    if (family.isFailed() || CorruptionWatch::count() != damage) {
        m_readError = family.messageOr(DatabaseError(DatabaseErrorCode::ReadFailed, m_session.database().path()).message());
        return false;
    }
    if (!family)
        return false;
    m_family = *family;
    reload();
    return true;
}

void FamilyPage::reload()
{
    const int damage = CorruptionWatch::count();
    const Outcome<Family> family = m_session.families().find(m_family.id);
    if (family)
        m_family = *family;
    const Outcome<QList<CaseSummary>> cases = m_session.cases().casesOfFamily(m_family.id);
    if (family.isFailed() || !cases || CorruptionWatch::count() != damage) {
        // Never members or cases in part: nothing, and why.
        m_members->setRowCount(0);
        m_cases->setRowCount(0);
        m_caseIds.clear();
        const QString failed = family.isFailed() ? family.message() : cases.message();
        m_title->setText(failed.isEmpty() ? DatabaseError(DatabaseErrorCode::ReadFailed, m_session.database().path()).message()
                                          : failed);
        return;
    }
    m_title->setText(tr("Family %1").arg(m_family.name));
    const QDate today = Clock::today();
    m_members->setRowCount(int(m_family.members.size()));
    for (int row = 0; row < m_family.members.size(); ++row) {
        const FamilyMember &member = m_family.members.at(row);
        const Person &person = member.person;
        const QString identity = person.identityCode.isEmpty()
                                     ? tr("born %1").arg(Labels::date(person.birthDate))
                                     : person.identityCode;
        fillTableRow(m_members, row, {person.lastName + QStringLiteral(", ") + person.firstNames, Labels::role(member.role),
                                 identity, QString::number(person.ageOn(today)),
                                 Labels::language(person.language)});
    }
    m_members->resizeColumnsToContents();
    m_caseIds.clear();
    m_cases->setRowCount(int(cases->size()));
    for (int row = 0; row < cases->size(); ++row) {
        const CaseSummary &summary = cases->at(row);
        m_caseIds << summary.id;
        fillTableRow(m_cases, row, {summary.caseNumber, summary.childName, Labels::stage(summary.stage),
                               summary.nextDeadlineDue.isValid()
                                   ? Labels::date(summary.nextDeadlineDue)
                                   : tr("none open")});
    }
    m_cases->resizeColumnsToContents();
    m_newCase->setEnabled(!m_family.membersWithRole(FamilyRole::Child).isEmpty());
}

void FamilyPage::addMember()
{
    PersonDialog dialog(m_session, m_family.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit familyChanged();
    }
}

void FamilyPage::editMember()
{
    const int row = m_members->currentRow();
    if (row < 0 || row >= m_family.members.size())
        return;
    const FamilyMember member = m_family.members.at(row);
    PersonDialog dialog(m_session, m_family.id, this);
    dialog.setPerson(member.person, member.role);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit familyChanged();
    }
}

void FamilyPage::removeMember()
{
    const int row = m_members->currentRow();
    if (row < 0 || row >= m_family.members.size())
        return;
    const FamilyMember member = m_family.members.at(row);
    if (MessageBox::question(this, tr("Remove from the family"),
                             tr("Remove %1 from the family %2? The person's records and cases are kept.")
                                 .arg(member.person.fullName(), m_family.name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (const Result removed = m_session.families().removeMember(member.id); !removed)
        MessageBox::warning(this, tr("Remove from the family"), removed.message());
    reload();
    emit familyChanged();
}

void FamilyPage::newCase()
{
    NewCaseDialog dialog(m_session, m_family, this);
    // The child chosen in the members list is the one the notification is about.
    const int row = m_members->currentRow();
    if (row >= 0 && row < m_family.members.size())
        dialog.chooseChild(m_family.members.at(row).person.id);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit familyChanged();
        emit caseActivated(dialog.createdCaseId());
    }
}

void FamilyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_family.id.isEmpty())
            reload();
    }
    QWidget::changeEvent(event);
}

void FamilyPage::retranslateUi()
{
    m_membersLabel->setText(tr("&Members:"));
    m_casesLabel->setText(tr("&Cases:"));
    m_members->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Identity code"), tr("Age"), tr("Language")});
    m_cases->setHorizontalHeaderLabels({tr("Case"), tr("Child"), tr("Stage"), tr("Next deadline")});
    m_addMember->setText(tr("&Add person…"));
    m_editMember->setText(tr("&Edit…"));
    m_removeMember->setText(tr("&Remove from family"));
    m_newCase->setText(tr("&New notification…"));
    m_newCase->setToolTip(tr("Record a contact or a child welfare notification about a child of this family. "
                             "A child with an open case gets it on that case."));
    m_openCase->setText(tr("&Open case"));
}

} // namespace tukipolku::ui

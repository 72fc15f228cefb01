// The main window's privacy on home visits: starting and ending a visit with
// the PIN, its banner, and closing the database after ten wrong PINs.
#include "mainwindow/mainwindow.h"

#include "cases/caselistpage.h"
#include "cases/casepage.h"
#include "common/messagebox.h"
#include "families/familypage.h"
#include "privacy/homevisit.h"
#include "privacy/pinsetupdialog.h"
#include "privacy/screenlock.h"
#include "worklist/worklistpage.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>

namespace tukipolku::ui {

void MainWindow::startHomeVisit()
{
    QString familyId;
    if (currentPage() == m_familyPage && m_familyPage)
        familyId = m_familyPage->family().id;
    else if (currentPage() == m_casePage && m_casePage)
        familyId = m_casePage->currentCase().familyId;
    if (familyId.isEmpty()) {
        MessageBox::information(this, tr("Home visit"), tr("Open the family or a case of the family you visit first."));
        return;
    }
    // A visit anyone could end is no protection: the first one asks for a PIN.
    if (!PinSetupDialog::ensurePin(m_settings, this))
        return;
    if (!leaveCurrentPage() || !showFamily(familyId))
        return;
    m_homeVisit->start(familyId, {m_familyAction, m_help, m_endHomeVisit, m_quit});
    m_endHomeVisit->setVisible(true);
    m_startHomeVisit->setVisible(false);
    showHomeVisitBanner();
}

void MainWindow::showHomeVisitBanner()
{
    m_homeVisitBanner->setVisible(m_homeVisit->isActive());
    m_homeVisitBanner->setText(tr("Home visit: only this family is shown. End the visit with your PIN "
                                  "(File ▸ End the Home Visit…)."));
}

void MainWindow::askToEndHomeVisit()
{
    bool given = false;
    const QString pin =
        QInputDialog::getText(this, tr("End the home visit"), tr("Your PIN:"), QLineEdit::Password, QString(), &given);
    if (given)
        endHomeVisit(pin);
}

bool MainWindow::endHomeVisit(const QString &pin)
{
    const PinGuard::Answer answer = m_homeVisit->end(pin);
    if (answer != PinGuard::Answer::Opened) {
        if (answer == PinGuard::Answer::TooManyTries)
            closeDatabaseForGood();
        MessageBox::warning(this, tr("End the home visit"), m_pinGuard.message(answer));
        return false;
    }
    m_endHomeVisit->setVisible(false);
    m_startHomeVisit->setVisible(true);
    showHomeVisitBanner();
    updateStatus();
    return true;
}

void MainWindow::closeDatabaseForGood()
{
    if (m_closedForGood)
        return;
    m_closedForGood = true;
    // Nothing of a client stays on the screen or in reach: the pages go, the
    // connection closes, and no database opens again in this run.
    if (m_caseList)
        m_caseList->setSession(nullptr);
    m_worklist->setSession(nullptr);
    if (!m_lock->isLocked())
        m_pages->setCurrentWidget(m_lock->lockPage());
    m_lock->closeProgramButton()->setVisible(true);
    m_database->close();
    for (QAction *action : findChildren<QAction *>()) {
        if (action != m_quit && !action->menu())
            action->setEnabled(false);
    }
    m_quit->setEnabled(true);
}

} // namespace tukipolku::ui

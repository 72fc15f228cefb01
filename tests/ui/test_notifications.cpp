// A new notification on the case page, and a new notification about a child
// who has an open case, recorded on that case.
#include "catchshim.h"
#include "modalresponder.h"
#include "sessionfixtures.h"

#include "cases/casepage.h"
#include "cases/initiationform.h"
#include "cases/initiationstab.h"
#include "cases/newcasedialog.h"
#include "common/clock.h"
#include "common/datefield.h"
#include "common/errorlabel.h"
#include "common/messagebox.h"
#include "domain/labels.h"
#include "families/familypage.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "settings/workstationsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace tukipolku;
using namespace tukipolku::ui;

namespace {
struct Window {
    QTemporaryDir dir;
    LanguageManager languages;
    WorkstationSettings settings;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        languages.setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(languages, settings);
        REQUIRE_FALSE(window->openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
        window->show();
    }
};

QCheckBox *reasonBox(InitiationForm *form, const QString &text)
{
    for (QCheckBox *box : form->findChildren<QCheckBox *>()) {
        if (box->text() == text)
            return box;
    }
    FAIL("no reason box " << text.toStdString());
    return nullptr;
}
} // namespace

TEST_CASE("UI: a new notification on the case page gets its own deadline and asks about the police",
          "[ui][notifications]")
{
    Window w;
    Session &session = w.window->session();
    const ClientCase c = test::openCaseOfIida(session, QDateTime(Clock::today().addDays(-40), QTime(10, 0)));
    REQUIRE(w.window->showCase(c.id));
    CasePage *page = w.window->casePage();
    InitiationsTab *tab = page->initiationsTab();
    page->tabs()->setCurrentIndex(CasePage::InitiationTab);
    REQUIRE(tab->choice()->count() == 1);
    REQUIRE(tab->newButton()->isEnabled());

    tab->newButton()->click();
    CHECK(tab->isNewNotification());
    CHECK(tab->choice()->count() == 2);
    InitiationForm *form = tab->form();
    CHECK(form->receivedDateField()->date() == Clock::today()); // received now
    CHECK(form->decisionField()->itemText(1) == QStringLiteral("Taken into the ongoing work"));
    CHECK(form->deadlineLabel()->text().contains(QStringLiteral("Decision on this notification due by")));

    // A reason that suggests an offence against the child asks about the police.
    CHECK(form->policeGroup()->isHidden());
    reasonBox(form, Labels::reason(ContactReason::ViolenceAgainstChild))->setChecked(true);
    CHECK_FALSE(form->policeGroup()->isHidden());
    form->notifierField()->setCurrentIndex(form->notifierField()->findText(Labels::notifier(NotifierKind::ObligedProfessional)));
    form->contactByField()->setCurrentIndex(form->contactByField()->findText(Labels::contactBy(ContactBy::Authority)));
    form->authorityField()->setCurrentIndex(form->authorityField()->findText(Labels::authority(AuthorityKind::School)));
    form->findChild<QLineEdit *>(QStringLiteral("notifierName"))->setText(QStringLiteral("Jukka Hirvonen"));
    const bool stored = page->saveCurrentTab();
    INFO(page->errorLabel()->text().toStdString());
    REQUIRE(stored);
    CHECK_FALSE(page->hasUnsavedChanges()); // saved: leaving the case asks nothing

    const ClientCase saved = *session.cases().find(c.id);
    REQUIRE(saved.laterInitiations.size() == 1);
    CHECK(saved.laterInitiations.first().notifierName == QStringLiteral("Jukka Hirvonen"));
    CHECK(saved.laterInitiations.first().reasons == QList<ContactReason>{ContactReason::ViolenceAgainstChild});
    CHECK_FALSE(tab->isNewNotification());
    CHECK(tab->choice()->count() == 2);
    CHECK(tab->choice()->currentData().toString() == saved.laterInitiations.first().id);
    // The header says in red what cannot wait.
    const QString header = page->deadlinesLabel()->text();
    CHECK(header.contains(QStringLiteral("urgency not assessed")));
    CHECK(header.contains(QStringLiteral("reported to the police")));

    // Every kind of notifier is offered: a joint contact (LSL 25 a §) is shown and kept.
    Initiation joint = saved.laterInitiations.first();
    joint.notifierKind = NotifierKind::JointContact;
    form->setInitiation(joint);
    CHECK(form->notifierField()->currentText() == Labels::notifier(NotifierKind::JointContact));
    CHECK(form->initiation().notifierKind == NotifierKind::JointContact);

    // Choosing the first one (a change in view would be asked about first)
    // shows it again, as it opened the case.
    MessageBox::setAutomaticAnswer(QMessageBox::Discard);
    tab->choice()->setCurrentIndex(0);
    emit tab->choice()->activated(0);
    MessageBox::setAutomaticAnswer(std::nullopt);
    CHECK(form->decisionField()->itemText(1) == QStringLiteral("Yes"));
    CHECK(form->receivedDateField()->date() == c.initiation.receivedAt.date());
}

TEST_CASE("UI: a notification about a child with an open case is recorded on that case", "[ui][notifications]")
{
    Window w;
    Session &session = w.window->session();
    const ClientCase c = test::openCaseOfIida(session, QDateTime(Clock::today().addDays(-40), QTime(10, 0)));
    const Family family = *session.families().find(c.familyId);

    SECTION("on the open case, with a note saying so")
    {
        NewCaseDialog dialog(session, family);
        dialog.chooseChild(c.child.id);
        CHECK_FALSE(dialog.openCaseNote()->isHidden());
        CHECK(dialog.openCaseNote()->text().contains(c.caseNumber));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        CHECK(save->text() == QStringLiteral("&Record on case %1").arg(c.caseNumber));
        dialog.accept();
        INFO(dialog.errorLabel()->text().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.recordedOnOpenCase());
        CHECK(dialog.createdCaseId() == c.id);
        CHECK(session.cases().find(c.id)->laterInitiations.size() == 1);
        CHECK(session.cases().casesOfFamily(family.id)->size() == 1);
    }

    SECTION("a case of its own only with the reason")
    {
        NewCaseDialog dialog(session, family);
        dialog.chooseChild(c.child.id);
        dialog.separateReasonField()->setText(QStringLiteral("Eri kunta vastaa; siirretään."));
        dialog.accept();
        INFO(dialog.errorLabel()->text().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.recordedOnOpenCase());
        CHECK(dialog.createdCaseId() != c.id);
        const ClientCase own = *session.cases().find(dialog.createdCaseId());
        CHECK(own.initiation.separateCaseReason == QStringLiteral("Eri kunta vastaa; siirretään."));
        // Saved again from the case page, whose form does not show it: the reason stays.
        Initiation again = own.initiation;
        again.separateCaseReason.clear();
        REQUIRE(session.cases().saveInitiation(own.id, again).ok());
        CHECK(session.cases().find(own.id)->initiation.separateCaseReason
              == QStringLiteral("Eri kunta vastaa; siirretään."));
        CHECK(session.cases().find(c.id)->laterInitiations.isEmpty());
    }
}

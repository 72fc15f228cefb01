#include "catchshim.h"
#include "modalresponder.h"

#include "cases/assessmentform.h"
#include "cases/caselistpage.h"
#include "cases/casepage.h"
#include "cases/initiationform.h"
#include "cases/stagebar.h"
#include "cases/newcasedialog.h"
#include "common/datefield.h"
#include "common/errorlabel.h"
#include "common/messagebox.h"
#include "families/familypage.h"
#include "families/newfamilydialog.h"
#include "families/persondialog.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "models/caselistmodel.h"
#include "rules/identitycode.h"
#include "settings/workerspage.h"
#include "settings/workstationsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tukipolku;
using namespace tukipolku::ui;
using tukipolku::test::respondToModal;

namespace {

void addPerson(FamilyPage &page, const QString &first, const QString &last, const QString &code, FamilyRole role)
{
    respondToModal<PersonDialog>([=](PersonDialog *dialog) {
        dialog->firstNamesField()->setText(first);
        dialog->lastNameField()->setText(last);
        QTest::keyClicks(dialog->identityCodeField(), code);
        dialog->roleField()->setCurrentIndex(int(role));
        dialog->accept();
    });
    page.addMemberButton()->click();
}

struct Fixture {
    QTemporaryDir dir;
    LanguageManager languages;
    WorkstationSettings settings;
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        MessageBox::setAutomaticAnswer(QMessageBox::Yes);
        languages.setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(languages, settings);
        REQUIRE_FALSE(window->openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
        window->show();
    }
    ~Fixture() { MessageBox::setAutomaticAnswer(std::nullopt); }

    void addWorkers()
    {
        WorkersPage workers(window->session(), settings, window.get());
        for (const auto &name : {std::pair{"Aino", "Aaltonen"}, std::pair{"Liisa", "Lehtonen"}}) {
            workers.firstNamesField()->setText(QLatin1String(name.first));
            workers.lastNameField()->setText(QLatin1String(name.second));
            workers.titleField()->setText(QStringLiteral("social worker"));
            workers.professionCombo()->setCurrentIndex(1); // social worker
            workers.licensedField()->setChecked(true); // may be a client's responsible worker (LSL 13 b §)
            workers.registerNumberField()->setText(QStringLiteral("1000432%1").arg(int(name.first[0])));
            workers.addButton()->click();
        }
    }
};

} // namespace

TEST_CASE("UI: a notification received on a Tuesday shows its due date – the assessment starts child welfare",
          "[ui][pathway]")
{
    Fixture f;
    f.addWorkers();
    REQUIRE_FALSE(f.window->session().workerId().isEmpty()); // the first worker added is "me"

    // A new family with a guardian and two children.
    respondToModal<NewFamilyDialog>([](NewFamilyDialog *dialog) {
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Korhonen"));
        dialog->accept();
    });
    f.window->newFamilyAction()->trigger();
    REQUIRE(f.window->currentPage() == f.window->familyPage());
    FamilyPage &family = *f.window->familyPage();
    addPerson(family, QStringLiteral("Sanna"), QStringLiteral("Korhonen"), makeIdentityCode(QDate(1987, 6, 2), 944),
              FamilyRole::Guardian);
    addPerson(family, QStringLiteral("Onni"), QStringLiteral("Korhonen"), makeIdentityCode(QDate(2014, 1, 20), 917),
              FamilyRole::Child);
    addPerson(family, QStringLiteral("Aada"), QStringLiteral("Korhonen"), makeIdentityCode(QDate(2019, 8, 8), 926),
              FamilyRole::Child);
    REQUIRE(family.membersTable()->rowCount() == 3);
    CHECK(family.membersTable()->item(0, 1)->text() == QLatin1String("Guardian"));

    // A child welfare notification from the school, received on Tuesday 3.3.2026.
    respondToModal<NewCaseDialog>([](NewCaseDialog *dialog) {
        dialog->childField()->setCurrentIndex(dialog->childField()->findText(QStringLiteral("Onni Korhonen")));
        InitiationForm *form = dialog->initiationForm();
        form->receivedDateField()->setText(QStringLiteral("3.3.2026"));
        form->contactByField()->setCurrentIndex(4); // another authority
        form->authorityField()->setCurrentIndex(2); // school
        form->notificationField()->setChecked(true);
        form->notifierField()->setCurrentIndex(1); // obliged professional
        CHECK(form->deadlineLabel()->text().contains(QStringLiteral("12.3.2026")));
        dialog->accept();
    });
    family.newCaseButton()->click();
    REQUIRE(f.window->currentPage() == f.window->casePage());
    CasePage &page = *f.window->casePage();
    CHECK(page.titleLabel()->text().contains(QStringLiteral("Onni Korhonen")));
    CHECK(page.deadlinesLabel()->text().contains(QStringLiteral("due 12.3.2026")));
    CHECK(page.stageBar()->stepTexts().first().startsWith(QStringLiteral("● ")));

    // The case list shows the same due date.
    f.window->caseListAction()->trigger();
    REQUIRE(f.window->currentPage() == f.window->caseListPage());
    CaseListModel *model = f.window->caseListPage()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, CaseListModel::ChildColumn).data().toString() == QLatin1String("Korhonen, Onni"));
    CHECK(model->index(0, CaseListModel::DeadlineColumn).data().toString().startsWith(QStringLiteral("12.3.2026")));
    CHECK(model->index(0, CaseListModel::DeadlineColumn).data().toString().contains(QStringLiteral("overdue")));

    // Search as you type finds the case by first name, identity code and case number.
    QTest::keyClicks(f.window->caseListPage()->searchField(), QStringLiteral("onn"));
    CHECK(model->rowCount() == 1);
    f.window->caseListPage()->searchField()->setText(QStringLiteral("aada")); // the sibling finds the family's case
    CHECK(model->rowCount() == 1);
    f.window->caseListPage()->searchField()->setText(QStringLiteral("lindqvist"));
    CHECK(model->rowCount() == 0);
    f.window->caseListPage()->searchField()->setText(QStringLiteral("2026-0000"));
    CHECK(model->rowCount() == 1);

    // Open it again from the list, decide that the assessment starts, complete it.
    f.window->caseListPage()->view()->setCurrentIndex(f.window->caseListPage()->view()->model()->index(0, 0));
    QTest::keyClick(f.window->caseListPage()->view(), Qt::Key_Return);
    REQUIRE(f.window->currentPage() == f.window->casePage());
    page.tabs()->setCurrentIndex(CasePage::InitiationTab);
    auto *starts = page.initiationForm()->findChildren<QComboBox *>().last();
    Q_UNUSED(starts);
    Initiation initiation = page.initiationForm()->initiation();
    initiation.decidedOn = QDate(2026, 3, 10);
    initiation.assessmentStarts = true;
    page.initiationForm()->setInitiation(initiation);
    REQUIRE(page.saveCurrentTab());
    CHECK(page.deadlinesLabel()->text().contains(QStringLiteral("done 10.3.2026 (due 12.3.2026)")));

    page.tabs()->setCurrentIndex(CasePage::AssessmentTab);
    AssessmentForm *assessment = page.assessmentForm();
    CHECK(assessment->startedField()->text() == QLatin1String("10.3.2026"));
    assessment->completedField()->setText(QStringLiteral("28.5.2026"));
    assessment->needDurationField()->setCurrentIndex(3); // long-term
    assessment->childWelfareNeedField()->setChecked(true);
    // Without a responsible social worker the save is refused and the input stays.
    assessment->responsibleWorkerField()->setCurrentIndex(0);
    CHECK_FALSE(page.saveCurrentTab());
    CHECK(page.errorLabel()->text().contains(QStringLiteral("responsible social worker")));
    CHECK(assessment->completedField()->text() == QLatin1String("28.5.2026"));
    assessment->responsibleWorkerField()->setCurrentIndex(
        assessment->responsibleWorkerField()->findText(QStringLiteral("Liisa Lehtonen"), Qt::MatchStartsWith));
    REQUIRE(page.saveCurrentTab());
    CHECK(page.statusLabel()->text().contains(QStringLiteral("Child welfare client since 28.5.2026")));
    CHECK(page.statusLabel()->text().contains(QStringLiteral("Liisa Lehtonen")));
    CHECK(page.stageBar()->stepTexts().at(2).startsWith(QStringLiteral("● "))); // client plan next
    CHECK(page.historyTable()->rowCount() > 0);
}

TEST_CASE("UI: the identity code field says what is wrong as it is typed", "[ui][persons]")
{
    Fixture f;
    PersonDialog dialog(f.window->session(), QString());
    QTest::keyClicks(dialog.identityCodeField(), QStringLiteral("131052-308X"));
    CHECK(dialog.identityCodeStatus()->text().contains(QStringLiteral("should be T, not X")));
    dialog.identityCodeField()->setText(QStringLiteral("310299-9"));
    CHECK(dialog.identityCodeStatus()->text().contains(QStringLiteral("11 characters")));
    dialog.identityCodeField()->setText(QStringLiteral("131052-308T"));
    CHECK(dialog.identityCodeStatus()->text().startsWith(QStringLiteral("✓")));
    CHECK(dialog.birthDateField()->text() == QLatin1String("13.10.1952"));
    CHECK_FALSE(dialog.birthDateField()->isEnabled());
    // Saving without names keeps the dialog open with the reason.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorLabel()->isVisibleTo(&dialog));
    CHECK(dialog.identityCodeField()->text() == QLatin1String("131052-308T"));
}

TEST_CASE("UI: leaving a case with unsaved changes asks first", "[ui][pathway]")
{
    Fixture f;
    f.addWorkers();
    Family family;
    family.name = QStringLiteral("Berg");
    REQUIRE(f.window->session().families().save(family).ok());
    Person child;
    child.firstNames = QStringLiteral("Linnea");
    child.lastName = QStringLiteral("Berg");
    child.birthDate = QDate(2018, 4, 1);
    child.language = PersonLanguage::Swedish;
    REQUIRE(f.window->session().families().addMember(family.id, child, FamilyRole::Child).ok());
    ClientCase c;
    c.familyId = family.id;
    c.child = child;
    c.initiation.receivedAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0));
    REQUIRE(f.window->session().cases().open(c).ok());
    REQUIRE(f.window->showCase(c.id));
    QTest::keyClicks(f.window->casePage()->assessmentForm()->startedField(), QStringLiteral("2.9.2026"));
    REQUIRE(f.window->casePage()->hasUnsavedChanges());

    MessageBox::setAutomaticAnswer(QMessageBox::Cancel);
    f.window->caseListAction()->trigger();
    CHECK(f.window->currentPage() == f.window->casePage()); // stayed
    CHECK(MessageBox::lastText().contains(c.caseNumber));

    MessageBox::setAutomaticAnswer(QMessageBox::Discard);
    f.window->caseListAction()->trigger();
    CHECK(f.window->currentPage() == f.window->caseListPage());
}

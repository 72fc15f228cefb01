#include "catchshim.h"
#include "common/clock.h"
#include "fixedclock.h"

#include "sessionfixtures.h"

#include "cases/caselistpage.h"
#include "common/daywatcher.h"
#include "domain/labels.h"
#include "models/caselistmodel.h"

#include "cases/casepage.h"
#include "dashboard/barchart.h"
#include "dashboard/dashboardpage.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerspage.h"
#include "settings/workstationsettings.h"
#include "worklist/worklistmodel.h"
#include "worklist/worklistpage.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace tukipolku;
using namespace tukipolku::ui;

namespace {
// The program on a new database in English, with one worker, Aino Aaltonen.
struct Unit {
    QTemporaryDir dir;
    LanguageManager languages;
    bool english = (languages.setLanguage(QStringLiteral("en")), true); // before the window is made
    WorkstationSettings settings;
    MainWindow window{languages, settings};
    Worker me;

    Unit()
    {
        REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
        window.show();
        me.firstNames = QStringLiteral("Aino");
        me.lastName = QStringLiteral("Aaltonen");
        REQUIRE(window.session().workers().save(me).ok());
    }
};

int rowOf(const WorklistModel *model, WorkKind kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row).kind == kind)
            return row;
    }
    return -1;
}
} // namespace

TEST_CASE("UI: the program opens on the worklist – a row opens the right form", "[ui][worklist]")
{
    Unit unit;
    MainWindow &window = unit.window;
    Session &session = window.session();
    const Worker me = unit.me;
    session.setWorkerId(me.id);
    ClientCase c = test::familyOfIida(session);
    c.responsibleWorkerId = me.id;
    c.initiation.receivedAt = QDateTime(Clock::today().addDays(-20), QTime(10, 0)); // overdue by now
    c.initiation.isNotification = true;
    c.initiation.notifierKind = NotifierKind::ObligedProfessional;
    REQUIRE(session.cases().open(c).ok());
    Provider laine;
    laine.kind = ProviderKind::SupportFamily;
    laine.name = QStringLiteral("Laine, Anna ja Matti");
    REQUIRE(session.providers().save(laine).ok()); // no criminal record extract yet

    REQUIRE(window.currentPage() == static_cast<QWidget *>(window.worklistPage()));
    WorklistPage *page = window.worklistPage();
    QSignalSpy loaded(page, &WorklistPage::loaded);
    REQUIRE(loaded.wait(10000)); // the rows are read in the background after the first paint
    CHECK(page->shownWorker() == me.id); // my own work first
    const WorklistModel *model = page->model();
    const int decide = rowOf(model, WorkKind::InitiationDecision);
    REQUIRE(decide >= 0);
    CHECK(model->item(decide).isOverdue(Clock::today()));
    CHECK(model->data(model->index(decide, WorklistModel::Due)).toString().contains(QStringLiteral("overdue")));
    CHECK(model->data(model->index(decide, WorklistModel::Name)).toString() == QStringLiteral("Iida Mäkelä"));
    CHECK(rowOf(model, WorkKind::NotificationNotTold) >= 0);
    CHECK(rowOf(model, WorkKind::CriminalRecordDue) < 0); // the providers are in the unit's list
    CHECK(page->caseloadText(0).contains(QStringLiteral("Aino Aaltonen: 0 / 30")));

    // Enter on the row opens the case at its initiation.
    page->view()->setFocus();
    page->view()->setCurrentIndex(model->index(decide, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    REQUIRE(window.currentPage() == static_cast<QWidget *>(window.casePage()));
    CHECK(window.casePage()->currentCase().id == c.id);
    CHECK(window.casePage()->tabs()->currentIndex() == CasePage::InitiationTab);

    // The whole unit's list has the provider's extract; its row opens the provider.
    window.showWorklist();
    page->showWorkOf(QString());
    REQUIRE(loaded.wait(10000));
    const int extract = rowOf(page->model(), WorkKind::CriminalRecordDue);
    REQUIRE(extract >= 0);
    CHECK(page->model()->item(extract).name == laine.name);
    page->openRow(extract);
    REQUIRE(window.currentPage() == static_cast<QWidget *>(window.providersPage()));
    const int selected = window.providersPage()->table()->currentRow();
    REQUIRE(selected >= 0);
    CHECK(window.providersPage()->table()->item(selected, 0)->text().contains(QStringLiteral("Laine")));
}

TEST_CASE("UI: the dashboard shows the deadlines met by month and the caseload per worker", "[ui][worklist][dashboard]")
{
    Unit unit;
    MainWindow &window = unit.window;
    Session &session = window.session();
    const Worker me = unit.me;
    Family family;
    family.name = QStringLiteral("Mäkelä");
    REQUIRE(session.families().save(family).ok());
    const QDate today = Clock::today();
    // Two initiations decided this month: one within 7 working days, one late.
    for (const auto &[name, received] : {std::pair{"Iida", today.addDays(-40)}, std::pair{"Onni", today.addDays(-3)}}) {
        Person child;
        child.firstNames = QString::fromUtf8(name);
        child.lastName = QStringLiteral("Mäkelä");
        child.birthDate = QDate(2017, 9, 9);
        REQUIRE(session.families().addMember(family.id, child, FamilyRole::Child).ok());
        ClientCase c;
        c.familyId = family.id;
        c.child = child;
        c.responsibleWorkerId = me.id;
        c.initiation.receivedAt = QDateTime(received, QTime(10, 0));
        c.initiation.decidedOn = today;
        c.initiation.assessmentStarts = true;
        REQUIRE(session.cases().open(c).ok());
    }

    QSignalSpy loaded(window.dashboardPage(), &DashboardPage::loaded);
    window.showDashboard();
    REQUIRE(window.currentPage() == static_cast<QWidget *>(window.dashboardPage()));
    CHECK(window.dashboardPage()->deadlinesChart()->bars().isEmpty()); // read in the background, not yet in
    REQUIRE(loaded.wait(10000));
    const QList<BarChart::Bar> months = window.dashboardPage()->deadlinesChart()->bars();
    REQUIRE(months.size() == 12);
    CHECK(months.last().label == today.toString(QStringLiteral("M/yy")));
    CHECK(months.last().values == QList<int>({1, 1})); // one on time, one late
    CHECK(months.first().values == QList<int>({0, 0}));
    const QList<BarChart::Bar> workers = window.dashboardPage()->caseloadChart()->bars();
    REQUIRE(workers.size() == 1);
    CHECK(workers.first().label == QStringLiteral("Aino Aaltonen"));
    CHECK(window.dashboardPage()->deadlinesChart()->grab().width() > 100); // it paints
}

TEST_CASE("UI: after midnight the worklist, case list and case page judge deadlines against the new day",
          "[ui][worklist][clock]")
{
    // A Wednesday a minute before midnight; the decision on the initiation is due today.
    const test::FixedClock clock(QDateTime(QDate(2026, 12, 9), QTime(23, 59, 0)));
    Unit unit;
    MainWindow &window = unit.window;
    Session &session = window.session();
    session.setWorkerId(unit.me.id);
    ClientCase c = test::familyOfIida(session);
    c.responsibleWorkerId = unit.me.id;
    c.initiation.receivedAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0)); // + 7 working days = 9.12.
    REQUIRE(session.cases().open(c).ok());

    WorklistPage *page = window.worklistPage();
    QSignalSpy loaded(page, &WorklistPage::loaded);
    REQUIRE(loaded.wait(10000));
    int decide = rowOf(page->model(), WorkKind::InitiationDecision);
    REQUIRE(decide >= 0);
    REQUIRE(page->model()->item(decide).due == QDate(2026, 12, 9));
    const auto dueText = [page](int row) {
        return page->model()->data(page->model()->index(row, WorklistModel::Due)).toString();
    };
    CHECK_FALSE(dueText(decide).contains(QStringLiteral("overdue")));
    const CaseListModel *list = window.caseListPage()->model();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, 0).data(CaseListModel::DeadlineStateRole).toInt() == int(DeadlineState::DueSoon));
    REQUIRE(window.showCase(c.id));
    const QString overdue = Labels::deadlineState(DeadlineState::Overdue);
    CHECK_FALSE(window.casePage()->deadlinesLabel()->text().contains(overdue));

    loaded.clear();
    Clock::set(QDateTime(QDate(2026, 12, 10), QTime(0, 0, 5)));
    window.dayWatcher()->check();
    REQUIRE(loaded.wait(10000));
    decide = rowOf(page->model(), WorkKind::InitiationDecision);
    REQUIRE(decide >= 0);
    CHECK(dueText(decide).contains(QStringLiteral("overdue")));
    CHECK(list->index(0, 0).data(CaseListModel::DeadlineStateRole).toInt() == int(DeadlineState::Overdue));
    CHECK(window.casePage()->deadlinesLabel()->text().contains(overdue));
}

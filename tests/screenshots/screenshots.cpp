// Takes the README's and the help's pictures of the program: the main views
// on a demo database, drawn offscreen at 1280×800.
//   tukipolku_screenshots --database demo.sqlite --lang fi --output docs/screenshots
#include "cases/caselistpage.h"
#include "common/clock.h"
#include "cases/casepage.h"
#include "i18n/languagemanager.h"
#include "dashboard/dashboardpage.h"
#include "documents/decisionservicepanel.h"
#include "documents/decisionstab.h"
#include "mainwindow/mainwindow.h"
#include "privacy/pinhash.h"
#include "privacy/pinsetupdialog.h"
#include "models/caselistmodel.h"
#include "backup/backups.h"
#include "fieldcopy/fieldcopyexport.h"
#include "fieldcopy/fieldcopyexportdialog.h"
#include "fieldcopy/fieldcopyimportdialog.h"
#include "reports/compensationdialog.h"
#include "privacy/screenlock.h"
#include "settings/settingsdialog.h"
#include "worklist/worklistpage.h"
#include "settings/workstationsettings.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QCommandLineParser>
#include <QDir>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QLineEdit>
#include <QTemporaryDir>

#include <cstdio>

using namespace tukipolku;

namespace {
void save(ui::MainWindow &window, const QString &folder, const QString &name)
{
    QCoreApplication::processEvents();
    // Widgets replaced on the way here go as the event loop would take them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QString path = QDir(folder).filePath(name);
    if (!window.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

void saveWidget(QWidget &widget, const QString &folder, const QString &name)
{
    widget.show();
    QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(name);
    if (!widget.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// The first case in services whose agreement is signed and decision issued.
QString caseWithDocuments(ui::MainWindow &window)
{
    CaseListModel *model = window.caseListPage()->model();
    CaseListFilter filter;
    filter.stage = CaseStage::Services;
    model->setFilter(filter);
    QString found;
    for (int row = 0; row < model->rowCount() && found.isEmpty(); ++row) {
        const QString id = model->index(row, 0).data(CaseListModel::CaseIdRole).toString();
        const auto agreements = window.session().agreements().agreementsOfCase(id).value_or({});
        const auto decisions = window.session().decisions().decisionsOfCase(id).value_or({});
        if (!agreements.isEmpty() && agreements.constLast().status == AgreementStatus::Signed && !decisions.isEmpty())
            found = id;
    }
    model->setFilter({});
    return found;
}

// A case in services with a notification received after it opened.
QString caseWithLaterNotification(ui::MainWindow &window)
{
    CaseListModel *model = window.caseListPage()->model();
    CaseListFilter filter;
    filter.stage = CaseStage::Services;
    model->setFilter(filter);
    QString found;
    for (int row = 0; row < model->rowCount() && found.isEmpty(); ++row) {
        const QString id = model->index(row, 0).data(CaseListModel::CaseIdRole).toString();
        const auto c = window.session().cases().find(id);
        if (c && !c->laterInitiations.isEmpty() && c->laterInitiations.constLast().contactBy == ContactBy::Authority)
            found = id;
    }
    model->setFilter({});
    return found;
}

// The first case of the list in `stage`.
QString firstCase(ui::MainWindow &window, CaseStage stage)
{
    CaseListModel *model = window.caseListPage()->model();
    CaseListFilter filter;
    filter.stage = stage;
    model->setFilter(filter);
    const QString id = model->rowCount() > 0 ? model->index(0, 0).data(CaseListModel::CaseIdRole).toString() : QString();
    model->setFilter({});
    return id;
}
// The field copy dialogs: writing one for the family in view, and bringing a
// laptop's copy back with a guardian's phone changed on both sides. The
// database gets the office's change; the laptop is a copy in a temporary folder.
void fieldCopies(ui::MainWindow &window, const QString &folder)
{
    const QString familyId = window.casePage()->currentCase().familyId;
    const Session &office = window.session();
    {
        ui::FieldCopyExportDialog exporting(office, familyId, &window);
        saveWidget(exporting, folder, QStringLiteral("fieldcopy-export.png"));
    }
    QTemporaryDir work;
    const QString password = QStringLiteral("kotikäynti 2026");
    const QString out = work.filePath(QStringLiteral("out.tpfield"));
    if (!FieldCopyExport::write(office.database(), {{familyId}, out, password, office.workerId(), {}}))
        return;
    const QString laptopPath = work.filePath(QStringLiteral("laptop.sqlite"));
    if (!Backups::write(office.database(), laptopPath))
        return;
    const Family family = *office.families().find(familyId);
    const QList<Person> adults = family.membersWithRole(FamilyRole::Guardian);
    if (adults.isEmpty())
        return;
    Person here = adults.first();
    QString back;
    {
        Database laptopDb;
        if (!laptopDb.open(laptopPath))
            return;
        Session laptop(laptopDb, office.workerId());
        Person there = here;
        there.phone = QStringLiteral("040 123 4567");
        there.email = QStringLiteral("uusi.osoite@example.fi");
        laptop.persons().save(there);
        back = work.filePath(QStringLiteral("back.tpfield"));
        const auto me = office.workers().find(office.workerId());
        FieldCopyExport::write(laptopDb, {{familyId}, back, password, office.workerId(), me ? me->fullName() : QString()});
    }
    here.phone = QStringLiteral("050 765 4321");
    here.email = QStringLiteral("toinen@example.fi");
    Session(office.database(), office.workerId()).persons().save(here);
    ui::FieldCopyImportDialog importing(office, back, &window);
    importing.password()->setText(password);
    importing.readCopy();
    saveWidget(importing, folder, QStringLiteral("fieldcopy-import.png"));
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // the user's own settings stay untouched
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("A demo database."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("fi, sv or en."), QStringLiteral("LANG"),
                                      QStringLiteral("fi"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("The folder for the pictures."),
                                    QStringLiteral("DIR"), QStringLiteral("."));
    parser.addOptions({database, language, output});
    parser.process(app);

    ui::LanguageManager languages;
    languages.setLanguage(parser.value(language));
    WorkstationSettings settings;
    ui::MainWindow window(languages, settings);
    window.resize(1280, 800);
    if (window.openDatabase(parser.value(database)).isError())
        return 1;
    window.show();
    const QString folder = parser.value(output);
    QDir().mkpath(folder);
    // The worklist as a worker of the demo unit sees it first thing in the morning.
    const QList<Worker> workers = window.session().workers().all().value_or({});
    if (!workers.isEmpty())
        window.session().setWorkerId(workers.first().id);
    QCoreApplication::processEvents();
    {
        QEventLoop waiting; // the worklist is read in the background
        QObject::connect(window.worklistPage(), &ui::WorklistPage::loaded, &waiting, &QEventLoop::quit);
        QTimer::singleShot(30000, &waiting, &QEventLoop::quit);
        window.showWorklist();
        waiting.exec();
    }
    save(window, folder, QStringLiteral("worklist.png"));
    {
        QEventLoop waiting; // the dashboard is read in the background too
        QObject::connect(window.dashboardPage(), &ui::DashboardPage::loaded, &waiting, &QEventLoop::quit);
        QTimer::singleShot(30000, &waiting, &QEventLoop::quit);
        window.showDashboard();
        waiting.exec();
    }
    save(window, folder, QStringLiteral("dashboard.png"));
    {
        ui::CompensationDialog compensation(window.session(), &window);
        QEventLoop waiting;
        QObject::connect(&compensation, &ui::CompensationDialog::loaded, &waiting, &QEventLoop::quit);
        QTimer::singleShot(30000, &waiting, &QEventLoop::quit);
        compensation.showMonth(Clock::today().addMonths(-1));
        waiting.exec();
        compensation.show();
        saveWidget(compensation, folder, QStringLiteral("compensation.png"));
    }
    window.showCaseList(); // the dashboard was in view
    save(window, folder, QStringLiteral("case-list.png"));
    if (window.showCase(firstCase(window, CaseStage::Services))) {
        save(window, folder, QStringLiteral("case-measures.png"));
        window.casePage()->tabs()->setCurrentIndex(ui::CasePage::TimelineTab);
        save(window, folder, QStringLiteral("case-timeline.png"));
    }
    if (window.showCase(caseWithDocuments(window))) {
        window.casePage()->tabs()->setCurrentIndex(ui::CasePage::AgreementTab);
        save(window, folder, QStringLiteral("case-agreement.png"));
        window.casePage()->tabs()->setCurrentIndex(ui::CasePage::DecisionTab);
        save(window, folder, QStringLiteral("case-decision.png"));
        // Below the decision: whom it was served on, and until when it may be reviewed.
        QWidget *service = window.casePage()->decisionsTab()->servicePanel();
        for (QWidget *up = service->parentWidget(); up; up = up->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
                scroll->ensureWidgetVisible(service, 0, 0);
                break;
            }
        }
        save(window, folder, QStringLiteral("case-decision-service.png"));
        window.casePage()->tabs()->setCurrentIndex(ui::CasePage::PlanTab);
        save(window, folder, QStringLiteral("case-plan.png"));
    }
    if (const QString id = caseWithLaterNotification(window); window.showCase(id)) {
        ui::CasePage *page = window.casePage();
        page->tabs()->setCurrentIndex(ui::CasePage::InitiationTab);
        page->showInitiation(page->currentCase().laterInitiations.constLast().id);
        save(window, folder, QStringLiteral("case-notifications.png"));
    }
    if (window.showCase(firstCase(window, CaseStage::Initiation)))
        save(window, folder, QStringLiteral("case-initiation.png"));
    if (window.showFamily(window.casePage()->currentCase().familyId))
        save(window, folder, QStringLiteral("family.png"));
    fieldCopies(window, folder);
    window.showProviders();
    save(window, folder, QStringLiteral("providers.png"));
    ui::SettingsDialog dialog(window.session(), settings, languages, &window);
    dialog.showPage(ui::SettingsDialog::Organisation);
    saveWidget(dialog, folder, QStringLiteral("settings-organisation.png"));
    dialog.showPage(ui::SettingsDialog::Backups);
    saveWidget(dialog, folder, QStringLiteral("settings-backups.png"));
    dialog.showPage(ui::SettingsDialog::Privacy);
    saveWidget(dialog, folder, QStringLiteral("settings-privacy.png"));
    dialog.hide();
    {
        ui::PinSetupDialog pin(settings, &window); // what the first lock or home visit asks
        pin.show();
        saveWidget(pin, folder, QStringLiteral("pin-setup.png"));
    }
    // A PIN in the test-mode settings only, for the home visit and the lock.
    const QString pin = QStringLiteral("246810");
    settings.setPinHash(PinHash::hash(pin));
    const QString visited = window.casePage()->currentCase().familyId;
    if (!visited.isEmpty() && window.showFamily(visited)) {
        window.startHomeVisit();
        save(window, folder, QStringLiteral("home-visit.png"));
        window.endHomeVisit(pin);
    }
    window.screenLock()->lock();
    save(window, folder, QStringLiteral("locked.png"));
    window.screenLock()->unlock(pin);
    settings.setPinHash(QString());
    return 0;
}

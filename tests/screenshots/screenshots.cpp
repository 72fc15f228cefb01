// Takes the README's and the help's pictures of the program: the main views
// on a demo database, drawn offscreen at 1280×800.
//   tukipolku_screenshots --database demo.sqlite --lang fi --output docs/screenshots
#include "cases/caselistpage.h"
#include "cases/casepage.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "models/caselistmodel.h"
#include "reports/compensationdialog.h"
#include "privacy/screenlock.h"
#include "settings/settingsdialog.h"
#include "worklist/worklistpage.h"
#include "settings/workstationsettings.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

#include <cstdio>

using namespace tukipolku;

namespace {
void save(ui::MainWindow &window, const QString &folder, const QString &name)
{
    QCoreApplication::processEvents();
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
        const auto agreements = window.session().agreements().agreementsOfCase(id);
        const auto decisions = window.session().decisions().decisionsOfCase(id);
        if (!agreements.isEmpty() && agreements.constLast().status == AgreementStatus::Signed && !decisions.isEmpty())
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
    // The worklist as a worker of the demo unit sees it first thing in the morning.
    const QList<Worker> workers = window.session().workers().all();
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
    window.showDashboard();
    save(window, folder, QStringLiteral("dashboard.png"));
    {
        ui::CompensationDialog compensation(window.session(), &window);
        compensation.showMonth(QDate::currentDate().addMonths(-1));
        compensation.show();
        saveWidget(compensation, folder, QStringLiteral("compensation.png"));
    }
    QDir().mkpath(folder);
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
        window.casePage()->tabs()->setCurrentIndex(ui::CasePage::PlanTab);
        save(window, folder, QStringLiteral("case-plan.png"));
    }
    if (window.showCase(firstCase(window, CaseStage::Initiation)))
        save(window, folder, QStringLiteral("case-initiation.png"));
    if (window.showFamily(window.casePage()->currentCase().familyId))
        save(window, folder, QStringLiteral("family.png"));
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
    window.screenLock()->lock();
    save(window, folder, QStringLiteral("locked.png"));
    window.screenLock()->unlock(QString());
    return 0;
}

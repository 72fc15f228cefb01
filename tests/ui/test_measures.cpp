#include "catchshim.h"
#include "common/clock.h"
#include "fixedclock.h"
#include "modalresponder.h"
#include "testdatabase.h"

#include "cases/casepage.h"
#include "common/datefield.h"
#include "common/messagebox.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "measures/logpanel.h"
#include "measures/measuredialog.h"
#include "measures/measurestab.h"
#include "printing/documentbuttons.h"
#include "providers/providerspage.h"
#include "reports/compensationdialog.h"
#include "settings/cataloguepage.h"
#include "settings/ratespage.h"
#include "settings/workstationsettings.h"

#include "common/errorlabel.h"

#include <QListWidget>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace tukipolku;
using namespace tukipolku::ui;
using tukipolku::test::respondToModal;

namespace {
struct Fixture {
    QTemporaryDir dir;
    LanguageManager languages;
    WorkstationSettings settings;
    std::unique_ptr<MainWindow> window;
    ClientCase clientCase;

    Fixture()
    {
        MessageBox::setAutomaticAnswer(QMessageBox::Ok);
        languages.setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(languages, settings);
        REQUIRE_FALSE(window->openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
        window->show();
        Session &session = window->session();
        Worker worker;
        worker.firstNames = QStringLiteral("Pirjo");
        worker.lastName = QStringLiteral("Perhetyö");
        worker.profession = Profession::SocialWorker;
        worker.licensed = true; // a child welfare client's responsible worker (LSL 13 b §)
        worker.registerNumber = QStringLiteral("10005678");
        worker.decisionAuthority = true;
        REQUIRE(session.workers().save(worker).ok());
        session.setWorkerId(worker.id);
        Family family;
        family.name = QStringLiteral("Salo");
        REQUIRE(session.families().save(family).ok());
        Person child;
        child.firstNames = QStringLiteral("Veeti");
        child.lastName = QStringLiteral("Salo");
        child.birthDate = QDate(2016, 4, 2);
        REQUIRE(session.families().addMember(family.id, child, FamilyRole::Child).ok());
        Person mother; // a decision is served on her
        mother.firstNames = QStringLiteral("Sanna");
        mother.lastName = QStringLiteral("Salo");
        mother.birthDate = QDate(1987, 8, 1);
        REQUIRE(session.families().addMember(family.id, mother, FamilyRole::Guardian).ok());
        clientCase.familyId = family.id;
        clientCase.child = child;
        clientCase.initiation.receivedAt = QDateTime(Clock::today().addDays(-60), QTime(9, 0));
        REQUIRE(session.cases().open(clientCase).ok());
        for (const auto &[kind, name] : {std::pair{ProviderKind::SupportFamily, "Laine, Anna ja Matti"},
                                         std::pair{ProviderKind::FamilyWorker, "Perhetyö, Pirjo"}}) {
            Provider provider;
            provider.kind = kind;
            provider.name = QString::fromUtf8(name);
            provider.capacity = 2;
            REQUIRE(session.providers().save(provider).ok());
        }
        REQUIRE(window->showCase(clientCase.id));
        window->casePage()->tabs()->setCurrentIndex(CasePage::MeasureTab);
    }
    ~Fixture() { MessageBox::setAutomaticAnswer(std::nullopt); }

    void addMeasure(const char *code)
    {
        const QString start = Clock::today().addDays(-30).toString(QStringLiteral("d.M.yyyy"));
        respondToModal<MeasureDialog>([code, start](MeasureDialog *dialog) {
            REQUIRE(dialog->chooseEntry(QLatin1String(code)));
            dialog->startField()->setText(start);
            REQUIRE(dialog->providerField()->count() > 1); // a provider of the right kind is offered
            dialog->accept();
        });
        window->casePage()->measuresTab()->addButton()->click();
    }

    // Issues the decision of every measure still awaiting one, and shows the case again.
    void decideMeasures()
    {
        Session &session = window->session();
        const QList<Measure> measures = session.measures().measuresOfCase(clientCase.id).value();
        for (Measure measure : measures) {
            if (measure.decisionId.isEmpty())
                test::decideMeasure(session.database().connection(), session.workerId(), measure);
        }
        REQUIRE(window->showCase(clientCase.id));
        window->casePage()->tabs()->setCurrentIndex(CasePage::MeasureTab);
    }
};

QDate lastFridayBefore(const QDate &day)
{
    QDate friday = day.addDays(-1);
    while (friday.dayOfWeek() != Qt::Friday || friday.addDays(2) >= day)
        friday = friday.addDays(-1);
    return friday;
}
} // namespace

TEST_CASE("UI: a child gets a support family and two care weekends are logged", "[ui][measures]")
{
    Fixture f;
    f.addMeasure("support_family");
    MeasuresTab *tab = f.window->casePage()->measuresTab();
    REQUIRE(tab->measuresTable()->rowCount() == 1);
    CHECK(tab->measuresTable()->item(0, 0)->text() == QLatin1String("Tukiperhe"));
    CHECK(tab->measuresTable()->item(0, 3)->text() == QLatin1String("awaiting decision"));
    CHECK(tab->measuresTable()->item(0, 4)->text() == QLatin1String("Laine, Anna ja Matti"));
    // Before its decision the measure does not run: a weekend is not logged.
    const QDate recent = lastFridayBefore(Clock::today());
    LogPanel *log = tab->logPanel();
    REQUIRE(log->isVisibleTo(tab));
    log->dateField()->setDate(recent);
    log->toDateField()->setDate(recent.addDays(2));
    CHECK_FALSE(log->saveEntry());
    CHECK(log->logTable()->rowCount() == 0);

    f.decideMeasures();
    tab = f.window->casePage()->measuresTab();
    CHECK(tab->measuresTable()->item(0, 3)->text() == QLatin1String("active"));
    log = tab->logPanel();
    REQUIRE(log->isVisibleTo(tab));
    for (const QDate &friday : {recent.addDays(-14), recent}) {
        log->dateField()->setDate(friday);
        log->toDateField()->setDate(friday.addDays(2));
        QTest::keyClick(log->dateField(), Qt::Key_Return);
    }
    CHECK(log->logTable()->rowCount() == 2);
    CHECK(log->logTable()->item(0, 1)->text() == QLatin1String("2 days of care"));
    CHECK(log->progressLabel()->text().contains(QStringLiteral("days of care")));
    const auto measures = f.window->session().measures().measuresOfCase(f.clientCase.id).value();
    REQUIRE(measures.size() == 1);
    CHECK(f.window->session().measureLogs().careDays(measures.first().id)->size() == 2);

    // A stay in the future is refused with the reason, and nothing is logged.
    log->dateField()->setDate(Clock::today().addDays(7));
    log->toDateField()->setDate(Clock::today().addDays(9));
    CHECK_FALSE(log->saveEntry());
    CHECK(log->logTable()->rowCount() == 2);
}

TEST_CASE("UI: a measure of a child welfare client is under the Child Welfare Act unless chosen otherwise",
          "[ui][measures]")
{
    Fixture f;
    Session &session = f.window->session();
    const auto basisFor = [&f](const char *code) {
        LegalBasis basis = LegalBasis::SocialWelfareAct;
        respondToModal<MeasureDialog>([code, &basis](MeasureDialog *dialog) {
            REQUIRE(dialog->chooseEntry(QLatin1String(code)));
            basis = static_cast<LegalBasis>(dialog->basisField()->currentData().toInt());
            dialog->reject();
        });
        f.window->casePage()->measuresTab()->addButton()->click();
        return basis;
    };
    CHECK(basisFor("support_family") == LegalBasis::SocialWelfareAct); // not a child welfare client
    REQUIRE(session.cases()
                .startChildWelfareByUrgentMeasures(f.clientCase.id, Clock::today().addDays(-50), session.workerId())
                .ok());
    REQUIRE(f.window->showCase(f.clientCase.id));
    CHECK(basisFor("support_family") == LegalBasis::ChildWelfareAct);
    CHECK(basisFor("family_work") == LegalBasis::ChildWelfareAct);
}

TEST_CASE("UI: a family-work home visit is logged in under ten key presses", "[ui][measures]")
{
    Fixture f;
    f.addMeasure("family_work");
    f.decideMeasures();
    LogPanel *log = f.window->casePage()->measuresTab()->logPanel();
    REQUIRE(log->isVisibleTo(f.window->casePage()));

    int keyPresses = 0;
    log->newEntryButton()->click(); // Alt+N
    ++keyPresses;
    QTest::keyClicks(log->noteField(), QStringLiteral("Koti"));
    keyPresses += 4;
    QTest::keyClick(log->noteField(), Qt::Key_Return);
    ++keyPresses;
    CHECK(keyPresses < 10);

    const auto measures = f.window->session().measures().measuresOfCase(f.clientCase.id).value();
    const QList<Visit> visits = f.window->session().measureLogs().visits(measures.first().id).value();
    REQUIRE(visits.size() == 1);
    CHECK(visits.first().date == Clock::today());
    CHECK(visits.first().place == VisitPlace::Home);
    CHECK(visits.first().minutes == 60);
    CHECK(visits.first().note == QLatin1String("Koti"));
    CHECK(log->noteField()->text().isEmpty()); // ready for the next one
}

TEST_CASE("UI: the providers page shows capacity and the children of a provider", "[ui][providers]")
{
    Fixture f;
    f.addMeasure("support_family");
    f.window->providersAction()->trigger();
    ProvidersPage *page = f.window->providersPage();
    REQUIRE(f.window->currentPage() == page);
    REQUIRE(page->table()->rowCount() == 2);
    QTest::keyClicks(page->searchField(), QStringLiteral("laine"));
    REQUIRE(page->table()->rowCount() == 1);
    CHECK(page->table()->item(0, 3)->text() == QLatin1String("1 / 2"));
    CHECK(page->table()->item(0, 5)->text().contains(QStringLiteral("renew"))); // no extract recorded
    REQUIRE(page->assignmentsTable()->rowCount() == 1);
    CHECK(page->assignmentsTable()->item(0, 0)->text() == QLatin1String("Veeti Salo"));
}

TEST_CASE("UI: the organiser adds, renames and retires a catalogue entry", "[ui][catalogue]")
{
    Fixture f;
    CataloguePage dialog(f.window->session());
    const int before = dialog.list()->count();
    dialog.startNew();
    dialog.finnishField()->setText(QStringLiteral("Kesäleiri"));
    CHECK_FALSE(dialog.saveEntry()); // no Swedish name
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("Swedish")));
    dialog.swedishField()->setText(QStringLiteral("Sommarläger"));
    REQUIRE(dialog.saveEntry());
    CHECK(dialog.list()->count() == before + 1);
    dialog.finnishField()->setText(QStringLiteral("Kesäleiri nuorille"));
    REQUIRE(dialog.saveEntry());
    CHECK(dialog.list()->currentItem()->text() == QStringLiteral("Kesäleiri nuorille"));
    REQUIRE(dialog.retireEntry());
    CHECK(dialog.list()->currentItem()->text().contains(QStringLiteral("retired")));
    CHECK(f.window->session().measures().catalogue()->size() == before);
}

TEST_CASE("UI: a new compensation rate ends the one in force the day before", "[ui][rates]")
{
    Fixture f;
    RatesPage dialog(f.window->session());
    dialog.kindField()->setCurrentIndex(0); // support family
    dialog.validFromField()->setText(QStringLiteral("1.1.2025"));
    dialog.feeField()->setValue(52);
    dialog.expensesField()->setValue(31);
    dialog.mileageField()->setValue(0.33);
    REQUIRE(dialog.addRate());
    dialog.validFromField()->setText(QStringLiteral("1.1.2026"));
    dialog.feeField()->setValue(55);
    dialog.expensesField()->setValue(32);
    REQUIRE(dialog.addRate());
    const QList<CompensationRate> rates = f.window->session().measureLogs().rates().value();
    REQUIRE(rates.size() == 2);
    CHECK(rates.at(0).validTo == QDate(2025, 12, 31));
    CHECK(rates.at(0).feeCents == 5200);
    CHECK(rates.at(1).feeCents == 5500);
    CHECK(rates.at(1).mileageCentsPerKm == 33);
    CHECK(dialog.table()->rowCount() == 2);
    // A rate that starts before the one in force cannot overlap it.
    dialog.validFromField()->setText(QStringLiteral("1.6.2024"));
    CHECK_FALSE(dialog.addRate());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("overlaps")));
}

TEST_CASE("UI: the month's compensation is shown, saved as CSV and landscape PDF, and marked reported",
          "[ui][measures][reports]")
{
    // A Wednesday late in a month, so that the Friday before and a correction a
    // week earlier fall into the same month (on the 7th they would not).
    const test::FixedClock clock(QDateTime(QDate(2026, 11, 18), QTime(12, 0)));
    Fixture f;
    f.addMeasure("support_family");
    f.decideMeasures();
    Session &session = f.window->session();
    CompensationRate rate{QString(), ProviderKind::SupportFamily, QDate(2020, 1, 1), QDate(), 5500,
                          RateUnit::PerDayOfCare, 3200, RateUnit::PerDayOfCare, 35};
    REQUIRE(session.measureLogs().saveRate(rate).ok());
    LogPanel *log = f.window->casePage()->measuresTab()->logPanel();
    const QDate friday = lastFridayBefore(Clock::today());
    log->dateField()->setDate(friday);
    log->toDateField()->setDate(friday.addDays(2));
    log->noteField()->clear();
    REQUIRE(log->saveEntry());

    CompensationDialog dialog(session, f.window.get());
    QSignalSpy loaded(&dialog, &CompensationDialog::loaded);
    dialog.showMonth(friday);
    CHECK(dialog.table()->model()->rowCount() == 0); // read in the background: nothing to save or mark yet
    CHECK_FALSE(dialog.statusLabel()->text().isEmpty());
    REQUIRE(loaded.wait(10000));
    const QAbstractItemModel *rows = dialog.table()->model();
    REQUIRE(rows->rowCount() == 2); // the Laines and the totals
    CHECK(rows->index(0, 0).data().toString() == QStringLiteral("Laine, Anna ja Matti"));
    const int nights = QDate(friday.year(), friday.month(), 1).addMonths(1) > friday.addDays(1) ? 2 : 1;
    CHECK(rows->index(0, 2).data().toString() == QString::number(nights));
    CHECK(rows->index(1, 0).data().toString() == QStringLiteral("Total"));
    CHECK(rows->index(1, 0).data(Qt::FontRole).value<QFont>().bold());

    const QString csv = f.dir.filePath(QStringLiteral("pay.csv"));
    REQUIRE(dialog.exportCsv(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("Laine, Anna ja Matti"));
    const QString pdf = f.dir.filePath(QStringLiteral("pay.pdf"));
    REQUIRE(dialog.documentButtons()->saveAsPdf(pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("842 x 595"))); // A4 landscape

    MessageBox::setAutomaticAnswer(QMessageBox::Yes);
    REQUIRE(dialog.markReported());
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("Reported to payroll")));

    // A correction to the reported month asks first: No keeps the log as it was.
    log->startEntry();
    log->dateField()->setDate(friday.addDays(-7));
    log->toDateField()->setDate(friday.addDays(-6));
    MessageBox::setAutomaticAnswer(QMessageBox::No);
    CHECK_FALSE(log->saveEntry());
    CHECK(MessageBox::lastText().contains(QStringLiteral("already been reported")));
    const QString measureId = session.measures().measuresOfCase(f.clientCase.id)->first().id;
    CHECK(session.measureLogs().careDays(measureId)->size() == 1);
    MessageBox::setAutomaticAnswer(QMessageBox::Yes);
    REQUIRE(log->saveEntry());
    CHECK(session.measureLogs().careDays(measureId)->size() == 2);
}

#include "catchshim.h"
#include "common/clock.h"
#include "sessionfixtures.h"

#include "cases/casepage.h"
#include "cases/casetimeline.h"
#include "cases/timelinepanel.h"
#include "common/datefield.h"
#include "common/errorlabel.h"
#include "common/messagebox.h"
#include "documents/agreementstab.h"
#include "documents/decisionform.h"
#include "documents/decisionservicepanel.h"
#include "documents/decisionstab.h"
#include "documents/hearingstable.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "measures/measurestab.h"
#include "printing/blankformdialog.h"
#include "reports/clientlogdialog.h"
#include "printing/documentbuttons.h"
#include "modalresponder.h"
#include "testfiles.h"
#include "domain/labels.h"
#include "rules/decisiondates.h"
#include "settings/workstationsettings.h"

#include <QComboBox>
#include <QImage>
#include <QPainter>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QTest>

using namespace tukipolku;
using namespace tukipolku::ui;

TEST_CASE("UI: a support-family agreement is made, signed and frozen – a start decision is issued and frozen",
          "[ui][agreements][decisions]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    WorkstationSettings settings;
    MessageBox::setAutomaticAnswer(QMessageBox::Yes);
    MainWindow window(languages, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    window.show();
    Session &session = window.session();

    // A child welfare client with a support family measure.
    Worker worker;
    worker.firstNames = QStringLiteral("Sari");
    worker.lastName = QStringLiteral("Sosiaalityö");
    worker.phone = QStringLiteral("040 123 4567");
    worker.profession = Profession::SocialWorker;
    worker.licensed = true; // a child welfare client's responsible worker (LSL 13 b §)
    worker.registerNumber = QStringLiteral("10005678");
    worker.decisionAuthority = true;
    REQUIRE(session.workers().save(worker).ok());
    session.setWorkerId(worker.id);
    Family family;
    family.name = QStringLiteral("Mäkelä");
    REQUIRE(session.families().save(family).ok());
    Person mother;
    mother.firstNames = QStringLiteral("Johanna");
    mother.lastName = QStringLiteral("Mäkelä");
    mother.birthDate = QDate(1988, 3, 3);
    REQUIRE(session.families().addMember(family.id, mother, FamilyRole::Guardian).ok());
    Person child;
    child.firstNames = QStringLiteral("Iida");
    child.lastName = QStringLiteral("Mäkelä");
    child.birthDate = QDate(2017, 9, 9);
    REQUIRE(session.families().addMember(family.id, child, FamilyRole::Child).ok());
    ClientCase c;
    c.familyId = family.id;
    c.child = child;
    c.responsibleWorkerId = worker.id;
    c.initiation.receivedAt = QDateTime(Clock::today().addDays(-90), QTime(9, 0));
    REQUIRE(session.cases().open(c).ok());
    REQUIRE(session.cases().startChildWelfareByUrgentMeasures(c.id, Clock::today().addDays(-89), worker.id).ok());
    Provider laine;
    laine.kind = ProviderKind::SupportFamily;
    laine.name = QStringLiteral("Laine, Anna ja Matti");
    laine.adults = QStringLiteral("Anna Laine\nMatti Laine");
    REQUIRE(session.providers().save(laine).ok());
    Measure measure;
    measure.caseId = c.id;
    measure.catalogueId = session.measures().catalogueEntryByCode(QStringLiteral("support_family"))->id;
    measure.basis = LegalBasis::ChildWelfareAct;
    measure.start = Clock::today().addDays(-30);
    measure.plannedEnd = Clock::today().addMonths(11);
    measure.goals = QStringLiteral("Iidalla on turvallinen aikuinen kodin ulkopuolella");
    measure.providerId = laine.id;
    REQUIRE(session.measures().save(measure).ok());
    Organisation organisation;
    organisation.boardName = QStringLiteral("Yksilöasioiden jaosto");
    organisation.registryEmail = QStringLiteral("kirjaamo@example.fi");
    organisation.registryHours = QStringLiteral("ma–pe klo 9–15");
    REQUIRE(session.organisation().save(organisation).ok());

    REQUIRE(window.showCase(c.id));
    CasePage *page = window.casePage();
    page->tabs()->setCurrentIndex(CasePage::MeasureTab);
    page->measuresTab()->measuresTable()->setCurrentCell(0, 0);
    // "Make agreement" on the measure opens a pre-filled draft on the agreements tab.
    emit page->measuresTab()->agreementRequested(measure.id);
    REQUIRE(page->tabs()->currentIndex() == CasePage::AgreementTab);
    AgreementsTab *agreements = page->agreementsTab();
    REQUIRE(agreements->list()->rowCount() == 1);
    CHECK(agreements->missingLabel()->text().contains(QStringLiteral("need for support")));
    agreements->supportNeedField()->setPlainText(QStringLiteral("Äiti tarvitsee lepoa viikonloppuisin."));
    REQUIRE(agreements->saveDraft());
    CHECK_FALSE(agreements->missingLabel()->isVisibleTo(agreements));
    const int parties = agreements->partiesTable()->rowCount();
    REQUIRE(parties == 5); // mother, two support parents, the unit, the child
    // Every party in view at once, the first to sign chosen; signing moves on to the next.
    CHECK(agreements->partiesTable()->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    CHECK(agreements->partiesTable()->maximumHeight() >= 5 * agreements->partiesTable()->rowHeight(0));
    CHECK(agreements->partiesTable()->currentRow() == 0);
    REQUIRE(agreements->recordSignature(0, Clock::today()));
    CHECK(agreements->partiesTable()->currentRow() == 1);
    CHECK(agreements->signButton()->isEnabled());
    agreements->partiesTable()->setCurrentCell(0, 0); // signed already: not again
    CHECK_FALSE(agreements->signButton()->isEnabled());
    // A change after a signature asks first; "No" keeps the text as signed.
    MessageBox::setAutomaticAnswer(QMessageBox::No);
    agreements->supportNeedField()->setPlainText(QStringLiteral("Äiti tarvitsee lepoa joka viikonloppu."));
    CHECK_FALSE(agreements->saveDraft());
    CHECK(agreements->supportNeedField()->toPlainText() == QStringLiteral("Äiti tarvitsee lepoa viikonloppuisin."));
    CHECK(agreements->list()->item(0, 3)->text() == QLatin1String("1 of 5 signed"));
    // "Yes" saves the new text, and the signing starts again.
    MessageBox::setAutomaticAnswer(QMessageBox::Yes);
    agreements->supportNeedField()->setPlainText(QStringLiteral("Äiti tarvitsee lepoa kahtena viikonloppuna."));
    REQUIRE(agreements->saveDraft());
    CHECK(agreements->list()->item(0, 3)->text() == QLatin1String("0 of 5 signed"));
    for (int row = 0; row < parties; ++row)
        REQUIRE(agreements->recordSignature(row, Clock::today()));
    CHECK(agreements->frozenLabel()->isVisibleTo(agreements));
    CHECK(agreements->frozenLabel()->text().contains(QStringLiteral("frozen")));
    CHECK(agreements->list()->item(0, 1)->text() == QLatin1String("signed, in force"));
    CHECK(agreements->supportNeedField()->isReadOnly()); // frozen: readable, not editable
    // Saved as PDF: the document kept at signing.
    const QString agreementPdf = dir.filePath(QStringLiteral("agreement.pdf"));
    REQUIRE(agreements->saveAsPdf(agreementPdf));
    CHECK(QFileInfo(agreementPdf).size() > 1000);
    const QList<AccessEntry> logged = session.accessLog().entriesOfCase(c.id, false).value();
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().action == AccessAction::Pdf);
    CHECK(logged.first().tableName == QStringLiteral("agreements"));
    CHECK(logged.first().detail == agreementPdf);
    // A folder that cannot be written is reported, not ignored.
    CHECK_FALSE(agreements->saveAsPdf(dir.filePath(QStringLiteral("no-such-folder/agreement.pdf"))));
    CHECK(agreements->errorLabel()->text().contains(QStringLiteral("does not exist")));

    // "Make decision" pre-fills a start decision; it is issued and frozen.
    emit page->measuresTab()->decisionRequested(measure.id);
    REQUIRE(page->tabs()->currentIndex() == CasePage::DecisionTab);
    DecisionsTab *decisions = page->decisionsTab();
    REQUIRE(decisions->list()->rowCount() == 1);
    CHECK(decisions->missingLabel()->text().contains(QStringLiteral("facts")));
    CHECK_FALSE(decisions->issue(Clock::today()));
    CHECK(decisions->errorLabel()->text().contains(QStringLiteral("cannot be issued yet")));
    // A refusal has no period and an ending only its last day: the form offers only those.
    decisions->form()->subjectCombo()->setCurrentIndex(4); // refusal
    CHECK_FALSE(decisions->form()->startField()->isEnabled());
    CHECK_FALSE(decisions->form()->endField()->isEnabled());
    decisions->form()->subjectCombo()->setCurrentIndex(3); // ending
    CHECK_FALSE(decisions->form()->startField()->isEnabled());
    CHECK(decisions->form()->endField()->isEnabled());
    decisions->form()->subjectCombo()->setCurrentIndex(0); // the start it was made as
    CHECK(decisions->form()->startField()->isEnabled());
    DecisionForm *form = decisions->form();
    form->factsField()->setPlainText(QStringLiteral("Äiti on uupunut; Iida hyötyy tukiperheestä."));
    form->reasonsField()->setPlainText(QStringLiteral("Tukiperhe tukee Iidan kasvua ja äidin jaksamista."));
    // What is granted, the child's opinion and each party's hearing come before issuing (LSL).
    REQUIRE(decisions->saveDraft());
    const QString missing = decisions->missingLabel()->text();
    CHECK(missing.contains(QStringLiteral("days of care a month")));
    CHECK(missing.contains(QStringLiteral("child's own opinion")));
    CHECK(missing.contains(QStringLiteral("Record when and how Johanna Mäkelä (huoltaja) was heard")));
    CHECK(form->amountField()->isVisibleTo(form));
    form->amountField()->setValue(2);
    form->childOpinionCombo()->setCurrentIndex(1); // found out
    form->childOpinionField()->setPlainText(QStringLiteral("Iida haluaa käydä tukiperheessä, jossa on koira."));
    form->childOpinionHowField()->setText(QStringLiteral("Keskustelu Iidan kanssa kahden kesken koulun jälkeen"));
    HearingsTable *hearings = form->hearingsTable();
    REQUIRE(hearings->rowCount() == 2); // Iida and her mother, from the parties
    for (int row = 0; row < hearings->rowCount(); ++row) {
        qobject_cast<DateField *>(hearings->cellWidget(row, 1))->setDate(Clock::today().addDays(-3));
        qobject_cast<QLineEdit *>(hearings->cellWidget(row, 2))->setText(QStringLiteral("tapaamisessa toimistolla"));
    }
    REQUIRE(decisions->saveDraft());
    CHECK_FALSE(decisions->missingLabel()->isVisibleTo(decisions));
    // Dated more than a few days back, it needs a reason.
    CHECK_FALSE(decisions->issue(Clock::today().addDays(-10)));
    CHECK(decisions->errorLabel()->text().contains(QStringLiteral("write why")));
    REQUIRE(decisions->issue(Clock::today()));
    CHECK(decisions->list()->item(0, 0)->text() == QStringLiteral("%1/0001").arg(Clock::today().year()));
    CHECK(decisions->frozenLabel()->isVisibleTo(decisions));
    CHECK(form->factsField()->isReadOnly());
    CHECK(session.measures().find(measure.id)->daysPerMonth == 2); // the measure runs as decided
    // Served on Iida's mother: not sent yet, then handed over today.
    DecisionServicePanel *service = decisions->servicePanel();
    REQUIRE(service->isVisibleTo(decisions));
    REQUIRE(service->table()->rowCount() == 1);
    CHECK(service->table()->item(0, 0)->text().contains(QStringLiteral("Johanna Mäkelä")));
    CHECK(service->table()->item(0, 2)->text() == QStringLiteral("not sent"));
    CHECK(service->stateLabel()->text().contains(QStringLiteral("Not yet sent")));
    CHECK(decisions->list()->item(0, 4)->text() == QStringLiteral("0 of 1 sent"));
    REQUIRE(service->recordSending(0, NotificationMethod::InPerson, Clock::today()));
    const QString lastDay = Labels::date(DecisionDates::lastDayForReview(Clock::today()));
    CHECK(service->table()->item(0, 4)->text() == lastDay);
    CHECK(service->stateLabel()->text().contains(lastDay));
    CHECK(decisions->list()->item(0, 4)->text() == QStringLiteral("review time until %1").arg(lastDay));
    // Her copy: her address for the window envelope and her own last day.
    const QString copyPdf = dir.filePath(QStringLiteral("copy.pdf"));
    REQUIRE(service->copyButtons()->saveAsPdf(copyPdf));
    const QString copyText = test::pdfText(copyPdf);
    CHECK(copyText.contains(QStringLiteral("Johanna Mäkelä")));
    CHECK(copyText.contains(QStringLiteral("Tämä kappale")));
    CHECK(copyText.contains(lastDay));
    CHECK(decisions->appealLabel()->text().contains(QStringLiteral("Yksilöasioiden jaosto")));
    CHECK(session.measures().find(measure.id)->decisionId == session.decisions().decisionsOfCase(c.id)->first().id);
    // Saved as PDF: the stored document as issued.
    const QString pdf = dir.filePath(QStringLiteral("decision.pdf"));
    REQUIRE(decisions->saveAsPdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    MessageBox::setAutomaticAnswer(std::nullopt);
}

TEST_CASE("UI: a saved client plan version is saved as PDF and logged – a new one waits to be saved",
          "[ui][plan][documents]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    WorkstationSettings settings;
    MainWindow window(languages, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    Session &session = window.session();
    Family family;
    family.name = QStringLiteral("Mäkelä");
    REQUIRE(session.families().save(family).ok());
    Person child;
    child.firstNames = QStringLiteral("Iida");
    child.lastName = QStringLiteral("Mäkelä");
    child.birthDate = QDate(2017, 9, 9);
    REQUIRE(session.families().addMember(family.id, child, FamilyRole::Child).ok());
    ClientCase c;
    c.familyId = family.id;
    c.child = session.families().find(family.id)->membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = QDateTime(QDate(2026, 3, 3), QTime(10, 0));
    REQUIRE(session.cases().open(c).ok());

    // No plan yet: nothing to print.
    REQUIRE(window.showCase(c.id));
    CHECK_FALSE(window.casePage()->planDocuments()->isEnabled());

    ClientPlan plan;
    plan.madeOn = QDate(2026, 6, 1);
    plan.participants = QStringLiteral("Iida, Johanna Mäkelä");
    plan.goals = {{QString(), QStringLiteral("Koulunkäynti sujuu"), QDate(2026, 12, 20)}};
    plan.nextReviewOn = QDate(2026, 12, 1);
    REQUIRE(session.cases().savePlan(c.id, plan).ok());
    REQUIRE(window.showCase(c.id));
    DocumentButtons *documents = window.casePage()->planDocuments();
    CHECK(documents->isEnabled());
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    documents->recipientField()->setText(QStringLiteral("  huoltaja, postitse "));
    REQUIRE(documents->saveAsPdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    const QList<AccessEntry> logged = session.accessLog().entriesOfCase(c.id, false).value();
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().tableName == QStringLiteral("client_plans"));
    CHECK(logged.first().recordId == plan.id);
    // Who it was for and why, as the worker told, with the file.
    CHECK(logged.first().detail == pdf + QStringLiteral("; for: huoltaja, postitse"));
}

TEST_CASE("UI: the contact form of an initiation is saved as PDF and logged – the blank one opens from the File menu",
          "[ui][documents]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    WorkstationSettings settings;
    MainWindow window(languages, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    Session &session = window.session();
    const ClientCase c = test::openCaseOfIida(session, QDateTime(QDate(2026, 3, 3), QTime(10, 0)), PersonLanguage::Swedish);
    const Family family = *session.families().find(c.familyId);
    const Person child = c.child;
    REQUIRE(window.showCase(c.id));

    DocumentButtons *form = window.casePage()->contactForm();
    REQUIRE(form->isEnabled());
    const QString pdf = dir.filePath(QStringLiteral("contact.pdf"));
    REQUIRE(form->saveAsPdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    const QList<AccessEntry> logged = session.accessLog().entriesOfCase(c.id, false).value();
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().tableName == QStringLiteral("initiations"));
    CHECK(logged.first().recordId == session.cases().find(c.id)->initiation.id);
    CHECK(logged.first().language == QStringLiteral("sv")); // the child's language

    // File ▸ Blank Contact Form… opens the dialog; its PDF is written and nothing is logged.
    const QString blank = dir.filePath(QStringLiteral("blank.pdf"));
    bool saved = false;
    QString chosen;
    test::respondToModal<BlankFormDialog>([&](BlankFormDialog *dialog) {
        chosen = dialog->documentButtons()->chosenLanguage();
        saved = dialog->documentButtons()->saveAsPdf(blank);
        dialog->reject();
    });
    window.blankContactFormAction()->trigger();
    CHECK(chosen == QStringLiteral("fi")); // the screen's language when it is Finnish or Swedish, else Finnish
    CHECK(saved);
    CHECK(QFileInfo(blank).size() > 1000);
    CHECK(session.accessLog().entriesOfCase(c.id, false)->size() == 1);
}

TEST_CASE("UI: opening a case is logged, and the client's log shows it, saved as CSV", "[ui][documents][accesslog]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    WorkstationSettings settings;
    MainWindow window(languages, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    Session &session = window.session();
    const ClientCase c = test::openCaseOfIida(session, QDateTime(Clock::today().addDays(-3), QTime(10, 0)), PersonLanguage::Finnish);
    const Family family = *session.families().find(c.familyId);
    const Person child = c.child;
    REQUIRE(window.showCase(c.id));
    REQUIRE(window.showCase(c.id));
    const QList<AccessEntry> views = session.accessLog().entriesOfCase(c.id).value();
    REQUIRE(views.size() == 2);
    CHECK(views.first().action == AccessAction::View);

    ClientLogDialog dialog(session, c.id, &window);
    CHECK(dialog.windowTitle().contains(QStringLiteral("Iida Mäkelä")));
    REQUIRE(dialog.table()->rowCount() == 2);
    CHECK(dialog.table()->item(0, 2)->text() == QStringLiteral("Opened the case"));
    const QString csv = dir.filePath(QStringLiteral("log.csv"));
    REQUIRE(dialog.exportCsv(csv));
    CHECK(QFileInfo(csv).size() > 50);
    CHECK(session.accessLog().entriesOfCase(c.id, false)->first().action == AccessAction::Export); // the export is logged too
}

namespace {
// A support family measure of the case (the Laines, from a month ago for a
// year), saved.
Measure supportFamilyMeasure(Session &session, const QString &caseId)
{
    Provider laine;
    laine.kind = ProviderKind::SupportFamily;
    laine.name = QStringLiteral("Laine, Anna ja Matti");
    REQUIRE(session.providers().save(laine).ok());
    Measure measure;
    measure.caseId = caseId;
    measure.catalogueId = session.measures().catalogueEntryByCode(QStringLiteral("support_family"))->id;
    measure.start = Clock::today().addDays(-30);
    measure.plannedEnd = Clock::today().addMonths(11);
    measure.providerId = laine.id;
    REQUIRE(session.measures().save(measure).ok());
    return measure;
}
} // namespace

TEST_CASE("UI: Ctrl+S saves the draft of an agreement or a decision too", "[ui][documents]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    WorkstationSettings settings;
    MessageBox::setAutomaticAnswer(QMessageBox::Yes);
    MainWindow window(languages, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    window.show();
    Session &session = window.session();
    const ClientCase c = test::openCaseOfIida(session, QDateTime(Clock::today().addDays(-60), QTime(9, 0)), PersonLanguage::Finnish);
    const Family family = *session.families().find(c.familyId);
    const Person child = c.child;
    const Measure measure = supportFamilyMeasure(session, c.id);
    REQUIRE(window.showCase(c.id));
    window.casePage()->tabs()->setCurrentIndex(CasePage::AgreementTab);
    AgreementsTab *agreements = window.casePage()->agreementsTab();
    REQUIRE(agreements->startFromMeasure(measure.id));
    agreements->supportNeedField()->setPlainText(QStringLiteral("Äiti tarvitsee lepoa."));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(agreements->supportNeedField(), Qt::Key_S, Qt::ControlModifier);
    const QList<Agreement> saved = session.agreements().agreementsOfCase(c.id).value();
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().supportNeed == QStringLiteral("Äiti tarvitsee lepoa."));
    MessageBox::setAutomaticAnswer(std::nullopt);
}

TEST_CASE("UI: the case's time line shows the pathway, deadlines, decisions and measures – zoomed and saved as PDF",
          "[ui][documents][timeline]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    WorkstationSettings settings;
    MainWindow window(languages, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    window.show();
    Session &session = window.session();
    ClientCase c = test::familyOfIida(session);
    c.initiation.receivedAt = QDateTime(Clock::today().addDays(-100), QTime(9, 0));
    c.initiation.decidedOn = Clock::today().addDays(-98);
    c.initiation.assessmentStarts = true;
    REQUIRE(session.cases().open(c).ok());
    const Measure measure = supportFamilyMeasure(session, c.id);

    REQUIRE(window.showCase(c.id));
    window.casePage()->tabs()->setCurrentIndex(CasePage::TimelineTab);
    TimelinePanel *panel = window.casePage()->timelinePanel();
    CHECK(panel->timeline()->barCount() == 1); // the measure (no issued decision yet)
    CHECK(panel->timeline()->zoom() == 0);     // the whole case fits
    panel->zoomIn();
    const double zoomed = panel->timeline()->zoom();
    CHECK(zoomed > 0);
    panel->zoomIn();
    CHECK(panel->timeline()->zoom() > zoomed);
    panel->zoomOut();
    CHECK(panel->timeline()->zoom() == Approx(zoomed));
    panel->fitWhole();
    CHECK(panel->timeline()->zoom() == 0);

    const QString pdf = dir.filePath(QStringLiteral("timeline.pdf"));
    REQUIRE(panel->savePdf(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString shown = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(shown.contains(QStringLiteral("Iida Mäkelä")));
    CHECK(shown.contains(QStringLiteral("Contact received")));
    CHECK(shown.contains(QStringLiteral("Assessment starts")));
    CHECK(shown.contains(QStringLiteral("Tukiperhe")));
    CHECK(session.accessLog().entriesOfCase(c.id, false)->first().action == AccessAction::Pdf);
}

TEST_CASE("UI: a time line with an ending or refusing decision, which has no start, is drawn and ends",
          "[ui][timeline]")
{
    CaseTimeline timeline;
    const QDate today(2026, 12, 7);
    // A bar without a start once made the month axis run without end.
    timeline.setContent({{QDate(), QStringLiteral("no day")}, {QDate(2026, 3, 1), QStringLiteral("Päätös 2026/0001")}},
                        {}, {{QStringLiteral("Päätös 2026/0002"), QDate(), QDate(2026, 6, 30), true}}, today);
    QImage image(800, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    timeline.render(painter, QRectF(image.rect()));
    painter.end();
    CHECK(timeline.barCount() == 1);
    CHECK(timeline.sizeHint().width() > 0);
    int drawn = 0; // the call came back, and it drew the axis, the mark and the bar
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    CHECK(drawn > 500);
}

TEST_CASE("UI: only workers who may decide are offered as decision makers, and a substitute is said so",
          "[ui][decisions][workers]")
{
    const auto worker = [](const char *first, const char *last, bool decides) {
        Worker w;
        w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        w.firstNames = QString::fromUtf8(first);
        w.lastName = QString::fromUtf8(last);
        w.decisionAuthority = decides;
        return w;
    };
    const Worker sari = worker("Sari", "Sosiaalityö", true);
    const Worker sanna = worker("Sanna", "Sijainen", true);
    const Worker olli = worker("Olli", "Ohjaaja", false);
    DecisionForm form;
    form.setWorkers({sari, sanna, olli}, sari.id);
    Decision d;
    d.caseId = QStringLiteral("case");
    d.decisionMakerId = sari.id;
    form.showDecision(d, InDepthType::None, QString(), true);
    CHECK(form.makerCombo()->count() == 3); // (not named), Sari and Sanna
    CHECK(form.makerCombo()->findText(QStringLiteral("Olli Ohjaaja")) < 0);
    CHECK_FALSE(form.substituteNote()->isVisibleTo(&form));
    form.makerCombo()->setCurrentIndex(form.makerCombo()->findText(QStringLiteral("Sanna Sijainen")));
    CHECK(form.substituteNote()->isVisibleTo(&form));
    CHECK(form.substituteNote()->text().contains(QStringLiteral("Sari Sosiaalityö")));
    CHECK(form.decision().decisionMakerId == sanna.id);
    // An issued decision keeps showing its maker, whose authority has ended since.
    d.decisionMakerId = olli.id;
    form.showDecision(d, InDepthType::None, QString(), false);
    CHECK(form.makerCombo()->currentText() == QStringLiteral("Olli Ohjaaja"));
}

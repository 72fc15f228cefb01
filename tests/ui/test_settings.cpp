#include "catchshim.h"
#include "common/clock.h"
#include "sessionfixtures.h"

#include "common/errorlabel.h"
#include "i18n/languagemanager.h"
#include "worklist/worklistpage.h"
#include "mainwindow/firstrunwizard.h"
#include "mainwindow/mainwindow.h"
#include "modalresponder.h"
#include "printing/documentprinter.h"
#include "privacy/pinhash.h"
#include "privacy/homevisit.h"
#include "privacy/screenlock.h"
#include "common/messagebox.h"
#include "families/familypage.h"
#include "cases/casepage.h"
#include "backup/automaticbackup.h"
#include "backup/backuplocation.h"
#include "backup/dailybackup.h"
#include "backup/backups.h"
#include "settings/backupspage.h"
#include "settings/documentspage.h"
#include "settings/languagepage.h"
#include "settings/mepage.h"
#include "settings/organisationpage.h"
#include "settings/privacypage.h"
#include "settings/settingsdialog.h"
#include "settings/workerspage.h"
#include "settings/workstationsettings.h"

#include <QDir>
#include <QSignalSpy>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QAbstractItemView>
#include <QLabel>

using namespace tukipolku;
using namespace tukipolku::ui;

namespace {
struct Fixture {
    QTemporaryDir dir;
    LanguageManager languages;
    WorkstationSettings settings;
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        languages.setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(languages, settings);
        REQUIRE_FALSE(window->openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    }
    Session &session() { return window->session(); }
};
} // namespace

TEST_CASE("UI: the organisation page checks fields as they are typed and names the wrong one", "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.session(), f.settings, f.languages);
    OrganisationPage *page = dialog.organisationPage();
    page->field(&Organisation::organiser)->setText(QStringLiteral("Lapin hyvinvointialue"));
    page->field(&Organisation::postalCode)->setText(QStringLiteral("961"));
    CHECK(page->errorLabel()->text().contains(QStringLiteral("Postal code")));
    CHECK(page->errorLabel()->text().contains(QStringLiteral("five digits")));
    CHECK_FALSE(page->save());
    CHECK(f.session().organisation().load().organiser.isEmpty()); // nothing was saved

    page->field(&Organisation::postalCode)->setText(QStringLiteral("96101"));
    CHECK(page->errorLabel()->text().isEmpty());
    page->field(&Organisation::registryEmail)->setText(QStringLiteral("kirjaamo@"));
    CHECK(page->errorLabel()->text().contains(QStringLiteral("Registry e-mail")));
    page->field(&Organisation::emergencyLine)->setText(QStringLiteral("call us"));
    CHECK(page->errorLabel()->text().contains(QStringLiteral("Child welfare on-call line")));
    CHECK_FALSE(page->save());
    page->field(&Organisation::registryEmail)->setText(QStringLiteral("kirjaamo@lapha.example"));
    page->field(&Organisation::emergencyLine)->setText(QStringLiteral("0800 123 456"));
    page->field(&Organisation::postalAddress)->setText(QStringLiteral("PL 8216"));
    page->field(&Organisation::postOffice)->setText(QStringLiteral("Rovaniemi"));
    page->field(&Organisation::boardName)->setText(QStringLiteral("Yksilöasioiden jaosto"));
    REQUIRE(page->save());
    const Organisation saved = f.session().organisation().load();
    CHECK(saved.organiser == QLatin1String("Lapin hyvinvointialue"));
    CHECK(saved.fullPostalAddress() == QStringLiteral("PL 8216, 96101 Rovaniemi"));
    CHECK(saved.registryEmail == QLatin1String("kirjaamo@lapha.example"));

    // The preview shows where the settings appear: the letterhead and the appeal instructions.
    const QString preview = page->preview()->toPlainText();
    CHECK(preview.contains(QStringLiteral("Lapin hyvinvointialue")));
    CHECK(preview.contains(QStringLiteral("PL 8216, 96101 Rovaniemi")));
    CHECK(preview.contains(QStringLiteral("Yksilöasioiden jaosto")));
    // Without the registry's opening hours the instructions are not whole.
    CHECK(preview.contains(QStringLiteral("opening hours")));
    CHECK_FALSE(preview.contains(QStringLiteral("On documents in Swedish")));

    // The names in Swedish and the registry's hours: the preview shows both.
    page->field(&Organisation::organiserSv)->setText(QStringLiteral("Lapplands välfärdsområde"));
    page->field(&Organisation::boardNameSv)->setText(QStringLiteral("Sektionen för individärenden"));
    page->field(&Organisation::registryAddress)->setText(QStringLiteral("PL 8215, 96101 Rovaniemi"));
    page->field(&Organisation::registryHours)->setText(QStringLiteral("ma–pe 9–15"));
    REQUIRE(page->save());
    const QString whole = page->preview()->toPlainText();
    CHECK(whole.contains(QStringLiteral("On documents in Swedish")));
    CHECK(whole.contains(QStringLiteral("Lapplands välfärdsområde")));
    CHECK(whole.contains(QStringLiteral("PL 8215, 96101 Rovaniemi, kirjaamo@lapha.example (open ma–pe 9–15)")));
    CHECK(whole.contains(QStringLiteral("sender's own risk")));
    CHECK_FALSE(whole.contains(QStringLiteral("need the board")));
    const Organisation both = f.session().organisation().load();
    CHECK(both.registryHours == QStringLiteral("ma–pe 9–15"));
    CHECK(both.inLanguage(QStringLiteral("sv")).organiser == QStringLiteral("Lapplands välfärdsområde"));
    CHECK(both.inLanguage(QStringLiteral("sv")).unit.isEmpty()); // no Swedish name: the Finnish one (empty here)
    CHECK(both.inLanguage(QStringLiteral("fi")).boardName == QStringLiteral("Yksilöasioiden jaosto"));
}

TEST_CASE("UI: a new organiser name is printed on the next document", "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.session(), f.settings, f.languages);
    dialog.organisationPage()->field(&Organisation::organiser)->setText(QStringLiteral("Pohjanmaan hyvinvointialue"));
    REQUIRE(dialog.organisationPage()->save());
    const PrintableDocument before = f.session().contactForms().blank(QStringLiteral("fi"));
    CHECK(before.decoration.organiser == QStringLiteral("Pohjanmaan hyvinvointialue"));

    dialog.organisationPage()->field(&Organisation::organiser)->setText(QStringLiteral("Keski-Pohjanmaan hyvinvointialue"));
    REQUIRE(dialog.organisationPage()->save());
    const PrintableDocument after = f.session().contactForms().blank(QStringLiteral("sv"));
    CHECK(after.decoration.organiser == QStringLiteral("Keski-Pohjanmaan hyvinvointialue"));
    CHECK(after.html.contains(QStringLiteral("Keski-Pohjanmaan hyvinvointialue")));

    // And on a decision: its letterhead names the new organiser.
    const ClientCase c = test::openCaseOfIida(f.session(), QDateTime(Clock::today().addDays(-30), QTime(10, 0)), PersonLanguage::Finnish);
    const Family family = *f.session().families().find(c.familyId);
    const Person child = c.child;
    Measure measure;
    measure.caseId = c.id;
    measure.catalogueId = f.session().measures().catalogueEntryByCode(QStringLiteral("family_work"))->id;
    measure.start = Clock::today().addDays(-7);
    measure.plannedEnd = Clock::today().addMonths(6);
    REQUIRE(f.session().measures().save(measure).ok());
    Decision decision = f.session().decisions().draftFromMeasure(measure, DecisionSubject::Start);
    REQUIRE(f.session().decisions().save(decision).ok());
    const Outcome<PrintableDocument> rendered = f.session().decisions().document(decision.id);
    REQUIRE(rendered.has_value());
    CHECK(rendered->decoration.organiser == QStringLiteral("Keski-Pohjanmaan hyvinvointialue"));
    const QString pdf = f.dir.filePath(QStringLiteral("decision.pdf"));
    QString error;
    REQUIRE(DocumentPrinter::writePdf(rendered->html, rendered->decoration, pdf, Overwrite::Refuse, &error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Keski-Pohjanmaan hyvinvointialue")));
}

TEST_CASE("UI: a logo chosen on the documents page is printed in every page's letterhead", "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.session(), f.settings, f.languages);
    dialog.showPage(SettingsDialog::Documents);
    DocumentsPage *page = dialog.documentsPage();

    // A text file is no logo: refused with the file's name, nothing kept.
    const QString text = f.dir.filePath(QStringLiteral("logo.txt"));
    QFile textFile(text);
    REQUIRE(textFile.open(QIODevice::WriteOnly));
    textFile.write("not an image");
    textFile.close();
    CHECK_FALSE(page->chooseLogo(text));
    CHECK(page->errorLabel()->text().contains(QStringLiteral("logo.txt")));
    CHECK(page->logo().isEmpty());

    // A large JPEG is scaled down and kept as PNG; the organisation's fields stay.
    dialog.organisationPage()->field(&Organisation::organiser)->setText(QStringLiteral("Lapin hyvinvointialue"));
    REQUIRE(dialog.organisationPage()->save());
    QImage picture(1200, 600, QImage::Format_RGB32);
    picture.fill(QColor(0, 90, 160));
    const QString jpeg = f.dir.filePath(QStringLiteral("logo.jpg"));
    REQUIRE(picture.save(jpeg, "JPEG"));
    REQUIRE(page->chooseLogo(jpeg));
    REQUIRE(page->save());
    const Organisation saved = f.session().organisation().load();
    CHECK(saved.organiser == QStringLiteral("Lapin hyvinvointialue"));
    QImage kept;
    REQUIRE(kept.loadFromData(saved.logo, "PNG"));
    CHECK(kept.height() == 160);
    CHECK(kept.width() == 320);

    // Every page of a document carries it: one image per page in the PDF.
    const PrintableDocument blank = f.session().contactForms().blank(QStringLiteral("fi"));
    CHECK(blank.decoration.logo == saved.logo);
    const QString pdf = f.dir.filePath(QStringLiteral("form.pdf"));
    QString error;
    REQUIRE(DocumentPrinter::writePdf(blank.html, blank.decoration, pdf, Overwrite::Refuse, &error));
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(images.waitForFinished(30000));
    const QStringList rows = QString::fromUtf8(images.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(rows.size() - 2 == 2); // a header of two lines, then the two pages' logos

    // Removed, it is gone from the next document.
    page->removeLogo();
    REQUIRE(page->save());
    CHECK(f.session().contactForms().blank(QStringLiteral("fi")).decoration.logo.isEmpty());
}

TEST_CASE("UI: the Me page edits the worker chosen on the workers page", "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.session(), f.settings, f.languages);
    dialog.showPage(SettingsDialog::Me);
    CHECK_FALSE(dialog.mePage()->firstNamesField()->isEnabled()); // nobody chosen yet

    dialog.showPage(SettingsDialog::Workers);
    WorkersPage *workers = dialog.workersPage();
    workers->firstNamesField()->setText(QStringLiteral("Aino"));
    workers->lastNameField()->setText(QStringLiteral("Aaltonen"));
    workers->addButton()->click(); // the first worker added is taken as me
    dialog.showPage(SettingsDialog::Me);
    MePage *me = dialog.mePage();
    REQUIRE(me->firstNamesField()->isEnabled());
    CHECK(me->lastNameField()->text() == QStringLiteral("Aaltonen"));
    me->titleField()->setText(QStringLiteral("sosiaalityöntekijä"));
    me->phoneField()->setText(QStringLiteral("soita"));
    CHECK(me->errorLabel()->text().contains(QStringLiteral("phone number")));
    CHECK_FALSE(me->save());
    me->phoneField()->setText(QStringLiteral("040 123 4567"));
    REQUIRE(me->save());
    const Outcome<Worker> saved = f.session().workers().find(f.session().workerId());
    REQUIRE(saved.has_value());
    CHECK(saved->title == QStringLiteral("sosiaalityöntekijä"));
    CHECK(saved->phone == QStringLiteral("040 123 4567"));
    CHECK(f.settings.currentWorkerId(f.session().database().path()) == saved->id);
}

TEST_CASE("UI: a worker's profession, licence and authority to decide are changed on the workers page",
          "[ui][settings][workers]")
{
    Fixture f;
    SettingsDialog dialog(f.session(), f.settings, f.languages);
    dialog.showPage(SettingsDialog::Workers);
    WorkersPage *workers = dialog.workersPage();
    CHECK_FALSE(workers->saveButton()->isEnabled()); // nobody selected yet
    workers->firstNamesField()->setText(QStringLiteral("Sanna"));
    workers->lastNameField()->setText(QStringLiteral("Sijainen"));
    workers->professionCombo()->setCurrentIndex(1); // social worker
    workers->licensedField()->setChecked(true);
    workers->registerNumberField()->setText(QStringLiteral("10004321"));
    workers->authorityField()->setChecked(true);
    workers->addButton()->click();
    CHECK_FALSE(workers->authorityField()->isChecked()); // empty for the next one
    workers->firstNamesField()->setText(QStringLiteral("Olli"));
    workers->lastNameField()->setText(QStringLiteral("Ohjaaja"));
    workers->professionCombo()->setCurrentIndex(2); // social counsellor
    workers->addButton()->click();
    REQUIRE(workers->list()->count() == 2);
    const auto stored = [&f](const QString &lastName) {
        const QList<Worker> all = f.session().workers().all().value_or({});
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const Worker &w) { return w.lastName == lastName; });
        return found != all.cend() ? *found : Worker();
    };
    CHECK(stored(QStringLiteral("Sijainen")).decisionAuthority);
    CHECK(stored(QStringLiteral("Sijainen")).registerNumber == QStringLiteral("10004321"));
    CHECK(stored(QStringLiteral("Ohjaaja")).profession == Profession::SocialCounsellor);
    CHECK_FALSE(stored(QStringLiteral("Ohjaaja")).decisionAuthority);
    // The list says who decides; selecting a worker shows their fields to change.
    const QList<QListWidgetItem *> olli = workers->list()->findItems(QStringLiteral("Olli"), Qt::MatchStartsWith);
    REQUIRE(olli.size() == 1);
    CHECK_FALSE(olli.first()->text().contains(QStringLiteral("(decides)")));
    workers->list()->setCurrentItem(olli.first());
    CHECK(workers->saveButton()->isEnabled());
    CHECK(workers->lastNameField()->text() == QStringLiteral("Ohjaaja"));
    CHECK(workers->professionCombo()->currentIndex() == 2);
    workers->authorityField()->setChecked(true);
    workers->saveButton()->click();
    CHECK(stored(QStringLiteral("Ohjaaja")).decisionAuthority);
    CHECK(workers->list()->currentItem()->text().contains(QStringLiteral("(decides)")));
    CHECK(workers->list()->count() == 2); // changed, not added
    // A name cannot be emptied: refused in words, the fields kept.
    workers->lastNameField()->clear();
    workers->saveButton()->click();
    CHECK(workers->errorLabel()->text().contains(QStringLiteral("last name")));
    CHECK(stored(QStringLiteral("Ohjaaja")).firstNames == QStringLiteral("Olli"));
}

TEST_CASE("UI: the language page switches the program's language at once and keeps it", "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.session(), f.settings, f.languages);
    dialog.showPage(SettingsDialog::Language);
    dialog.languagePage()->choose(QStringLiteral("sv"));
    CHECK(f.languages.current() == QStringLiteral("sv"));
    CHECK(f.settings.language() == QStringLiteral("sv"));
    QCoreApplication::processEvents(); // Qt posts the language change to every window
    CHECK(dialog.windowTitle() == QStringLiteral("Inställningar"));
    dialog.languagePage()->choose(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(dialog.windowTitle() == QStringLiteral("Settings"));
}

TEST_CASE("UI: the first-run wizard sets up the unit and me on a new database, once", "[ui][settings][firstrun]")
{
    Fixture f;
    REQUIRE(FirstRunWizard::isNeeded(f.session()));
    FirstRunWizard wizard(f.session(), f.settings);
    wizard.show();
    CHECK(wizard.nextId() == FirstRunWizard::OrganisationPage);
    wizard.next();
    wizard.organiserField()->setText(QStringLiteral("Lapin hyvinvointialue"));
    wizard.unitField()->setText(QStringLiteral("Lapsiperheiden sosiaalityö"));
    wizard.phoneField()->setText(QStringLiteral("ring"));
    CHECK_FALSE(wizard.currentPage()->isComplete()); // a wrong phone number holds Next back
    wizard.phoneField()->setText(QStringLiteral("016 322 4000"));
    CHECK(wizard.currentPage()->isComplete());
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::MePage);
    wizard.firstNamesField()->setText(QStringLiteral("Aino"));
    wizard.lastNameField()->setText(QStringLiteral("Aaltonen"));
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::BackupPage);
    const QString backups = f.dir.filePath(QStringLiteral("backups"));
    wizard.backupFolderField()->setText(backups);
    wizard.accept();
    CHECK(wizard.result() == QDialog::Accepted);

    const Organisation organisation = f.session().organisation().load();
    CHECK(organisation.organiser == QStringLiteral("Lapin hyvinvointialue"));
    CHECK(organisation.phone == QStringLiteral("016 322 4000"));
    const Outcome<Worker> me = f.session().workers().find(f.session().workerId());
    REQUIRE(me.has_value());
    CHECK(me->fullName() == QStringLiteral("Aino Aaltonen"));
    CHECK(f.settings.currentWorkerId(f.session().database().path()) == me->id);
    CHECK_FALSE(FirstRunWizard::isNeeded(f.session())); // never asked again
    CHECK(f.settings.backupFolder() == backups);
    f.settings.setBackupFolder(QString()); // the workstation's settings outlive the test
}

TEST_CASE("UI: the first-run wizard skips everything, or opens a demo database instead", "[ui][settings][firstrun]")
{
    Fixture f;
    {
        FirstRunWizard skipped(f.session(), f.settings);
        skipped.show();
        f.settings.setBackupFolder(QString());
        skipped.next();
        skipped.next();
        skipped.next();
        skipped.accept(); // every page left empty
        CHECK(f.settings.backupFolder().isEmpty());
        CHECK(skipped.result() == QDialog::Accepted);
        CHECK(FirstRunWizard::isNeeded(f.session())); // nothing saved: offered again next time
    }
    const QString ownFile = f.session().database().path();
    QFile::remove(MainWindow::demoDatabasePath());
    test::respondToModal<FirstRunWizard>([](FirstRunWizard *wizard) {
        wizard->chooseDemo(true);
        CHECK(wizard->nextId() == -1);
        wizard->accept();
    });
    f.window->offerFirstRun();
    CHECK(f.session().database().path() == QFileInfo(MainWindow::demoDatabasePath()).absoluteFilePath());
    CHECK_FALSE(FirstRunWizard::isNeeded(f.session())); // the demo unit is set up
    CHECK(f.window->currentPage() == static_cast<QWidget *>(f.window->worklistPage())); // the day starts on the worklist
    CHECK(QFileInfo::exists(ownFile)); // the user's own file is still there, untouched
}

TEST_CASE("UI: the backups page backs up into its folder, encrypted on demand, and restores into a new file",
          "[ui][settings][backups]")
{
    Fixture f;
    Family family;
    family.name = QStringLiteral("Mäkelä");
    REQUIRE(f.session().families().save(family).ok());
    // The workstation's settings outlive a test: start without a folder, and leave none behind.
    f.settings.setBackupFolder(QString());
    f.settings.setLastBackup(QDateTime());
    struct Forget {
        WorkstationSettings &settings;
        ~Forget() { settings.setBackupFolder(QString()); }
    } forget{f.settings};
    SettingsDialog dialog(f.session(), f.settings, f.languages);
    dialog.showPage(SettingsDialog::Backups);
    BackupsPage *page = dialog.backupsPage();
    CHECK_FALSE(page->backUpNow()); // no folder yet
    CHECK(page->errorLabel()->text().contains(QStringLiteral("folder")));

    const QString folder = f.dir.filePath(QStringLiteral("backups"));
    page->folderField()->setText(folder);
    REQUIRE(page->backUpNow());
    CHECK(f.settings.backupFolder() == folder);
    CHECK(f.settings.lastBackup().isValid());
    const QString ofThisDatabase = Backups::folderFor(folder, f.session().database().path());
    CHECK(ofThisDatabase == QDir(folder).filePath(QStringLiteral("unit")));
    REQUIRE(Backups::inFolder(ofThisDatabase).size() == 1);
    CHECK(page->statusLabel()->text().contains(QStringLiteral("passed the check")));

    const QString stick = f.dir.filePath(QStringLiteral("stick.tpbackup"));
    REQUIRE(page->backUpEncrypted(stick, QStringLiteral("pitkä salasana")));
    const QString restored = f.dir.filePath(QStringLiteral("restored.sqlite"));
    CHECK_FALSE(page->restore(stick, restored, QStringLiteral("väärä")));
    CHECK(page->errorLabel()->text().contains(QStringLiteral("password is wrong")));
    REQUIRE(page->restore(stick, restored, QStringLiteral("pitkä salasana")));
    Database copy;
    REQUIRE(copy.open(restored, Database::Mode::ReadOnly));
    CHECK(copy.check().isEmpty());

    // Closing the program after a change writes the automatic backup.
    const QDateTime before = f.settings.lastBackup();
    CHECK(AutomaticBackup::isDue(f.session().database(), f.settings, Clock::now()));
    f.window->close();
    CHECK(Backups::inFolder(ofThisDatabase).size() >= 1);
    CHECK(f.settings.lastBackup() >= before);
}

TEST_CASE("UI: while the program stays open a backup is written once a day off the window's thread",
          "[ui][settings][backups]")
{
    Fixture f;
    struct Forget {
        WorkstationSettings &settings;
        ~Forget() { settings.setBackupFolder(QString()); }
    } forget{f.settings};
    const QString folder = f.dir.filePath(QStringLiteral("daily"));
    f.settings.setBackupFolder(folder);
    const QDateTime now = Clock::now();
    DailyBackup *daily = f.window->dailyBackup();
    REQUIRE(daily);
    f.settings.setLastBackup(now.addSecs(-3600));
    CHECK_FALSE(daily->checkNow(now)); // an hour ago: not yet
    f.settings.setLastBackup(now.addDays(-2));
    QSignalSpy finished(daily, &DailyBackup::finished);
    REQUIRE(daily->checkNow(now));
    CHECK(daily->isRunning());
    CHECK_FALSE(daily->checkNow(now)); // one at a time
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().at(0).toBool());
    CHECK(f.settings.lastBackup() == now);
    const QList<QPair<QString, QDateTime>> written =
        Backups::inFolder(Backups::folderFor(folder, f.session().database().path()));
    REQUIRE(written.size() == 1);
    Database copy;
    REQUIRE(copy.open(written.first().first, Database::Mode::ReadOnly));
    CHECK(copy.check().isEmpty());
}

TEST_CASE("UI: a backup folder on a removable disk is refused for the plain automatic backups",
          "[ui][settings][backups]")
{
    Fixture f;
    f.settings.setBackupFolder(QString());
    struct Forget {
        WorkstationSettings &settings;
        ~Forget()
        {
            settings.setBackupFolder(QString());
            BackupLocation::setDetectorForTesting({});
        }
    } forget{f.settings};
    const QString stickFolder = f.dir.filePath(QStringLiteral("usb"));
    BackupLocation::setDetectorForTesting([stickFolder](const QString &path) { return path.startsWith(stickFolder); });
    SettingsDialog dialog(f.session(), f.settings, f.languages);
    dialog.showPage(SettingsDialog::Backups);
    BackupsPage *page = dialog.backupsPage();
    page->folderField()->setText(stickFolder);
    emit page->folderField()->editingFinished();
    CHECK_FALSE(page->errorLabel()->isHidden());
    CHECK(page->errorLabel()->text().contains(QStringLiteral("removable")));
    CHECK_FALSE(page->backUpNow()); // not written unencrypted
    CHECK(Backups::inFolder(Backups::folderFor(stickFolder, f.session().database().path())).isEmpty());
    // Encrypted it goes onto the stick.
    REQUIRE(page->backUpEncrypted(QDir(stickFolder).filePath(QStringLiteral("unit.tpbackup")),
                                  QStringLiteral("pitkä salasana")));
    page->folderField()->setText(f.dir.filePath(QStringLiteral("backups")));
    emit page->folderField()->editingFinished();
    CHECK(page->errorLabel()->isHidden());
}

namespace {
// Every text a person could read in `window` now: labels, fields, buttons,
// tables, lists, the title.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->text();
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    texts << model->index(row, column).data().toString();
            }
        }
    }
    return texts;
}
} // namespace

TEST_CASE("UI: Ctrl+L locks the window – no client's name shows until the PIN opens it", "[ui][settings][privacy]")
{
    Fixture f;
    f.window->show();
    const ClientCase c = test::openCaseOfIida(f.session(), QDateTime(QDate(2026, 3, 3), QTime(10, 0)), PersonLanguage::Finnish);
    const Family family = *f.session().families().find(c.familyId);
    const Person child = c.child;
    REQUIRE(f.window->showCase(c.id));
    CHECK(visibleTexts(f.window.get()).join(QLatin1Char(' ')).contains(QStringLiteral("Mäkelä")));

    {
        SettingsDialog dialog(f.session(), f.settings, f.languages);
        dialog.showPage(SettingsDialog::Privacy);
        CHECK_FALSE(dialog.privacyPage()->setPin(QStringLiteral("12"), QStringLiteral("12")));
        CHECK_FALSE(dialog.privacyPage()->setPin(QStringLiteral("24681"), QStringLiteral("24681"))); // five digits
        CHECK_FALSE(dialog.privacyPage()->setPin(QStringLiteral("kissa1"), QStringLiteral("kissa1"))); // digits only
        CHECK_FALSE(dialog.privacyPage()->setPin(QStringLiteral("246810"), QStringLiteral("246811")));
        REQUIRE(dialog.privacyPage()->setPin(QStringLiteral("246810"), QStringLiteral("246810")));
    }
    CHECK(f.settings.pinHash().startsWith(QStringLiteral("$argon2id$"))); // never the PIN itself

    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
    ScreenLock *lock = f.window->screenLock();
    REQUIRE(lock->isLocked());
    const QString shown = visibleTexts(f.window.get()).join(QLatin1Char(' '));
    CHECK_FALSE(shown.contains(QStringLiteral("Mäkelä")));
    CHECK_FALSE(shown.contains(QStringLiteral("Iida")));
    CHECK_FALSE(f.window->findAction()->isEnabled()); // no way to the search past the lock

    CHECK_FALSE(lock->unlock(QStringLiteral("135790")));
    CHECK(lock->isLocked());
    Clock::set(Clock::now().addSecs(2)); // after the wait a wrong PIN brings
    REQUIRE(lock->unlock(QStringLiteral("246810")));
    Clock::reset();
    CHECK(f.window->currentPage() == static_cast<QWidget *>(f.window->casePage()));
    CHECK(f.window->findAction()->isEnabled());
    f.settings.setPinHash(QString());
}

TEST_CASE("UI: home-visit mode shows only the family visited until the PIN ends it", "[ui][settings][privacy]")
{
    Fixture f;
    f.window->show();
    MessageBox::setAutomaticAnswer(QMessageBox::Ok);
    QList<ClientCase> cases;
    for (const auto &[first, last] : {std::pair{"Iida", "Mäkelä"}, std::pair{"Onni", "Korhonen"}}) {
        Family family;
        family.name = QString::fromUtf8(last);
        REQUIRE(f.session().families().save(family).ok());
        Person child;
        child.firstNames = QString::fromUtf8(first);
        child.lastName = QString::fromUtf8(last);
        child.birthDate = QDate(2017, 9, 9);
        REQUIRE(f.session().families().addMember(family.id, child, FamilyRole::Child).ok());
        ClientCase c;
        c.familyId = family.id;
        c.child = child;
        c.initiation.receivedAt = QDateTime(QDate(2026, 3, 3), QTime(10, 0));
        REQUIRE(f.session().cases().open(c).ok());
        cases << c;
    }
    f.settings.setPinHash(PinHash::hash(QStringLiteral("246810")));
    REQUIRE(f.window->showCase(cases.first().id));
    f.window->startHomeVisit();
    REQUIRE(f.window->homeVisit()->isActive());
    CHECK(f.window->currentPage() == static_cast<QWidget *>(f.window->familyPage()));

    // Nothing of the other family anywhere the worker can go: the family page and every case tab.
    QStringList seen = visibleTexts(f.window.get());
    REQUIRE(f.window->showCase(cases.first().id));
    for (int tab = 0; tab < f.window->casePage()->tabs()->count(); ++tab) {
        f.window->casePage()->tabs()->setCurrentIndex(tab);
        seen << visibleTexts(f.window.get());
    }
    const QString all = seen.join(QLatin1Char(' '));
    CHECK(all.contains(QStringLiteral("Mäkelä")));
    CHECK_FALSE(all.contains(QStringLiteral("Korhonen")));
    CHECK_FALSE(all.contains(QStringLiteral("Onni")));
    CHECK_FALSE(f.window->showCase(cases.last().id)); // not even by a way round
    CHECK_FALSE(f.window->showFamily(cases.last().familyId));
    CHECK_FALSE(f.window->findAction()->isEnabled());
    CHECK_FALSE(f.window->caseListAction()->isEnabled());
    CHECK(f.window->helpAction()->isEnabled());

    // Closing the window asks for the PIN first: without it the visit goes on; a wrong PIN does not end it either.
    test::respondToModal<QInputDialog>([](QInputDialog *dialog) { dialog->reject(); });
    f.window->close();
    CHECK(f.window->isVisible());
    CHECK_FALSE(f.window->endHomeVisit(QStringLiteral("135790")));
    CHECK(f.window->homeVisit()->isActive());
    Clock::set(Clock::now().addSecs(2));
    REQUIRE(f.window->endHomeVisit(QStringLiteral("246810")));
    Clock::reset();
    CHECK(f.window->findAction()->isEnabled());
    CHECK(f.window->showCase(cases.last().id));
    f.settings.setPinHash(QString());
    MessageBox::setAutomaticAnswer(std::nullopt);
}

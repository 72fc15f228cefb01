#include "catchshim.h"
#include "sessionfixtures.h"
#include "testdatabase.h"

#include "common/errorlabel.h"
#include "fieldcopy/fieldcopyexportdialog.h"
#include "fieldcopy/fieldcopyimportdialog.h"
#include "fieldcopy/fieldlabels.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>

using namespace tukipolku;
using namespace tukipolku::ui;
using tukipolku::test::TestDatabase;

namespace {
const QString password = QStringLiteral("kotikäynti 2026");

QString writeCopyOf(Session &session, const QString &familyId, const QString &file)
{
    FieldCopyExportDialog dialog(session, familyId);
    dialog.password()->setText(password);
    dialog.repeat()->setText(password);
    dialog.file()->setText(file);
    REQUIRE(dialog.writeCopy());
    return file;
}

void setPhone(Session &session, const QString &personId, const QString &phone)
{
    Person person = *session.persons().find(personId);
    person.phone = phone;
    REQUIRE(session.persons().save(person).ok());
}
} // namespace

TEST_CASE("UI: a family goes to the laptop in a field copy and comes back with a conflict chosen side by side",
          "[ui][fieldcopy]")
{
    TestDatabase officeDb;
    Session office(officeDb.database(), officeDb.worker().id);
    const ClientCase iida = test::openCaseOfIida(office, test::at10(QDate(2026, 11, 2)));
    QTemporaryDir dir;

    // The export dialog offers the family in view, ticked, and wants the password twice.
    const QString out = dir.filePath(QStringLiteral("out.tpfield"));
    {
        FieldCopyExportDialog dialog(office, iida.familyId);
        REQUIRE(dialog.families()->count() >= 1);
        QListWidgetItem *item = dialog.families()->item(0);
        CHECK(item->text().startsWith(QStringLiteral("Mäkelä (Iida")));
        CHECK(item->checkState() == Qt::Checked);
        dialog.filter()->setText(QStringLiteral("no such name"));
        CHECK_FALSE(item->isHidden()); // a ticked family never disappears from sight
        dialog.password()->setText(password);
        dialog.repeat()->setText(QStringLiteral("something else"));
        dialog.file()->setText(out);
        CHECK_FALSE(dialog.writeCopy());
        CHECK_FALSE(dialog.error()->isHidden());
        CHECK_FALSE(QFile::exists(out));
        dialog.repeat()->setText(password);
        REQUIRE(dialog.writeCopy());
        CHECK(QFile::exists(out));
    }

    TestDatabase laptopDb;
    Session laptop(laptopDb.database(), laptopDb.worker().id);
    {
        FieldCopyImportDialog dialog(laptop, out);
        dialog.password()->setText(QStringLiteral("wrong password"));
        CHECK_FALSE(dialog.readCopy());
        CHECK(dialog.error()->text().contains(QStringLiteral("password")));
        dialog.password()->setText(password);
        REQUIRE(dialog.readCopy());
        CHECK(dialog.summary()->text().contains(QStringLiteral("Mäkelä")));
        CHECK(dialog.conflicts()->isHidden());
        REQUIRE(dialog.importCopy());
    }
    REQUIRE(laptop.cases().find(iida.id).has_value());
    QThread::msleep(3);

    // Iida's phone changed on both sides: one conflict, the two values side by side.
    setPhone(laptop, iida.child.id, QStringLiteral("040 111 2222"));
    setPhone(office, iida.child.id, QStringLiteral("050 999 8888"));
    const QString back = writeCopyOf(laptop, iida.familyId, dir.filePath(QStringLiteral("back.tpfield")));
    FieldCopyImportDialog dialog(office, back);
    dialog.password()->setText(password);
    REQUIRE(dialog.readCopy());
    CHECK_FALSE(dialog.conflicts()->isHidden());
    REQUIRE(dialog.conflicts()->topLevelItemCount() == 1);
    QTreeWidgetItem *record = dialog.conflicts()->topLevelItem(0);
    CHECK(record->text(0).contains(QStringLiteral("Iida Mäkelä")));
    REQUIRE(record->childCount() == 1);
    CHECK(record->child(0)->text(0) == FieldLabels::field(QStringLiteral("persons"), QStringLiteral("phone")));
    CHECK(record->child(0)->text(1) == QStringLiteral("050 999 8888"));
    CHECK(record->child(0)->text(2) == QStringLiteral("040 111 2222"));
    QComboBox *choice = dialog.choiceOf(0);
    REQUIRE(choice);
    CHECK(choice->currentIndex() == 0); // nothing is decided for the worker
    choice->setCurrentIndex(choice->findData(int(ConflictChoice::TakeCopy)));
    REQUIRE(dialog.importCopy());
    CHECK(office.persons().find(iida.child.id)->phone == QStringLiteral("040 111 2222"));
}

// The mouse wheel scrolls a form; it changes only the field the user is in.
#include "catchshim.h"

#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "settings/workstationsettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSpontaneKeyEvent>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace tukipolku;
using namespace tukipolku::ui;

namespace {
// One notch of the wheel downwards over the middle of `widget`, as from the
// mouse: Qt passes on to the widgets around only a spontaneous wheel event
// that nobody accepts, and sendEvent() would mark it as not spontaneous.
void wheelDown(QWidget *widget)
{
    const QPointF centre(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    QApplication::instance()->notify(widget, &wheel);
}
} // namespace

TEST_CASE("UI: the wheel scrolls past fields it has not been given and steps the one in use", "[ui][wheel]")
{
    // The window installs the guard for the whole program.
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    WorkstationSettings settings;
    MainWindow window(languages, settings);

    QScrollArea area;
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    auto *name = new QLineEdit(form);
    auto *maker = new QComboBox(form);
    maker->addItems({QStringLiteral("Aino Aaltonen"), QStringLiteral("Bertta Berg"), QStringLiteral("Cecilia Carlsson")});
    auto *hours = new QSpinBox(form);
    hours->setValue(5);
    auto *day = new QDateEdit(QDate(2026, 12, 7), form);
    layout->addWidget(name);
    for (QWidget *field : {static_cast<QWidget *>(maker), static_cast<QWidget *>(hours), static_cast<QWidget *>(day)}) {
        layout->addWidget(field);
        layout->addSpacing(600); // a long form: the area has something to scroll
    }
    area.setWidget(form);
    area.resize(400, 300);
    area.show();
    area.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&area));
    name->setFocus();
    REQUIRE(name->hasFocus());

    REQUIRE(area.verticalScrollBar()->maximum() > 0);
    const int scrolled = area.verticalScrollBar()->value();
    wheelDown(maker);
    wheelDown(hours);
    wheelDown(day);
    CHECK(maker->currentIndex() == 0);
    CHECK(hours->value() == 5);
    CHECK(day->date() == QDate(2026, 12, 7));
    CHECK(area.verticalScrollBar()->value() > scrolled); // the form scrolled instead

    // In the field the user chose, the wheel steps it as always.
    maker->setFocus();
    REQUIRE(maker->hasFocus());
    wheelDown(maker);
    CHECK(maker->currentIndex() == 1);
    hours->setFocus();
    wheelDown(hours);
    CHECK(hours->value() == 4);
}

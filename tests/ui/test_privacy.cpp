// The screen lock and the home visit as a worker and a stranger meet them.
#include "catchshim.h"
#include "fixedclock.h"
#include "modalresponder.h"
#include "sessionfixtures.h"

#include "common/messagebox.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "privacy/homevisit.h"
#include "privacy/pinhash.h"
#include "privacy/pinsetupdialog.h"
#include "privacy/screenlock.h"
#include "settings/workstationsettings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace tukipolku;
using namespace tukipolku::ui;

namespace {
const QString rightPin = QStringLiteral("246810");
const QString wrongPin = QStringLiteral("135790");

// The program on a new database in English, showing the case of Iida Mäkelä.
struct Window {
    QTemporaryDir dir;
    LanguageManager languages;
    WorkstationSettings settings;
    std::unique_ptr<MainWindow> window;
    ClientCase clientCase;

    explicit Window(const QString &pin)
    {
        languages.setLanguage(QStringLiteral("en"));
        settings.setPinHash(pin.isEmpty() ? QString() : PinHash::hash(pin));
        window = std::make_unique<MainWindow>(languages, settings);
        REQUIRE_FALSE(window->openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
        window->show();
        clientCase = test::openCaseOfIida(window->session(), QDateTime(QDate(2026, 3, 3), QTime(10, 0)));
        REQUIRE(window->showCase(clientCase.id));
    }
    ~Window() { settings.setPinHash(QString()); } // the next test starts without a PIN

    QAction *endVisitAction() const
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("&End the Home Visit…"))
                return action;
        }
        return nullptr;
    }
};
} // namespace

TEST_CASE("UI: after a lock and an unlock a home visit can still be ended, and its banner shows", "[ui][privacy]")
{
    Window w(rightPin);
    MainWindow &window = *w.window;
    ScreenLock *lock = window.screenLock();
    REQUIRE(lock->lock());
    REQUIRE(lock->unlock(rightPin));

    window.startHomeVisit();
    REQUIRE(window.homeVisit()->isActive());
    QAction *endVisit = w.endVisitAction();
    REQUIRE(endVisit);
    CHECK(endVisit->isVisible());
    CHECK(endVisit->isEnabled()); // it was turned off for good by the lock before
    CHECK(window.quitAction()->isEnabled()); // Quit asks for the PIN instead
    CHECK(window.homeVisitBanner()->isVisible());
    CHECK(window.homeVisitBanner()->text().contains(QStringLiteral("Home visit")));
    CHECK_FALSE(window.homeVisitBanner()->text().contains(QStringLiteral("Mäkelä"))); // names no one

    // A lock during the visit, and the visit still ends after it.
    REQUIRE(lock->lock());
    REQUIRE(lock->unlock(rightPin));
    CHECK(endVisit->isEnabled());
    test::respondToModal<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(rightPin);
        dialog->accept();
    });
    endVisit->trigger();
    CHECK_FALSE(window.homeVisit()->isActive());
    CHECK_FALSE(window.homeVisitBanner()->isVisible());
    CHECK(window.findAction()->isEnabled());
}

TEST_CASE("UI: the first lock asks for a PIN of six digits, and a removed PIN never opens the lock", "[ui][privacy]")
{
    Window w{QString()};
    MainWindow &window = *w.window;
    ScreenLock *lock = window.screenLock();

    // Cancelled: nothing locks, and there is still no PIN.
    test::respondToModal<PinSetupDialog>([](PinSetupDialog *dialog) { dialog->reject(); });
    CHECK_FALSE(lock->lock());
    CHECK_FALSE(lock->isLocked());
    CHECK(w.settings.pinHash().isEmpty());

    bool shortRefused = false;
    test::respondToModal<PinSetupDialog>([&shortRefused](PinSetupDialog *dialog) {
        dialog->pinField()->setText(QStringLiteral("1234"));
        dialog->againField()->setText(QStringLiteral("1234"));
        shortRefused = !dialog->save();
        dialog->pinField()->setText(rightPin);
        dialog->againField()->setText(rightPin);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    REQUIRE(lock->lock());
    CHECK(shortRefused);
    CHECK(lock->isLocked());
    CHECK(PinHash::verify(rightPin, w.settings.pinHash()));

    // The PIN setting removed behind the program's back: the lock stays shut.
    w.settings.setPinHash(QString());
    CHECK_FALSE(lock->unlock(rightPin));
    CHECK_FALSE(lock->unlock(QString()));
    CHECK(lock->isLocked());
    CHECK(lock->messageLabel()->text().contains(QStringLiteral("No PIN is set")));
    CHECK(lock->closeProgramButton()->isVisibleTo(lock->lockPage()));
}

TEST_CASE("UI: wrong PINs wait longer each time and the tenth closes the database", "[ui][privacy]")
{
    const test::FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(14, 0)));
    Window w(rightPin);
    MainWindow &window = *w.window;
    ScreenLock *lock = window.screenLock();
    REQUIRE(lock->lock());

    CHECK_FALSE(lock->unlock(wrongPin));
    CHECK(lock->messageLabel()->text().contains(QStringLiteral("Tries left: 9.")));
    CHECK_FALSE(lock->pinField()->isEnabled()); // until the wait is over
    CHECK_FALSE(lock->unlock(rightPin));       // too soon: not even compared
    CHECK(lock->messageLabel()->text().contains(QStringLiteral("Wait")));
    CHECK(lock->isLocked());

    qint64 previousWait = 0;
    for (int wrong = 2; wrong <= 10; ++wrong) {
        Clock::set(Clock::now().addSecs(61));
        CHECK_FALSE(lock->unlock(wrongPin));
        const qint64 wait = PinGuard::delayAfter(wrong);
        CHECK(wait >= previousWait);
        previousWait = wait;
    }
    CHECK(previousWait == 60000);
    CHECK(window.isClosedForGood());
    CHECK_FALSE(window.session().database().isOpen());
    CHECK(lock->messageLabel()->text().contains(QStringLiteral("Too many wrong PINs")));
    CHECK(lock->closeProgramButton()->isVisibleTo(lock->lockPage()));
    Clock::set(Clock::now().addSecs(120));
    CHECK_FALSE(lock->unlock(rightPin)); // not even the right PIN opens it now
    CHECK(lock->isLocked());
    CHECK_FALSE(window.findAction()->isEnabled());
    CHECK(window.quitAction()->isEnabled());
}

#include "catchshim.h"
#include "sessionfixtures.h"

#include "cases/casepage.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsdialog.h"
#include "settings/workstationsettings.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace tukipolku;
using namespace tukipolku::ui;

namespace {
// The access key of a text: the letter after a single '&'.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every access key on the screen in `window` now (visible widgets and the menu
// bar), with the texts that use it.
QMap<QChar, QStringList> accessKeys(QWidget *window)
{
    QMap<QChar, QStringList> keys;
    const auto add = [&keys](const QString &text) {
        if (const QChar key = mnemonic(text); !key.isNull())
            keys[key] << text;
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                add(action->text());
        }
    }
    return keys;
}

QStringList clashes(QWidget *window, const QString &view)
{
    QStringList found;
    const QMap<QChar, QStringList> keys = accessKeys(window);
    // For fixing clashes by hand: every access key of every view, one per line.
    if (const QString dump = qEnvironmentVariable("TUKIPOLKU_DUMP_ACCESS_KEYS"); !dump.isEmpty()) {
        QFile file(dump);
        if (file.open(QIODevice::Append | QIODevice::Text)) {
            for (const QStringList &texts : keys) {
                for (const QString &text : texts)
                    file.write((view + QLatin1Char('\t') + text + QLatin1Char('\n')).toUtf8());
            }
        }
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().size() > 1)
            found << QStringLiteral("%1: Alt+%2 is %3").arg(view, it.key(), it.value().join(QStringLiteral(" | ")));
    }
    return found;
}
} // namespace

TEST_CASE("UI: no two things on one screen share an access key, in English, Finnish and Swedish", "[ui][language]")
{
    QTemporaryDir dir;
    LanguageManager languages;
    WorkstationSettings settings;
    MainWindow window(languages, settings);
    REQUIRE_FALSE(window.openDatabase(dir.filePath(QStringLiteral("unit.sqlite"))).isError());
    window.resize(1280, 800);
    window.show();
    Session &session = window.session();
    const ClientCase c = test::openCaseOfIida(session, QDateTime(QDate(2026, 3, 3), QTime(10, 0)), PersonLanguage::Finnish);
    const Family family = *session.families().find(c.familyId);
    const Person child = c.child;

    QStringList found;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("sv")}) {
        REQUIRE(languages.setLanguage(language));
        QCoreApplication::processEvents();
        window.showWorklist();
        found << clashes(&window, language + QStringLiteral(" worklist"));
        window.showCaseList();
        found << clashes(&window, language + QStringLiteral(" case list"));
        REQUIRE(window.showCase(c.id));
        for (int tab = 0; tab < window.casePage()->tabs()->count(); ++tab) {
            window.casePage()->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            found << clashes(&window, QStringLiteral("%1 case tab %2").arg(language).arg(tab + 1));
        }
        REQUIRE(window.showFamily(family.id));
        found << clashes(&window, language + QStringLiteral(" family"));
        window.showProviders();
        found << clashes(&window, language + QStringLiteral(" providers"));

        SettingsDialog dialog(session, settings, languages, &window);
        dialog.show();
        for (int page = SettingsDialog::Organisation; page <= SettingsDialog::Language; ++page) {
            dialog.showPage(SettingsDialog::Page(page));
            QCoreApplication::processEvents();
            found << clashes(&dialog, QStringLiteral("%1 settings page %2").arg(language).arg(page + 1));
        }
        dialog.hide();
    }
    languages.setLanguage(QStringLiteral("en"));
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

#include "settings/settingsdialog.h"

#include "help/helpwindow.h"
#include "i18n/languagemanager.h"
#include "settings/backupspage.h"
#include "settings/cataloguepage.h"
#include "settings/documentspage.h"
#include "settings/languagepage.h"
#include "settings/mepage.h"
#include "settings/organisationpage.h"
#include "settings/privacypage.h"
#include "settings/ratespage.h"
#include "settings/workerspage.h"
#include "storage/session.h"

#include <QDialogButtonBox>

#include <algorithm>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

SettingsDialog::SettingsDialog(Session &session, WorkstationSettings &settings, LanguageManager &languages,
                               QWidget *parent)
    : QDialog(parent)
{
    m_list = new QListWidget(this);
    m_pages = new QStackedWidget(this);
    m_organisation = new OrganisationPage(session, this);
    m_me = new MePage(session, this);
    m_workers = new WorkersPage(session, settings, this);
    m_rates = new RatesPage(session, this);
    m_catalogue = new CataloguePage(session, this);
    m_documents = new DocumentsPage(session, this);
    m_backups = new BackupsPage(session, settings, this);
    m_privacy = new PrivacyPage(settings, this);
    m_language = new LanguagePage(languages, settings, this);
    for (QWidget *page : {static_cast<QWidget *>(m_organisation), static_cast<QWidget *>(m_me),
                          static_cast<QWidget *>(m_workers), static_cast<QWidget *>(m_rates),
                          static_cast<QWidget *>(m_catalogue), static_cast<QWidget *>(m_documents),
                          static_cast<QWidget *>(m_backups), static_cast<QWidget *>(m_privacy),
                          static_cast<QWidget *>(m_language)}) {
        m_pages->addWidget(page);
        new QListWidgetItem(m_list);
    }
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // "This is me" on the workers page changes whom the Me page shows.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == Me)
            m_me->reload();
    });
    // F1: the guide's page on settings, in the language of the screen.
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, [this, &languages] {
        if (!m_help)
            m_help = new HelpWindow(this);
        const Page page = currentPage();
        m_help->showPage(page == Organisation ? QStringLiteral("settings.html#organisation")
                         : page == Backups    ? QStringLiteral("backups.html")
                         : page == Privacy    ? QStringLiteral("privacy.html")
                                              : QStringLiteral("settings.html"),
                         languages.current());
        m_help->show();
    });
    retranslateUi();
    showPage(Organisation);
    resize(1100, 680);
}

void SettingsDialog::showPage(Page page)
{
    m_list->setCurrentRow(page);
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    const QStringList names{tr("Organisation"), tr("Me"), tr("Workers"), tr("Compensation rates"),
                            tr("Measure catalogue"), tr("Documents"), tr("Backups"), tr("Privacy"),
                            tr("Language")};
    int widest = 0;
    for (int row = 0; row < names.size(); ++row) {
        m_list->item(row)->setText(names.at(row));
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(names.at(row)));
    }
    // The longest page name fits in every language (the Swedish ones are the longest).
    m_list->setFixedWidth(widest + 4 * m_list->spacing() + 2 * m_list->frameWidth() + 16);
}

} // namespace tukipolku::ui

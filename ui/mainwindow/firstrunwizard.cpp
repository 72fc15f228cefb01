#include "mainwindow/firstrunwizard.h"

#include "common/messagebox.h"
#include "common/widgets.h"
#include "settings/workstationsettings.h"
#include "storage/session.h"

#include <QDir>
#include <QFileDialog>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
// A wizard page that lets Next through only while its checked fields are right.
class CheckedPage final : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    QList<QPair<OrganisationRules::Field, QLineEdit *>> checked;
    QLabel *problems = nullptr;

    bool isComplete() const override
    {
        QStringList found;
        for (const auto &[field, edit] : checked) {
            const QString problem = OrganisationRules::problem(field, edit->text());
            markInvalid(edit, !problem.isEmpty());
            if (!problem.isEmpty())
                found << problem;
        }
        problems->setText(found.join(QLatin1Char('\n')));
        return found.isEmpty();
    }
};

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

FirstRunWizard::FirstRunWizard(Session &session, WorkstationSettings &settings, QWidget *parent)
    : QWizard(parent), m_session(session), m_settings(settings)
{
    setWindowTitle(tr("Welcome to Tukipolku"));
    setWizardStyle(QWizard::ClassicStyle);
    // Qt has no Swedish catalogue on Debian: the buttons are ours to translate.
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(ChoicePage, buildChoicePage());
    setPage(OrganisationPage, buildOrganisationPage());
    setPage(MePage, buildMePage());
    setPage(BackupPage, buildBackupPage());
    setMinimumSize(620, 440);
}

bool FirstRunWizard::isNeeded(const Session &session)
{
    if (!session.database().isOpen())
        return false;
    // A list that could not be read is not an empty unit.
    const Outcome<QList<Worker>> workers = session.workers().all();
    return workers && workers->isEmpty()
        && session.organisation().load().organiser.isEmpty();
}

QWizardPage *FirstRunWizard::buildChoicePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("A new database"));
    m_ownUnit = new QRadioButton(tr("&Set up my unit: the organisation and who I am (a minute; "
                                    "anything can be left for later)"), page);
    m_demo = new QRadioButton(tr("&Look around first on fictional demo families (a separate demo database; "
                                 "this one stays empty for your unit)"), page);
    m_ownUnit->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("This database holds no work yet. How do you want to start?"), page));
    layout->addWidget(m_ownUnit);
    layout->addWidget(m_demo);
    layout->addStretch();
    connect(m_demo, &QRadioButton::toggled, this, [page](bool) { emit page->completeChanged(); });
    return page;
}

QWizardPage *FirstRunWizard::buildOrganisationPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("The organisation"));
    page->setSubTitle(tr("Printed on every decision, agreement and form. Leave empty to fill in later in "
                         "Settings ▸ Organisation, where the addresses and the board for requests for review are too."));
    m_organiser = new QLineEdit(page);
    m_organiser->setPlaceholderText(tr("wellbeing services county or municipality"));
    m_unit = new QLineEdit(page);
    m_phone = new QLineEdit(page);
    m_email = new QLineEdit(page);
    page->problems = new QLabel(page);
    page->problems->setWordWrap(true);
    page->checked = {{OrganisationRules::Field::Phone, m_phone}, {OrganisationRules::Field::Email, m_email}};
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(page, m_organiser, tr("&Organiser:")), m_organiser);
    form->addRow(buddyLabel(page, m_unit, tr("&Unit:")), m_unit);
    form->addRow(buddyLabel(page, m_phone, tr("&Phone:")), m_phone);
    form->addRow(buddyLabel(page, m_email, tr("&E-mail:")), m_email);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(page->problems);
    layout->addStretch();
    for (QLineEdit *field : {m_phone, m_email})
        connect(field, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage *FirstRunWizard::buildMePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Who is using this workstation"));
    page->setSubTitle(tr("Every change is recorded in the name of the worker who made it, and \"My cases\" "
                         "shows yours. Leave empty to add workers later in Settings ▸ Workers."));
    m_firstNames = new QLineEdit(page);
    m_lastName = new QLineEdit(page);
    m_title = new QLineEdit(page);
    m_title->setPlaceholderText(tr("e.g. social worker, social counsellor, family worker"));
    auto *form = new QFormLayout(page);
    form->addRow(buddyLabel(page, m_firstNames, tr("&First name:")), m_firstNames);
    form->addRow(buddyLabel(page, m_lastName, tr("&Last name:")), m_lastName);
    form->addRow(buddyLabel(page, m_title, tr("T&itle:")), m_title);
    // One worker keeping a file of their own is usually the social worker who decides.
    m_decides = new QCheckBox(tr("I &make decisions on services (the organiser's rules give me the authority)"), page);
    m_decides->setChecked(true);
    form->addRow(QString(), m_decides);
    return page;
}

QWizardPage *FirstRunWizard::buildBackupPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Backups"));
    page->setSubTitle(tr("A checked backup is written into this folder when you close the program after changes. "
                         "Choose a protected disk or the organisation's network share. Leave empty to choose it later "
                         "in Settings ▸ Backups — until then nothing is backed up."));
    m_backupFolder = new QLineEdit(m_settings.backupFolder(), page);
    auto *choose = new QPushButton(tr("C&hoose…"), page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_backupFolder, 1);
    row->addWidget(choose);
    auto *form = new QFormLayout(page);
    form->addRow(buddyLabel(page, m_backupFolder, tr("Backup &folder:")), row);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backups"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    return page;
}

bool FirstRunWizard::demoChosen() const
{
    return m_demo->isChecked();
}

void FirstRunWizard::chooseDemo(bool demo)
{
    (demo ? m_demo : m_ownUnit)->setChecked(true);
}

int FirstRunWizard::nextId() const
{
    if (currentId() == ChoicePage && demoChosen())
        return -1; // nothing to ask: the demo database opens
    return QWizard::nextId();
}

void FirstRunWizard::accept()
{
    if (!demoChosen()) {
        if (!m_organiser->text().trimmed().isEmpty() || !m_unit->text().trimmed().isEmpty()) {
            Organisation organisation = m_session.organisation().load();
            organisation.organiser = m_organiser->text();
            organisation.unit = m_unit->text();
            organisation.phone = m_phone->text();
            organisation.email = m_email->text();
            if (const Result saved = m_session.organisation().save(organisation); !saved) {
                MessageBox::warning(this, tr("Cannot save the organisation"), saved.message());
                return;
            }
        }
        if (!m_firstNames->text().trimmed().isEmpty() || !m_lastName->text().trimmed().isEmpty()) {
            Worker me;
            me.firstNames = m_firstNames->text();
            me.lastName = m_lastName->text();
            me.title = m_title->text();
            me.decisionAuthority = m_decides->isChecked();
            if (const Result saved = m_session.workers().save(me); !saved) {
                MessageBox::warning(this, tr("Cannot save the worker"), saved.message());
                return;
            }
            m_session.setWorkerId(me.id);
            m_settings.setCurrentWorkerId(m_session.database().path(), me.id);
        }
        if (!m_backupFolder->text().trimmed().isEmpty())
            m_settings.setBackupFolder(m_backupFolder->text().trimmed());
    }
    QWizard::accept();
}

} // namespace tukipolku::ui

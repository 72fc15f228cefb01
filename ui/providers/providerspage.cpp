#include "providers/providerspage.h"

#include "common/clock.h"
#include "common/errorlabel.h"
#include "common/messagebox.h"
#include "common/widgets.h"
#include "domain/labels.h"
#include "exchange/providercsv.h"
#include "providers/providerdialog.h"
#include "providers/providerimportdialog.h"
#include "rules/providerrules.h"
#include "storage/corruptionwatch.h"
#include "storage/databaseerror.h"
#include "storage/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {


ProvidersPage::ProvidersPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_kind = new QComboBox(this);
    m_status = new QComboBox(this);
    m_reminders = new QCheckBox(this);
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 120);
    m_intervalLabel = new QLabel(this);
    m_intervalLabel->setBuddy(m_interval);
    m_table = makeListTable(7, this);
    m_assignmentsLabel = new QLabel(this);
    m_assignments = makeListTable(4, this);
    m_assignmentsLabel->setBuddy(m_assignments);
    m_new = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_import = new QPushButton(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_reminders);
    filters->addWidget(m_intervalLabel);
    filters->addWidget(m_interval);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 3);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_assignmentsLabel);
    layout->addWidget(m_assignments, 2);

    retranslateUi();
    connect(m_search, &QLineEdit::textChanged, this, &ProvidersPage::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProvidersPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ProvidersPage::reload);
    connect(m_reminders, &QCheckBox::toggled, this, &ProvidersPage::reload);
    // The unit's practice: how often an extract of the criminal record is asked for again.
    connect(m_interval, &QSpinBox::editingFinished, this, [this] {
        if (m_interval->value() == m_session.providers().criminalRecordIntervalMonths())
            return;
        if (const Result saved = m_session.providers().setCriminalRecordIntervalMonths(m_interval->value()); !saved)
            MessageBox::warning(this, tr("Providers"), saved.message());
        reload();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ProvidersPage::showAssignments);
    connect(m_table, &QTableWidget::activated, this, &ProvidersPage::editProvider);
    connect(m_new, &QPushButton::clicked, this, &ProvidersPage::newProvider);
    connect(m_edit, &QPushButton::clicked, this, &ProvidersPage::editProvider);
    connect(m_import, &QPushButton::clicked, this, &ProvidersPage::chooseImportFile);
    connect(m_assignments, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.row() < m_assignmentCases.size())
            emit caseActivated(m_assignmentCases.at(index.row()));
    });
}

bool ProvidersPage::selectProvider(const QString &providerId)
{
    // The filters could hide the provider: show them all first.
    m_search->clear();
    m_kind->setCurrentIndex(0);
    m_status->setCurrentIndex(3);
    m_reminders->setChecked(false);
    reload();
    for (int row = 0; row < m_providers.size(); ++row) {
        if (m_providers.at(row).id == providerId) {
            m_table->setCurrentCell(row, 0);
            m_table->scrollToItem(m_table->item(row, 0));
            return true;
        }
    }
    return false;
}

void ProvidersPage::reload()
{
    const ProviderRepository providers = m_session.providers();
    std::optional<ProviderKind> kind;
    if (m_kind->currentIndex() > 0)
        kind = static_cast<ProviderKind>(m_kind->currentIndex() - 1);
    std::optional<ProviderStatus> status;
    if (m_status->currentIndex() < 3)
        status = static_cast<ProviderStatus>(m_status->currentIndex());
    const QDate today = Clock::today();
    const int interval = providers.criminalRecordIntervalMonths();
    {
        const QSignalBlocker intervalBlocker(m_interval);
        m_interval->setValue(interval);
    }
    m_providers.clear();
    const int damage = CorruptionWatch::count();
    const Outcome<QList<Provider>> found = providers.search(m_search->text(), kind, status);
    QString failed = found.message();
    for (const Provider &provider : found.value_or({})) {
        if (!m_reminders->isChecked() || ProviderRules::criminalRecordDue(provider, interval, today))
            m_providers.append(provider);
    }
    // How many children each has now; a count that cannot be read fails the list.
    QList<int> children;
    for (const Provider &provider : std::as_const(m_providers)) {
        const Outcome<int> count = providers.currentChildren(provider.id);
        if (!count && failed.isEmpty())
            failed = count.message();
        children << count.value_or(0);
    }
    if (!failed.isEmpty() || CorruptionWatch::count() != damage) {
        // Never a registry in part, nor a full family shown with room.
        m_providers.clear();
        m_error->showError(failed.isEmpty() ? DatabaseError(DatabaseErrorCode::ReadFailed, m_session.database().path()).message()
                                            : failed);
    } else {
        m_error->clearError();
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_providers.size()));
    for (int row = 0; row < m_providers.size(); ++row) {
        const Provider &p = m_providers.at(row);
        const int childrenNow = children.at(row);
        QString record = p.criminalRecordCheckedOn.isValid() ? Labels::date(p.criminalRecordCheckedOn) : tr("not recorded");
        if (ProviderRules::criminalRecordDue(p, interval, today))
            record += QStringLiteral(" – ") + tr("renew");
        const QStringList cells{p.name, Labels::providerKind(p.kind), Labels::providerStatus(p.status),
                                p.kind == ProviderKind::FamilyWorker ? QString::number(childrenNow)
                                                                     : tr("%1 / %2").arg(childrenNow).arg(p.capacity),
                                p.languages.join(QLatin1Char(' ')), record,
                                p.trainingCompletedOn.isValid() ? Labels::date(p.trainingCompletedOn) : tr("not recorded")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (!m_providers.isEmpty())
        m_table->setCurrentCell(0, 0);
    showAssignments();
}

void ProvidersPage::showAssignments()
{
    const int row = m_table->currentRow();
    m_assignmentCases.clear();
    m_assignments->setRowCount(0);
    m_edit->setEnabled(row >= 0 && row < m_providers.size());
    if (row < 0 || row >= m_providers.size())
        return;
    const Outcome<QList<ProviderAssignment>> read = m_session.providers().assignments(m_providers.at(row).id);
    if (!read)
        m_error->showError(read.message()); // never a shorter list of the children placed
    const QList<ProviderAssignment> list = read.value_or({});
    m_assignments->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const ProviderAssignment &a = list.at(i);
        m_assignmentCases << a.caseId;
        const QStringList cells{a.childName, a.caseNumber, tr("%1 – %2").arg(Labels::date(a.start), Labels::date(a.end)),
                                a.current ? tr("now") : tr("earlier")};
        for (int column = 0; column < cells.size(); ++column)
            m_assignments->setItem(i, column, new QTableWidgetItem(cells.at(column)));
    }
    m_assignments->resizeColumnsToContents();
}

void ProvidersPage::newProvider()
{
    ProviderDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ProvidersPage::editProvider()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_providers.size())
        return;
    ProviderDialog dialog(m_session, this);
    dialog.setProvider(m_providers.at(row));
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ProvidersPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import providers"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ProvidersPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Import providers"), tr("The file %1 cannot be read.").arg(path));
        return false;
    }
    const ProviderCsvResult parsed = ProviderCsv::parse(file.readAll());
    if (!parsed.fatal.isEmpty()) {
        MessageBox::warning(this, tr("Import providers"), parsed.fatal);
        return false;
    }
    ProviderImportDialog dialog(m_session, parsed, this);
    const bool imported = dialog.exec() == QDialog::Accepted;
    reload();
    return imported;
}

void ProvidersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProvidersPage::retranslateUi()
{
    m_searchLabel->setText(tr("Se&arch:"));
    m_search->setPlaceholderText(tr("Name, adult or place"));
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker statusBlocker(m_status);
    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("All kinds"));
    for (ProviderKind value : {ProviderKind::SupportFamily, ProviderKind::SupportPerson, ProviderKind::FamilyWorker})
        m_kind->addItem(Labels::providerKind(value));
    m_kind->setCurrentIndex(kind);
    const int status = std::max(0, m_status->currentIndex());
    m_status->clear();
    for (ProviderStatus value : {ProviderStatus::Active, ProviderStatus::Paused, ProviderStatus::Ended})
        m_status->addItem(Labels::providerStatus(value));
    m_status->addItem(tr("any status"));
    m_status->setCurrentIndex(status);
    m_reminders->setText(tr("&Criminal record extract to renew"));
    m_intervalLabel->setText(tr("rene&w after:"));
    m_interval->setSuffix(tr(" months"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Status"), tr("Children"), tr("Languages"),
                                        tr("Criminal record extract"), tr("Training")});
    m_assignmentsLabel->setText(tr("Children now and &before:"));
    m_assignments->setHorizontalHeaderLabels({tr("Child"), tr("Case"), tr("Period"), tr("When")});
    m_new->setText(tr("&New provider…"));
    m_edit->setText(tr("&Edit…"));
    m_import->setText(tr("&Import from CSV…"));
}

} // namespace tukipolku::ui

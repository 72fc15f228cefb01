#include "reports/compensationdialog.h"
#include "common/clock.h"

#include "common/errorlabel.h"
#include "common/messagebox.h"
#include "exchange/csvwriter.h"
#include "printing/documentbuttons.h"
#include "reports/compensationtablemodel.h"
#include "storage/session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tukipolku::ui {

CompensationDialog::CompensationDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    m_monthLabel = new QLabel(this);
    m_month = new QDateEdit(this);
    m_month->setDisplayFormat(QStringLiteral("M/yyyy"));
    m_month->setCalendarPopup(false);
    m_monthLabel->setBuddy(m_month);
    m_status = new QLabel(this);
    m_rows = new CompensationTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_rows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_documents = new DocumentButtons(this);
    m_documents->setLanguageChoiceVisible(false);
    m_csv = new QPushButton(this);
    m_reported = new QPushButton(this);
    m_error = new ErrorLabel(this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_monthLabel);
    top->addWidget(m_month);
    top->addSpacing(16);
    top->addWidget(m_status, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reported);
    actions->addStretch();
    actions->addWidget(m_documents);
    actions->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_month, &QDateEdit::dateChanged, this, &CompensationDialog::reload);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the compensation as CSV"),
            tr("compensation-%1.csv").arg(m_report.month.toString(QStringLiteral("yyyy-MM"))), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_reported, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Mark as reported"),
                                 tr("Mark %1 reported to payroll? Its logs can still be corrected, but each "
                                    "change asks first.")
                                     .arg(ReportedMonths::monthText(m_report.month)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
            markReported();
    });
    connect(m_documents, &DocumentButtons::failed, m_error, &ErrorLabel::showError);
    // Pay is usually reported for the month that just ended.
    const QDate today = Clock::today();
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    retranslateUi();
    reload();
    resize(1100, 600);
}

void CompensationDialog::showMonth(const QDate &month)
{
    m_month->setDate(QDate(month.year(), month.month(), 1));
    reload();
}

void CompensationDialog::reload()
{
    // A month's logs of thousands of providers: read off the window's thread.
    // Until they are in, nothing of another month can be saved or marked.
    const QDate month = m_month->date();
    m_report = CompensationMonth();
    m_report.month = QDate(month.year(), month.month(), 1);
    m_rows->clear();
    setActionsEnabled(false);
    m_status->setText(tr("Reading the month's logs…"));
    m_reading.start<CompensationMonth>(
        m_session.database().path(),
        [month](const ReaderConnection &reader, const std::atomic_bool *) {
            return CompensationReport::forMonth(reader.connection(), month);
        },
        this, [this](const CompensationMonth &report) { showReport(report); });
}

void CompensationDialog::setActionsEnabled(bool enabled)
{
    m_csv->setEnabled(enabled);
    m_documents->setEnabled(enabled);
    m_reported->setEnabled(enabled);
}

void CompensationDialog::showReport(const CompensationMonth &report)
{
    if (!report.readError.isEmpty()) {
        // Nothing of a month read only in part is shown, saved or marked reported.
        m_report = CompensationMonth();
        m_report.month = report.month;
        m_rows->setReport(m_report);
        setActionsEnabled(false);
        m_status->setText(report.readError);
        emit loaded();
        return;
    }
    m_report = report;
    m_rows->setReport(report);
    m_table->resizeColumnsToContents(); // from the first rows only (the header's precision), not thousands
    m_documents->setSource([this](const QString &) { return Outcome<PrintableDocument>(printable()); },
                           tr("compensation-%1").arg(m_report.month.toString(QStringLiteral("yyyy-MM"))), std::nullopt);
    setActionsEnabled(true);
    showStatus();
    emit loaded();
}

void CompensationDialog::showStatus()
{
    // Unknown is taken as reported: the month's logs then ask before a change.
    const bool reported = m_session.reportedMonths().isReported(m_report.month).value_or(true);
    m_status->setText(reported ? tr("Reported to payroll: changes to this month's logs ask first.")
                               : tr("%n provider(s) to pay.", nullptr, int(m_report.providers.size())));
    m_reported->setEnabled(!reported);
}

PrintableDocument CompensationDialog::printable() const
{
    const Organisation organisation = m_session.organisation().load();
    PrintableDocument document;
    document.html = CompensationReport::html(m_report);
    document.decoration = {organisation.organiser, organisation.unit,
                           tr("Compensation %1").arg(ReportedMonths::monthText(m_report.month)), QString(), QString(),
                           organisation.documentFooter, organisation.logo, true};
    return document;
}

bool CompensationDialog::exportCsv(const QString &path)
{
    if (const QString error = CsvWriter::save(CompensationReport::csv(m_report), path, Overwrite::Allow); !error.isEmpty()) {
        m_error->showError(error);
        return false;
    }
    m_error->clearError();
    return true;
}

bool CompensationDialog::markReported()
{
    if (const Result marked = m_session.reportedMonths().markReported(m_report.month); !marked) {
        m_error->showError(marked.message());
        return false;
    }
    showStatus();
    return true;
}

void CompensationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void CompensationDialog::retranslateUi()
{
    setWindowTitle(tr("Compensation of providers"));
    m_monthLabel->setText(tr("&Month:"));
    m_csv->setText(tr("Save as &CSV…"));
    m_reported->setText(tr("Mark as &reported to payroll…"));
    m_rows->retranslate();
}

} // namespace tukipolku::ui

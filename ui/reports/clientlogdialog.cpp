#include "reports/clientlogdialog.h"
#include "common/clock.h"

#include "common/datefield.h"
#include "common/errorlabel.h"
#include "domain/labels.h"
#include "exchange/csvwriter.h"
#include "printing/documentbuttons.h"
#include "storage/session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

ClientLogDialog::ClientLogDialog(const Session &session, const QString &caseId, QWidget *parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    const Outcome<ClientCase> clientCase = session.cases().find(caseId);
    if (clientCase) {
        m_personId = clientCase->child.id;
        m_personName = clientCase->child.fullName();
    }
    m_caseReadError = clientCase.message();
    m_from = new DateField(this);
    m_to = new DateField(this);
    m_from->setDate(Clock::today().addYears(-1));
    m_to->setDate(Clock::today());
    m_table = new QTableWidget(0, 4, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_documents = new DocumentButtons(this);
    m_documents->setLanguageChoiceVisible(false);
    m_csv = new QPushButton(this);
    m_error = new ErrorLabel(this);
    m_labels << new QLabel(this) << new QLabel(this) << new QLabel(this);
    m_labels.at(1)->setBuddy(m_from);
    m_labels.at(2)->setBuddy(m_to);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *range = new QHBoxLayout;
    range->addWidget(m_labels.at(0), 1);
    range->addWidget(m_labels.at(1));
    range->addWidget(m_from);
    range->addWidget(m_labels.at(2));
    range->addWidget(m_to);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_documents);
    actions->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &DateField::dateChanged, this, &ClientLogDialog::reload);
    connect(m_to, &DateField::dateChanged, this, &ClientLogDialog::reload);
    connect(m_documents, &DocumentButtons::failed, m_error, &ErrorLabel::showError);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, windowTitle(), tr("access-log.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    retranslateUi();
    reload();
    resize(900, 560);
}

void ClientLogDialog::reload()
{
    if (!m_from->date().isValid() || !m_to->date().isValid())
        return;
    // Without the child the log would be read for nobody and look empty.
    const Result read = m_caseReadError.isEmpty() ? Result() : Result::failure(m_caseReadError);
    if (!read) {
        m_error->showError(read.message());
        m_table->setRowCount(0);
        m_documents->setEnabled(false);
        return;
    }
    if (const Result read = ClientLogReport::lines(m_lines, m_session.database().connection(), m_personId,
                                                   m_from->date(), m_to->date());
        !read) {
        // A client is told everything logged about them, or that it could not be read: never a part.
        m_error->showError(read.message());
        m_table->setRowCount(0);
        m_documents->setEnabled(false);
        return;
    }
    m_error->clearError();
    m_documents->setEnabled(true);
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const ClientLogLine &line = m_lines.at(row);
        const QStringList cells{Labels::dateTime(line.at), line.worker, line.what, line.detail};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    // Printing the log is itself a print of the client's data: it is logged too.
    const Organisation organisation = m_session.organisation().load();
    PrintableDocument document;
    document.html = ClientLogReport::html(m_lines, m_personName, m_from->date(), m_to->date());
    document.decoration = {organisation.organiser, organisation.unit, windowTitle(), QString(), QString(),
                           organisation.documentFooter, organisation.logo, false};
    document.tableName = QStringLiteral("access_log");
    document.recordId = m_personId;
    document.caseId = m_caseId;
    m_documents->setSource([document](const QString &) { return Outcome<PrintableDocument>(document); },
                           tr("access-log"), m_session.accessLog());
}

bool ClientLogDialog::exportCsv(const QString &path)
{
    if (const QString error = CsvWriter::save(ClientLogReport::csv(m_lines), path, Overwrite::Allow); !error.isEmpty()) {
        m_error->showError(error);
        return false;
    }
    if (const Result logged = m_session.accessLog().record(AccessAction::Export, QStringLiteral("access_log"), m_personId,
                                                           m_caseId, QString(), QDir::toNativeSeparators(path));
        !logged)
        m_error->showError(logged.message());
    return true;
}

void ClientLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void ClientLogDialog::retranslateUi()
{
    setWindowTitle(tr("What is logged about %1").arg(m_personName));
    m_labels.at(0)->setText(tr("Every opening of the case, change, print and export, for a client who asks "
                               "(asiakastietolaki 703/2023)."));
    m_labels.at(0)->setWordWrap(true);
    m_labels.at(1)->setText(tr("&From:"));
    m_labels.at(2)->setText(tr("&To:"));
    m_csv->setText(tr("Save as &CSV…"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Worker"), tr("What"), tr("Detail")});
}

} // namespace tukipolku::ui

#include "providers/providerimportdialog.h"

#include "common/messagebox.h"
#include "storage/session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

ProviderImportDialog::ProviderImportDialog(const Session &session, const ProviderCsvResult &parsed, QWidget *parent)
    : QDialog(parent), m_session(session), m_parsed(parsed)
{
    setWindowTitle(tr("Import providers"));
    const qsizetype good = parsed.good().size();
    const QList<ProviderCsvRow> rejected = parsed.rejected();
    m_summary = new QLabel(tr("%1 rows can be imported. %2 rows were rejected and are not imported; correct them in "
                              "the file and import it again (rows already in the registry are skipped).")
                               .arg(good)
                               .arg(rejected.size()),
                           this);
    m_summary->setWordWrap(true);
    m_rejected = new QTableWidget(int(rejected.size()), 2, this);
    m_rejected->setHorizontalHeaderLabels({tr("Row"), tr("Why it was rejected")});
    m_rejected->verticalHeader()->hide();
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setWordWrap(true);
    for (int row = 0; row < rejected.size(); ++row) {
        m_rejected->setItem(row, 0, new QTableWidgetItem(QString::number(rejected.at(row).line)));
        m_rejected->setItem(row, 1, new QTableWidgetItem(rejected.at(row).problems.join(QLatin1Char(' '))));
    }
    m_rejected->resizeRowsToContents();
    m_rejected->setVisible(!rejected.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import %1 providers").arg(good), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(good > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProviderImportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void ProviderImportDialog::accept()
{
    ProviderImport outcome;
    const Result imported = m_session.providers().importRows(m_parsed.good(), outcome);
    if (!imported) {
        MessageBox::warning(this, windowTitle(), imported.message());
        return;
    }
    MessageBox::information(this, windowTitle(),
                            tr("%1 providers were added; %2 were already in the registry.").arg(outcome.added).arg(outcome.duplicates));
    QDialog::accept();
}

} // namespace tukipolku::ui

#include "fieldcopy/fieldcopyexportdialog.h"
#include "common/clock.h"

#include "common/errorlabel.h"
#include "common/messagebox.h"
#include "fieldcopy/fieldcopyexport.h"
#include "fieldcopy/fieldcopyfile.h"
#include "storage/session.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tukipolku::ui {

FieldCopyExportDialog::FieldCopyExportDialog(const Session &session, const QString &currentFamilyId, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_familiesLabel = new QLabel(this);
    m_families = new QListWidget(this);
    for (const FieldCopyExport::Candidate &candidate :
         FieldCopyExport::candidates(session.database(), session.workerId(), currentFamilyId)) {
        const QString text = candidate.children.isEmpty()
                                 ? candidate.name
                                 : QStringLiteral("%1 (%2)").arg(candidate.name, candidate.children);
        auto *item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, candidate.familyId);
        const bool inView = candidate.familyId == currentFamilyId;
        item->setCheckState(inView ? Qt::Checked : Qt::Unchecked);
        // The family in view first: it is the one most often taken along.
        if (inView)
            m_families->insertItem(0, item);
        else
            m_families->addItem(item);
    }
    m_familiesLabel->setBuddy(m_families);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_families->count(); ++i) {
            QListWidgetItem *item = m_families->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive)
                            && item->checkState() != Qt::Checked);
        }
    });

    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_file = new QLineEdit(this);
    m_choose = new QPushButton(this);
    connect(m_choose, &QPushButton::clicked, this, &FieldCopyExportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeat);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_file);
    auto *form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(m_fileLabel, fileRow);

    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (writeCopy())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *familiesRow = new QHBoxLayout;
    familiesRow->addWidget(m_familiesLabel, 1);
    familiesRow->addWidget(m_filter);
    layout->addLayout(familiesRow);
    layout->addWidget(m_families, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(560, 520);
    retranslateUi();
}

void FieldCopyExportDialog::chooseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("tukipolku-%1.%2").arg(Clock::today().toString(Qt::ISODate), FieldCopyFile::suffix));
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the Field Copy"), suggested,
                                                        tr("Field copies (*.%1)").arg(FieldCopyFile::suffix));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

bool FieldCopyExportDialog::writeCopy()
{
    FieldCopyExport::Request request;
    for (int i = 0; i < m_families->count(); ++i) {
        if (m_families->item(i)->checkState() == Qt::Checked)
            request.familyIds << m_families->item(i)->data(Qt::UserRole).toString();
    }
    if (m_password->text() != m_repeat->text()) {
        m_error->showError(tr("The passwords differ: type the same password twice."));
        m_repeat->setFocus();
        return false;
    }
    if (m_file->text().trimmed().isEmpty()) {
        m_error->showError(tr("Choose the file to write the field copy to."));
        m_file->setFocus();
        return false;
    }
    request.target = QDir::fromNativeSeparators(m_file->text().trimmed());
    request.password = m_password->text();
    request.workerId = m_session.workerId();
    request.exportedBy = m_session.workers().find(m_session.workerId()).value_or(Worker()).fullName();
    if (const Result written = FieldCopyExport::write(m_session.database(), request); !written) {
        m_error->showError(written.message());
        return false;
    }
    m_error->clearError();
    return true;
}

void FieldCopyExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FieldCopyExportDialog::retranslateUi()
{
    setWindowTitle(tr("Field Copy for a Laptop"));
    m_intro->setText(tr("The ticked families go into one encrypted file with all their records, to be imported on "
                        "the laptop you take to home visits. Import the laptop's field copy here when you are back: "
                        "changes made on one side are taken, and changes made on both sides are shown to you side by "
                        "side."));
    m_familiesLabel->setText(tr("&Families (your open cases and the family in view):"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("Password a&gain:"));
    m_fileLabel->setText(tr("F&ile:"));
    m_choose->setText(tr("&Choose…"));
    m_filter->setPlaceholderText(tr("Show only names with…"));
    m_filter->setAccessibleName(tr("Show only families whose names contain"));
    m_password->setToolTip(tr("At least %1 characters. Tell it to nobody; without it the file cannot be opened.")
                               .arg(FieldCopyExport::minimumPasswordLength));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Write the Field Copy"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace tukipolku::ui

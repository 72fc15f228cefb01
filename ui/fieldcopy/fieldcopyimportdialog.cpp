#include "fieldcopy/fieldcopyimportdialog.h"

#include "common/errorlabel.h"
#include "fieldcopy/fieldcopyimport.h"
#include "fieldcopy/fieldlabels.h"
#include "storage/session.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tukipolku::ui {

namespace {
enum Column { RecordColumn, HereColumn, ThereColumn, ChoiceColumn };

QString localTime(const QString &utc)
{
    const QDateTime time = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : utc;
}
} // namespace

// When and by whom a record was last changed on one side.
QString FieldCopyImportDialog::changedText(const QString &at, const QString &by)
{
    return by.isEmpty() ? tr("changed %1").arg(localTime(at)) : tr("changed %1 by %2").arg(localTime(at), by);
}

FieldCopyImportDialog::FieldCopyImportDialog(const Session &session, const QString &file, QWidget *parent)
    : QDialog(parent), m_session(session), m_file(file), m_import(std::make_unique<FieldCopyImport>(session.database()))
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setWordWrap(true);
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_read = new QPushButton(this);
    connect(m_read, &QPushButton::clicked, this, &FieldCopyImportDialog::readCopy);
    connect(m_password, &QLineEdit::returnPressed, this, &FieldCopyImportDialog::readCopy);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_read);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_conflicts = new QTreeWidget(this);
    m_conflicts->setColumnCount(4);
    m_conflicts->setAlternatingRowColors(true);
    m_conflicts->setWordWrap(true);
    m_conflicts->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_conflicts->setVisible(false);
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importCopy())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(passwordRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_conflicts, 1);
    layout->addStretch(); // takes the room while there is no conflict to show
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(980, 600);
    retranslateUi();
}

FieldCopyImportDialog::~FieldCopyImportDialog() = default;

QComboBox *FieldCopyImportDialog::choiceOf(int index) const
{
    return index >= 0 && index < m_choices.size() ? m_choices.at(index) : nullptr;
}

bool FieldCopyImportDialog::readCopy()
{
    if (const Result read = m_import->read(m_file, m_password->text()); !read) {
        m_error->showError(read.message());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return false;
    }
    m_error->clearError();
    showSummary();
    showConflicts();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setFocus();
    return true;
}

bool FieldCopyImportDialog::importCopy()
{
    QList<ConflictChoice> choices;
    for (QComboBox *choice : std::as_const(m_choices))
        choices << ConflictChoice(choice->currentData().toInt());
    if (const Result applied = m_import->apply(choices, m_session.workerId()); !applied) {
        m_error->showError(applied.message());
        return false;
    }
    return true;
}

void FieldCopyImportDialog::showSummary()
{
    const FieldCopySummary &summary = m_import->summary();
    QStringList lines;
    lines << tr("Made by %1 on %2; families: %3.")
                 .arg(summary.exportedBy, localTime(summary.exportedAt), summary.familyNames.join(QLatin1String(", ")));
    lines << tr("New records: %1. Changed in the field copy only (taken): %2. Changed here only (kept): %3. "
                "Unchanged: %4.")
                 .arg(summary.added)
                 .arg(summary.taken)
                 .arg(summary.keptHere)
                 .arg(summary.unchanged);
    for (const QString &refused : summary.refused)
        lines << refused;
    const qsizetype conflicts = m_import->conflicts().size();
    lines << (conflicts == 0 ? tr("Nothing was changed on both sides.")
                             : tr("%n record(s) changed on both sides: choose which version to keep. An undecided one "
                                  "stays as it is here and comes back when you import the file again.",
                                  nullptr, int(conflicts)));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void FieldCopyImportDialog::showConflicts()
{
    m_conflicts->clear();
    m_choices.clear();
    const QList<FieldCopyConflict> &conflicts = m_import->conflicts();
    for (const FieldCopyConflict &conflict : conflicts) {
        auto *record = new QTreeWidgetItem(m_conflicts);
        record->setText(RecordColumn, QStringLiteral("%1: %2").arg(FieldLabels::recordKind(conflict.table),
                                                                   conflict.description));
        record->setText(HereColumn, changedText(conflict.changedHereAt, conflict.changedHereBy));
        record->setText(ThereColumn, changedText(conflict.changedThereAt, conflict.changedThereBy));
        QFont bold = record->font(RecordColumn);
        bold.setBold(true);
        record->setFont(RecordColumn, bold);
        for (const FieldDifference &difference : conflict.differences) {
            auto *field = new QTreeWidgetItem(record);
            field->setText(RecordColumn, FieldLabels::field(conflict.table, difference.column));
            field->setText(HereColumn, difference.here);
            field->setText(ThereColumn, difference.there);
        }
        auto *choice = new QComboBox(m_conflicts);
        choice->addItem(tr("Decide later"), int(ConflictChoice::Undecided));
        choice->addItem(tr("Keep this computer's"), int(ConflictChoice::KeepHere));
        choice->addItem(tr("Take the field copy's"), int(ConflictChoice::TakeCopy));
        choice->setAccessibleName(tr("Version of %1").arg(conflict.description));
        m_conflicts->setItemWidget(record, ChoiceColumn, choice);
        m_choices << choice;
        record->setExpanded(true);
    }
    m_conflicts->setVisible(!conflicts.isEmpty());
    m_conflicts->resizeColumnToContents(RecordColumn);
    for (const int column : {HereColumn, ThereColumn}) {
        m_conflicts->resizeColumnToContents(column);
        m_conflicts->setColumnWidth(column, std::clamp(m_conflicts->columnWidth(column), 220, 340));
    }
}

void FieldCopyImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FieldCopyImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import a Field Copy"));
    m_fileLabel->setText(tr("Field copy: %1").arg(QDir::toNativeSeparators(m_file)));
    m_passwordLabel->setText(tr("&Password:"));
    m_read->setText(tr("&Read"));
    m_conflicts->setHeaderLabels({tr("Record and field"), tr("This computer"), tr("The field copy"), tr("Keep")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace tukipolku::ui

#include "printing/documentbuttons.h"

#include "printing/documentprinter.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace tukipolku::ui {

DocumentButtons::DocumentButtons(QWidget *parent) : QWidget(parent)
{
    m_language = new QComboBox(this);
    // The names of the languages are written in the language itself.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("suomeksi"), QStringLiteral("fi"));
    m_language->addItem(QStringLiteral("på svenska"), QStringLiteral("sv"));
    m_recipient = new QLineEdit(this);
    m_recipient->setClearButtonEnabled(true);
    m_recipient->setMinimumWidth(200);
    m_print = new QPushButton(this);
    m_preview = new QPushButton(this);
    m_pdf = new QPushButton(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_language);
    layout->addWidget(m_recipient, 1);
    layout->addWidget(m_print);
    layout->addWidget(m_preview);
    layout->addWidget(m_pdf);
    connect(m_print, &QPushButton::clicked, this, &DocumentButtons::print);
    connect(m_preview, &QPushButton::clicked, this, &DocumentButtons::preview);
    connect(m_pdf, &QPushButton::clicked, this, &DocumentButtons::choosePdfFile);
    retranslateUi();
    setEnabled(false);
}

void DocumentButtons::setSource(Source source, const QString &suggestedFileName, const std::optional<AccessLog> &log)
{
    m_source = std::move(source);
    m_log = log;
    m_fileName = suggestedFileName;
    m_recipient->clear(); // another document, perhaps for someone else
    setEnabled(bool(m_source));
}

void DocumentButtons::setLanguageChoiceVisible(bool visible)
{
    m_language->setVisible(visible);
}

QString DocumentButtons::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void DocumentButtons::chooseLanguage(const QString &language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

std::optional<PrintableDocument> DocumentButtons::document()
{
    if (!m_source)
        return std::nullopt;
    const Outcome<PrintableDocument> printable = m_source(chosenLanguage());
    if (!printable) {
        emit failed(printable.messageOr(tr("The document was not found. It may have been removed; open the case again.")));
        return std::nullopt;
    }
    if (!printable->warning.isEmpty())
        emit failed(printable->warning); // printed all the same, with the built-in template
    return *printable;
}

bool DocumentButtons::saveAsPdf(const QString &path)
{
    const std::optional<PrintableDocument> printable = document();
    if (!printable)
        return false; // document() has said why
    QString error;
    if (!DocumentPrinter::writePdf(printable->html, printable->decoration, path, Overwrite::Allow, &error)) {
        emit failed(error);
        return false;
    }
    logAccess(AccessAction::Pdf, *printable, path);
    return true;
}

void DocumentButtons::logAccess(AccessAction action, const PrintableDocument &printable, const QString &detail)
{
    if (!m_log)
        return;
    // The recipient and the purpose, when given, go with the printer or the file.
    const QString recipient = m_recipient->text().simplified();
    const QString detailForLog = recipient.isEmpty() ? detail
                                  : detail.isEmpty()  ? tr("for: %1").arg(recipient)
                                                      : tr("%1; for: %2").arg(detail, recipient);
    if (const Result logged = m_log->record(action, printable.tableName, printable.recordId, printable.caseId,
                                            printable.language, detailForLog);
        !logged)
        emit failed(logged.message());
}

void DocumentButtons::choosePdfFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), m_fileName + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveAsPdf(path);
}

void DocumentButtons::print()
{
    const std::optional<PrintableDocument> printable = document();
    if (!printable)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_fileName);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DocumentPrinter::print(printable->html, printable->decoration, printer);
    logAccess(AccessAction::Print, *printable, printer.printerName());
}

void DocumentButtons::preview()
{
    const std::optional<PrintableDocument> printable = document();
    if (!printable)
        return;
    logAccess(AccessAction::Preview, *printable);
    QPrintPreviewDialog dialog(this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&printable](QPrinter *printer) {
        DocumentPrinter::print(printable->html, printable->decoration, *printer);
    });
    dialog.exec();
}

void DocumentButtons::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DocumentButtons::retranslateUi()
{
    m_language->setItemText(0, tr("In the client's language"));
    m_language->setToolTip(tr("The language of the printed document. In its own language a signed agreement or an "
                              "issued decision is printed exactly as it was made."));
    // Ctrl+P rather than a mnemonic: the pages around these buttons use most letters.
    m_print->setText(tr("Print…"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print with the system's print dialog (%1)")
                            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_preview->setText(tr("&Print preview…"));
    m_pdf->setText(tr("Sav&e as PDF…"));
    m_recipient->setPlaceholderText(tr("For whom and why?"));
    m_recipient->setAccessibleName(tr("For whom and why"));
    m_recipient->setToolTip(tr("Optional. E.g. \"the guardian, by post\" or \"the district court, on request\": written to the "
                               "client's access log with the print or the PDF."));
}

} // namespace tukipolku::ui

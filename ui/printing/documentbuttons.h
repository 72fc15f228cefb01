#pragma once

#include "common/outcome.h"
#include "documents/printabledocument.h"
#include "storage/accesslog.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace tukipolku::ui {

// The row of document actions under an agreement or a decision: the language
// to print in (the client's unless the worker chooses otherwise), Print…,
// Print preview… and Save as PDF…, and for the access log who the document is
// for and why, when the worker tells. The tab tells where the document comes from.
class DocumentButtons final : public QWidget {
    Q_OBJECT

public:
    // The document in a language ("" = the client's); nothing when there is none.
    using Source = std::function<Outcome<PrintableDocument>(const QString &language)>;

    explicit DocumentButtons(QWidget *parent = nullptr);

    // Every print, preview and PDF is written to `log`.
    void setSource(Source source, const QString &suggestedFileName, const std::optional<AccessLog> &log);
    // "" for the client's language, else "fi" or "sv".
    QString chosenLanguage() const;
    void chooseLanguage(const QString &language);
    // Reports are in the language of the screen: no choice to offer.
    void setLanguageChoiceVisible(bool visible);
    // For whom and why the document is printed or saved, when the worker tells
    // (optional); written to the access log with each print and PDF.
    QLineEdit *recipientField() const { return m_recipient; }
    // Writes the PDF without asking; false (and failed()) when it cannot be written.
    bool saveAsPdf(const QString &path);

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The document to print; when it cannot be had, failed() has said why.
    std::optional<PrintableDocument> document();
    void choosePdfFile();
    void print();
    void preview();
    void retranslateUi();
    void logAccess(AccessAction action, const PrintableDocument &printable, const QString &detail = {});

    Source m_source;
    std::optional<AccessLog> m_log;
    QString m_fileName;
    QComboBox *m_language = nullptr;
    QLineEdit *m_recipient = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
};

} // namespace tukipolku::ui

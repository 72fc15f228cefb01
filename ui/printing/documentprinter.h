#pragma once

#include "files/outputfile.h"

#include "documents/decisiondocument.h"

#include <QString>

class QPagedPaintDevice;

namespace tukipolku::ui {

// Lays an HTML document out on A4 pages with 20 mm margins and draws on every
// page the letterhead (organiser and unit), the title, "page n / N", the
// confidentiality marking and the case number. Text that does not fit flows
// to the next page.
class DocumentPrinter final {
public:
    // Draws the document on `device` (a printer or a PDF writer); the number of pages.
    static int print(const QString &html, const PageDecoration &decoration, QPagedPaintDevice &device);
    // Writes a PDF file through OutputFile (checked, atomic, private); false
    // with the reason when the file cannot or must not be written.
    static bool writePdf(const QString &html, const PageDecoration &decoration, const QString &path,
                         Overwrite overwrite, QString *error);
};

} // namespace tukipolku::ui

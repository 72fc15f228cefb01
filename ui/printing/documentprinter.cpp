#include "printing/documentprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "files/outputfile.h"
#include <QTextDocument>

#include <algorithm>

namespace tukipolku::ui {

namespace {
constexpr double marginMm = 20.0;
constexpr double headerMm = 14.0; // letterhead and title above the text
constexpr double footerMm = 10.0; // marking, case number and page below it

double mmToDevice(double mm, const QPagedPaintDevice &device)
{
    return mm / 25.4 * device.logicalDpiY();
}

// Draws the logo scaled into the letterhead's height; returns the width it
// took with a gap after it (0 without a logo or with one that cannot be read).
double drawLogo(QPainter &painter, const QByteArray &png, const QRectF &header)
{
    QImage logo;
    if (png.isEmpty() || !logo.loadFromData(png, "PNG") || logo.height() == 0)
        return 0;
    // As large as fits in the letterhead's height and a quarter of its width, never distorted.
    const double scale = std::min(header.height() / logo.height(), header.width() / 4 / logo.width());
    const QSizeF size(logo.width() * scale, logo.height() * scale);
    painter.drawImage(QRectF(header.topLeft(), size), logo);
    return size.width() + header.height() * 0.3;
}

void drawDecoration(QPainter &painter, const QRectF &page, const PageDecoration &d, int pageNumber, int pages,
                    double headerHeight, double footerHeight)
{
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF header(page.left(), page.top(), page.width(), headerHeight * 0.8);
    // The logo, when there is one, stands at the left with the organiser's name beside it.
    const double logoWidth = drawLogo(painter, d.logo, header);
    painter.drawText(header.adjusted(logoWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                     d.organiser + QLatin1Char('\n') + d.unit);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop,
                     d.title + QLatin1Char('\n') + QStringLiteral("%1 / %2").arg(pageNumber).arg(pages));
    painter.setFont(font);
    painter.drawLine(QPointF(page.left(), page.top() + headerHeight * 0.85),
                     QPointF(page.right(), page.top() + headerHeight * 0.85));
    const QRectF footer(page.left(), page.bottom() - footerHeight * 0.8, page.width(), footerHeight * 0.8);
    painter.drawLine(QPointF(page.left(), footer.top()), QPointF(page.right(), footer.top()));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, d.marking + QStringLiteral("   ") + d.caseNumber);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, d.footer);
    painter.restore();
}
} // namespace

int DocumentPrinter::print(const QString &html, const PageDecoration &decoration, QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     decoration.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter));
    QPainter painter(&device);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double headerHeight = mmToDevice(headerMm, device);
    const double footerHeight = mmToDevice(footerMm, device);
    const QRectF body(0, 0, page.width(), page.height() - headerHeight - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setHtml(html);
    document.setDocumentMargin(0);
    document.setPageSize(body.size());
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        drawDecoration(painter, QRectF(0, 0, page.width(), page.height()), decoration, index + 1, pages, headerHeight,
                       footerHeight);
        painter.save();
        painter.translate(0, headerHeight - index * body.height());
        document.drawContents(&painter, QRectF(0, index * body.height(), body.width(), body.height()));
        painter.restore();
    }
    return pages;
}

bool DocumentPrinter::writePdf(const QString &html, const PageDecoration &decoration, const QString &path,
                               Overwrite overwrite, QString *error)
{
    OutputFile file(path, overwrite);
    Result done = file.open();
    if (done) {
        QPdfWriter writer(file.device());
        writer.setResolution(300);
        writer.setTitle(decoration.title);
        writer.setCreator(QStringLiteral("Tukipolku"));
        print(html, decoration, writer);
    } // the writer finishes the file when it goes
    if (done)
        done = file.commit();
    if (!done && error)
        *error = done.message();
    return done.ok();
}

} // namespace tukipolku::ui

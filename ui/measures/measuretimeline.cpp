#include "measures/measuretimeline.h"

#include <QPainter>
#include <QPalette>

namespace tukipolku::ui {

namespace {
constexpr int barHeight = 18;
constexpr int rowGap = 6;
constexpr int axisHeight = 18;
} // namespace

MeasureTimeline::MeasureTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MeasureTimeline::setBars(const QList<Bar> &bars, const QDate &today)
{
    m_bars = bars;
    m_today = today;
    updateGeometry();
    update();
}

QSize MeasureTimeline::sizeHint() const
{
    return {400, axisHeight + int(std::max<qsizetype>(1, m_bars.size())) * (barHeight + rowGap) + rowGap};
}

void MeasureTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_bars.isEmpty())
        return;
    // The span: from the first start to the latest end or today, in whole months.
    QDate first = m_bars.first().start;
    QDate last = m_today;
    for (const Bar &bar : m_bars) {
        first = std::min(first, bar.start);
        if (bar.end.isValid())
            last = std::max(last, bar.end);
    }
    first = QDate(first.year(), first.month(), 1);
    last = QDate(last.year(), last.month(), 1).addMonths(1);
    const double days = std::max<qint64>(1, first.daysTo(last));
    const QRectF area = rect().adjusted(4, axisHeight, -4, 0);
    auto xOf = [&](const QDate &day) { return area.left() + area.width() * double(first.daysTo(day)) / days; };

    // Month marks, labelled sparsely when there are many.
    painter.setPen(palette().color(QPalette::Mid));
    const int months = int(first.daysTo(last) / 30) + 1;
    const int step = std::max(1, months / 12);
    int index = 0;
    for (QDate month = first; month <= last; month = month.addMonths(1), ++index) {
        const double x = xOf(month);
        painter.drawLine(QPointF(x, area.top() - 4), QPointF(x, height()));
        if (index % step == 0)
            painter.drawText(QPointF(x + 2, axisHeight - 5), month.toString(QStringLiteral("M/yy")));
    }
    // Today.
    painter.setPen(QPen(QColor(0xb0, 0x00, 0x20), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(xOf(m_today), area.top() - 4), QPointF(xOf(m_today), height()));

    for (int row = 0; row < m_bars.size(); ++row) {
        const Bar &bar = m_bars.at(row);
        const QDate end = bar.end.isValid() ? bar.end : m_today;
        const QRectF box(xOf(bar.start), area.top() + rowGap + row * (barHeight + rowGap),
                         std::max(4.0, xOf(end) - xOf(bar.start)), barHeight);
        const QColor fill = bar.ended ? QColor(0xb8, 0xc4, 0xce) : QColor(0x1f, 0x5f, 0x8b);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(bar.ended ? Qt::black : Qt::white);
        painter.drawText(box.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(bar.label, Qt::ElideRight, int(box.width()) - 6));
    }
}

} // namespace tukipolku::ui

#include "cases/casetimeline.h"

#include "common/deadlinecolours.h"

#include <QPainter>

#include <algorithm>

namespace tukipolku::ui {

namespace {
constexpr int axisHeight = 22;
constexpr int rowHeight = 22;
constexpr int margin = 6;
constexpr int eventRows = 3; // event labels are staggered over three lines so that they do not overlap
} // namespace

CaseTimeline::CaseTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CaseTimeline::setContent(const QList<Event> &events, const QList<DeadlineMark> &deadlines, const QList<Bar> &bars,
                              const QDate &today)
{
    m_events = events;
    m_deadlines = deadlines;
    m_bars = bars;
    m_today = today;
    updateGeometry();
    update();
}

void CaseTimeline::setZoom(double pixelsPerDay)
{
    m_pixelsPerDay = std::clamp(pixelsPerDay, 0.0, 40.0);
    updateGeometry();
    update();
}

QDate CaseTimeline::firstDay() const
{
    // An invalid day is the earliest of all: it would stretch the axis without end.
    QDate first = m_today;
    for (const Event &event : m_events) {
        if (event.day.isValid())
            first = std::min(first, event.day);
    }
    for (const Bar &bar : m_bars) {
        if (bar.start.isValid())
            first = std::min(first, bar.start);
    }
    return QDate(first.year(), first.month(), 1);
}

QDate CaseTimeline::lastDay() const
{
    QDate last = m_today;
    for (const DeadlineMark &mark : m_deadlines)
        last = std::max(last, mark.due);
    for (const Bar &bar : m_bars) {
        if (bar.end.isValid())
            last = std::max(last, bar.end);
    }
    return QDate(last.year(), last.month(), 1).addMonths(1);
}

int CaseTimeline::contentHeight() const
{
    const int line = fontMetrics().height();
    return axisHeight + eventRows * line + rowHeight + 2 * margin + int(m_bars.size()) * rowHeight + line;
}

QSize CaseTimeline::sizeHint() const
{
    const int width = m_pixelsPerDay > 0 ? int(firstDay().daysTo(lastDay()) * m_pixelsPerDay) + 2 * margin : 600;
    return {width, contentHeight()};
}

void CaseTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    render(painter, QRectF(rect()));
}

void CaseTimeline::render(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    const QDate first = firstDay();
    const QDate last = lastDay();
    const double days = std::max<qint64>(1, first.daysTo(last));
    const QRectF plot = area.adjusted(margin, axisHeight, -margin, -margin);
    const auto xOf = [&](const QDate &day) { return plot.left() + plot.width() * double(first.daysTo(day)) / days; };
    const QColor text = Qt::black;

    // Months, labelled sparsely when there are many.
    const int months = int(days / 30) + 1;
    const int step = std::max(1, int(months / std::max(1.0, plot.width() / 60)));
    int index = 0;
    for (QDate month = first; month <= last; month = month.addMonths(1), ++index) {
        const double x = xOf(month);
        painter.setPen(QColor(0xc8, 0xc8, 0xc8));
        painter.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()));
        if (index % step == 0) {
            painter.setPen(text);
            painter.drawText(QPointF(x + 2, area.top() + axisHeight - 6), month.toString(QStringLiteral("M/yy")));
        }
    }
    painter.setPen(QPen(QColor(0xb0, 0x00, 0x20), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(xOf(m_today), plot.top() - 4), QPointF(xOf(m_today), plot.bottom()));

    // The pathway's events: a mark on the line, the label on one of three lines.
    double y = plot.top() + eventRows * line;
    QList<Event> events = m_events;
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.day < b.day; });
    double rowEnds[eventRows];
    std::fill(std::begin(rowEnds), std::end(rowEnds), -1e9);
    for (const Event &event : std::as_const(events)) {
        const double x = xOf(event.day);
        painter.setPen(QPen(QColor(0x1f, 0x5f, 0x8b), 1));
        painter.setBrush(QColor(0x1f, 0x5f, 0x8b));
        painter.drawEllipse(QPointF(x, y), 4, 4);
        // The highest line where the label does not run into the one before it (else the one ending first).
        int row = 0;
        while (row < eventRows && rowEnds[row] > x)
            ++row;
        if (row == eventRows)
            row = int(std::min_element(std::begin(rowEnds), std::end(rowEnds)) - std::begin(rowEnds));
        rowEnds[row] = x + 3 + metrics.horizontalAdvance(event.label) + 8;
        const double labelY = plot.top() + row * line;
        painter.drawLine(QPointF(x, labelY + line), QPointF(x, y - 4));
        painter.setPen(text);
        painter.drawText(QPointF(x + 3, labelY + line - 4), event.label);
    }
    // The deadlines on the same line, as triangles in the colour of their state.
    for (const DeadlineMark &mark : m_deadlines) {
        const double x = xOf(mark.due);
        const QPolygonF triangle{QPointF(x, y + 3), QPointF(x - 6, y + 13), QPointF(x + 6, y + 13)};
        painter.setPen(QPen(Qt::black, 0.8));
        painter.setBrush(deadlineColour(mark.state).darker(125));
        painter.drawPolygon(triangle);
    }
    // Decisions and measures, one bar a row.
    y += rowHeight;
    for (const Bar &bar : m_bars) {
        const QDate start = bar.start.isValid() ? bar.start : m_today;
        const QDate end = bar.end.isValid() ? bar.end : m_today;
        const QRectF box(xOf(start), y + 2, std::max(4.0, xOf(end) - xOf(start)), rowHeight - 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.decision ? QColor(0xd9, 0xc6, 0x8c) : QColor(0x9f, 0xb4, 0xcc));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(text);
        painter.drawText(QRectF(box.left() + 4, box.top(), std::max(box.width(), 400.0), box.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, bar.label);
        y += rowHeight;
    }
    painter.restore();
}

} // namespace tukipolku::ui

#include "dashboard/barchart.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace tukipolku::ui {

namespace {
constexpr int margin = 8;
constexpr int barGap = 6;

int sum(const QList<int> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0);
}
} // namespace

BarChart::BarChart(Qt::Orientation orientation, QWidget *parent) : QWidget(parent), m_orientation(orientation)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChart::setParts(const QList<Part> &parts)
{
    m_parts = parts;
    update();
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

void BarChart::setLimit(int limit, const QString &label)
{
    m_limit = limit;
    m_limitLabel = label;
    update();
}

int BarChart::maximum() const
{
    int most = m_limit;
    for (const Bar &bar : m_bars)
        most = std::max(most, sum(bar.values));
    return std::max(1, most);
}

QSize BarChart::sizeHint() const
{
    const int line = fontMetrics().height();
    if (m_orientation == Qt::Horizontal)
        return {480, int(m_bars.size()) * (line + barGap) + 3 * line + 2 * margin};
    return {int(m_bars.size()) * 48 + 2 * margin, 260};
}

QSize BarChart::minimumSizeHint() const
{
    return m_orientation == Qt::Horizontal ? QSize(320, sizeHint().height()) : QSize(320, 200);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const int line = fontMetrics().height();
    const QRect area = rect().adjusted(margin, margin + line + margin, -margin, -margin);
    paintLegend(painter, QRect(margin, margin, width() - 2 * margin, line));
    if (m_orientation == Qt::Vertical)
        paintVertical(painter, area);
    else
        paintHorizontal(painter, area);
}

void BarChart::paintLegend(QPainter &painter, const QRect &area) const
{
    int x = area.left();
    const int box = area.height() - 4;
    for (const Part &part : m_parts) {
        painter.fillRect(QRect(x, area.top() + 2, box, box), part.colour);
        x += box + 4;
        painter.setPen(palette().text().color());
        painter.drawText(QRect(x, area.top(), area.width(), area.height()), Qt::AlignLeft | Qt::AlignVCenter, part.name);
        x += fontMetrics().horizontalAdvance(part.name) + 16;
    }
    if (m_limit > 0) {
        painter.setPen(QPen(QColor(0x8a, 0x00, 0x16), 2, Qt::DashLine));
        painter.drawLine(x, area.center().y(), x + box, area.center().y());
        painter.setPen(palette().text().color());
        painter.drawText(QRect(x + box + 4, area.top(), area.width(), area.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         m_limitLabel);
    }
}

void BarChart::paintVertical(QPainter &painter, const QRect &area) const
{
    if (m_bars.isEmpty())
        return;
    const int line = fontMetrics().height();
    const QRect plot = area.adjusted(0, 0, 0, -line - 4);
    const int slot = plot.width() / int(m_bars.size());
    const double scale = double(plot.height() - line) / maximum();
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const int x = plot.left() + i * slot + barGap / 2;
        int bottom = plot.bottom();
        for (int part = 0; part < bar.values.size() && part < m_parts.size(); ++part) {
            const int height = int(bar.values.at(part) * scale);
            const QRect piece(x, bottom - height, slot - barGap, height);
            painter.fillRect(piece, m_parts.at(part).colour);
            if (bar.values.at(part) > 0 && height >= line) {
                painter.setPen(Qt::black);
                painter.drawText(piece, Qt::AlignCenter, QString::number(bar.values.at(part)));
            }
            bottom -= height;
        }
        painter.setPen(palette().text().color());
        painter.drawText(QRect(x, plot.bottom() + 4, slot - barGap, line), Qt::AlignCenter, bar.label);
    }
}

void BarChart::paintHorizontal(QPainter &painter, const QRect &area) const
{
    if (m_bars.isEmpty())
        return;
    const int line = fontMetrics().height();
    int labelWidth = 0;
    for (const Bar &bar : m_bars)
        labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(bar.label));
    labelWidth = std::min(labelWidth + 8, area.width() / 3);
    const QRect plot = area.adjusted(labelWidth, 0, -fontMetrics().horizontalAdvance(QStringLiteral("000")), 0);
    const double scale = double(plot.width()) / maximum();
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const int y = plot.top() + i * (line + barGap);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(area.left(), y, labelWidth - 8, line), Qt::AlignRight | Qt::AlignVCenter,
                         fontMetrics().elidedText(bar.label, Qt::ElideRight, labelWidth - 8));
        int left = plot.left();
        for (int part = 0; part < bar.values.size() && part < m_parts.size(); ++part) {
            const int length = int(bar.values.at(part) * scale);
            painter.fillRect(QRect(left, y, length, line), m_parts.at(part).colour);
            left += length;
        }
        painter.drawText(QRect(left + 4, y, 40, line), Qt::AlignLeft | Qt::AlignVCenter, QString::number(sum(bar.values)));
    }
    if (m_limit > 0) {
        const int x = plot.left() + int(m_limit * scale);
        painter.setPen(QPen(QColor(0x8a, 0x00, 0x16), 2, Qt::DashLine));
        painter.drawLine(x, plot.top(), x, plot.top() + int(m_bars.size()) * (line + barGap));
    }
}

} // namespace tukipolku::ui

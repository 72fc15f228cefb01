#pragma once

#include "rules/deadlines.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace tukipolku::ui {

// The whole case over time: the pathway's events (initiation, decision on the
// assessment, assessment, plan versions) as marks, the statutory deadlines as
// triangles (met, open or overdue), and decisions and measures as bars. It is
// zoomed by days per pixel and paints the same picture on paper.
class CaseTimeline final : public QWidget {
    Q_OBJECT

public:
    struct Event {
        QDate day;
        QString label;
    };
    struct DeadlineMark {
        QDate due;
        QString label;
        DeadlineState state = DeadlineState::OnTime;
    };
    struct Bar {
        QString label;
        QDate start;
        QDate end; // invalid: still open
        bool decision = false;
    };

    explicit CaseTimeline(QWidget *parent = nullptr);

    void setContent(const QList<Event> &events, const QList<DeadlineMark> &deadlines, const QList<Bar> &bars,
                    const QDate &today);
    // Pixels per day: 0 fits the whole case in the visible width.
    void setZoom(double pixelsPerDay);
    double zoom() const { return m_pixelsPerDay; }
    int barCount() const { return int(m_bars.size()); }
    // Paints the picture into `area` (the screen, a printer page or a PDF).
    void render(QPainter &painter, const QRectF &area) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QDate firstDay() const;
    QDate lastDay() const;
    int contentHeight() const;

    QList<Event> m_events;
    QList<DeadlineMark> m_deadlines;
    QList<Bar> m_bars;
    QDate m_today;
    double m_pixelsPerDay = 0;
};

} // namespace tukipolku::ui

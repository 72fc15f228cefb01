#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace tukipolku::ui {

// The child's measures as bars from start to end on a time line with month
// marks; an open end runs to today and fades. Each bar also carries its name.
class MeasureTimeline final : public QWidget {
    Q_OBJECT

public:
    struct Bar {
        QString label;
        QDate start;
        QDate end; // ended or planned end; invalid: open
        bool ended = false;
    };

    explicit MeasureTimeline(QWidget *parent = nullptr);
    void setBars(const QList<Bar> &bars, const QDate &today);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
    QDate m_today;
};

} // namespace tukipolku::ui

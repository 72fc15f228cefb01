#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace tukipolku::ui {

// A bar chart painted with QPainter: one bar per label, each made of stacked
// parts (e.g. on time and late), the numbers written on the bars so that
// nothing depends on colour alone, and an optional limit line (e.g. 30
// children). Vertical bars for months, horizontal ones for workers.
class BarChart final : public QWidget {
    Q_OBJECT

public:
    struct Part {
        QString name;
        QColor colour;
    };
    struct Bar {
        QString label;
        QList<int> values; // one per part
    };

    explicit BarChart(Qt::Orientation orientation, QWidget *parent = nullptr);

    void setParts(const QList<Part> &parts);
    void setBars(const QList<Bar> &bars);
    void setLimit(int limit, const QString &label); // 0: none
    const QList<Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int maximum() const;
    void paintLegend(QPainter &painter, const QRect &area) const;
    void paintVertical(QPainter &painter, const QRect &area) const;
    void paintHorizontal(QPainter &painter, const QRect &area) const;

    Qt::Orientation m_orientation;
    QList<Part> m_parts;
    QList<Bar> m_bars;
    int m_limit = 0;
    QString m_limitLabel;
};

} // namespace tukipolku::ui

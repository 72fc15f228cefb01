#pragma once

#include <QList>
#include <QString>

namespace tukipolku::bench {

// Repeated measurements of one figure, in milliseconds.
struct Samples {
    QList<double> values;

    void add(double value) { values.append(value); }
    double median() const;
    double worst() const;
};

// One line of the printed table.
void printFigure(const QString &figure, const QString &value, const QString &target, bool met);
void printHeader();

} // namespace tukipolku::bench

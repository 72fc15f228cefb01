#include "figures.h"

#include <algorithm>
#include <cstdio>

namespace tukipolku::bench {

double Samples::median() const
{
    if (values.isEmpty())
        return 0;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

double Samples::worst() const
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

void printHeader()
{
    std::printf("| %-58s | %-28s | %-22s | %-5s |\n", "figure", "measured", "target", "met");
    std::printf("|%s|%s|%s|%s|\n", QByteArray(60, '-').constData(), QByteArray(30, '-').constData(),
                QByteArray(24, '-').constData(), QByteArray(7, '-').constData());
}

void printFigure(const QString &figure, const QString &value, const QString &target, bool met)
{
    std::printf("| %-58s | %-28s | %-22s | %-5s |\n", qPrintable(figure), qPrintable(value), qPrintable(target),
                target.isEmpty() ? "" : (met ? "yes" : "NO"));
    std::fflush(stdout);
}

} // namespace tukipolku::bench

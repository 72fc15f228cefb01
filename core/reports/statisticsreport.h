#pragma once

#include <QCoreApplication>
#include <QDate>
#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tukipolku {

// How one statutory deadline was kept over a period.
struct DeadlineKeeping {
    int onTime = 0;
    int late = 0;
    int openOverdue = 0; // still open at the end of the period, past the due day
    int total() const { return onTime + late + openOverdue; }
};

// THL's half-yearly deadline statistics of child welfare: initiations
// received in the period, decided within 7 working days or not; assessments
// completed in the period within 3 months or not, and those still open past
// their due day at its end.
struct ThlDeadlines {
    QDate from;
    QDate to;
    DeadlineKeeping initiations;
    DeadlineKeeping assessments;
    QString readError; // in words when a read failed: then no figure may be shown or written
};

// The statutory deadlines met in one calendar month (initiation decisions and
// completed assessments), on time or late.
struct MonthKeeping {
    QDate month; // the first day
    int onTime = 0;
    int late = 0;
};

// One line of the yearly statistics: how many (children or notifications) in a group.
struct StatisticsLine {
    QString section; // "measures" or "notifications", in words
    QString group;   // the measure, or who notified
    QString basis;   // the legal basis (measures)
    QString ageGroup;
    int count = 0;
};

class StatisticsReport final {
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)

public:
    // "2026H1" is 1.10.2025–31.3.2026 and "2026H2" 1.4.–30.9.2026, THL's
    // periods; false for anything else.
    static bool parsePeriod(const QString &text, QDate &from, QDate &to);
    static ThlDeadlines thlDeadlines(const QSqlDatabase &database, const QDate &from, const QDate &to);
    static QByteArray csv(const ThlDeadlines &report);

    // Children in open-care support measures during `year` by measure, legal
    // basis and age group (age on 31.12.), and notifications received by who made them.
    // The year's lines into `lines`; a failed read is a failure, never fewer lines.
    static Result yearly(const QSqlDatabase &database, int year, QList<StatisticsLine> &lines);
    static QByteArray csv(const QList<StatisticsLine> &lines, int year);
    // The last `months` calendar months up to and including the month of
    // `today`, oldest first: how many deadlines were met on time and late in each.
    // Into `result`; a failed read is a failure, never smaller bars.
    static Result deadlinesMetByMonth(const QSqlDatabase &database, const QDate &today, QList<MonthKeeping> &result,
                                      int months = 12);
    // 0–6, 7–12, 13–17, 18–20.
    static QString ageGroup(int age);
};

} // namespace tukipolku

#include "reports/statisticsreport.h"

#include "domain/labels.h"
#include "exchange/csvwriter.h"
#include "rules/deadlines.h"
#include "storage/codes.h"
#include "storage/rowreader.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include "storage/readcheck.h"
#include "storage/recordwriter.h"

#include <tuple>

namespace tukipolku {

bool StatisticsReport::parsePeriod(const QString &text, QDate &from, QDate &to)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})H([12])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toUpper());
    if (!match.hasMatch())
        return false;
    const int year = match.captured(1).toInt();
    if (match.captured(2) == QLatin1String("1")) {
        from = QDate(year - 1, 10, 1);
        to = QDate(year, 3, 31);
    } else {
        from = QDate(year, 4, 1);
        to = QDate(year, 9, 30);
    }
    return true;
}

namespace {
// A line of the yearly statistics before it has its labels.
struct MeasureGroup {
    qint64 catalogueRow = 0;
    QString legalBasis;
    int ageGroup = 0; // the lower bound, 99 when unknown
    bool operator==(const MeasureGroup &other) const = default;
};
size_t qHash(const MeasureGroup &group, size_t seed = 0)
{
    return qHashMulti(seed, group.catalogueRow, group.legalBasis, group.ageGroup);
}

// The due days of a report's deadlines, as ISO texts, worked out once for each
// day of receipt: a half-year has some 180 such days and tens of thousands of
// initiations, and ISO texts compare like the dates they are.
class DueDays final {
public:
    QString initiationDecision(const QString &receivedDay)
    {
        return cached(m_initiation, receivedDay, [](const QDate &day) { return Deadlines::initiationDecisionDue(day); });
    }
    QString assessment(const QString &receivedDay)
    {
        return cached(m_assessment, receivedDay, [](const QDate &day) { return Deadlines::assessmentDue(day); });
    }

private:
    template <typename Rule>
    static QString cached(QHash<QString, QString> &known, const QString &day, Rule rule)
    {
        if (const auto found = known.constFind(day); found != known.constEnd())
            return found.value();
        const QString due = codes::date(rule(QDate::fromString(day, Qt::ISODate))).toString();
        known.insert(day, due);
        return due;
    }
    QHash<QString, QString> m_initiation;
    QHash<QString, QString> m_assessment;
};
} // namespace

ThlDeadlines StatisticsReport::thlDeadlines(const QSqlDatabase &database, const QDate &from, const QDate &to)
{
    ThlDeadlines report{from, to, {}, {}, {}};
    ReadCheck reads;
    const QString fromDay = codes::date(from).toString();
    const QString toDay = codes::date(to).toString();
    DueDays dueDays;
    // Reported after the period: a deadline met since then counts as met, on time or not.
    const auto keep = [&toDay](DeadlineKeeping &keeping, const QString &due, const QString &met) {
        if (!met.isEmpty())
            ++(met <= due ? keeping.onTime : keeping.late);
        else if (due < toDay)
            ++keeping.openOverdue;
    };
    // Initiations received in the period (the day of receipt decides the period).
    QSqlQuery q(database);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(i.received_at, 1, 10), coalesce(i.decided_on, '') "
                             "FROM initiations i JOIN cases c ON c.id = i.case_id "
                             "WHERE substr(i.received_at, 1, 10) BETWEEN ? AND ? AND c.archived_at IS NULL"));
    q.addBindValue(fromDay);
    q.addBindValue(toDay);
    q.exec();
    while (q.next())
        keep(report.initiations, dueDays.initiationDecision(q.value(0).toString()), q.value(1).toString());
    reads.check(q);
    // Assessments completed in the period, and those due in it and still open at its end.
    QSqlQuery a(database);
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT substr(i.received_at, 1, 10), coalesce(s.completed_on, '') "
                             "FROM initiations i JOIN cases c ON c.id = i.case_id "
                             "LEFT JOIN assessments s ON s.case_id = c.id "
                             "WHERE c.archived_at IS NULL AND i.opens_case = 1 AND coalesce(i.assessment_starts, 1) = 1 "
                             "AND (s.completed_on BETWEEN ? AND ? OR (s.completed_on IS NULL AND substr(i.received_at, 1, 10) <= ? "
                             "AND (c.closed_on IS NULL OR c.closed_on > ?)))"));
    a.addBindValue(fromDay);
    a.addBindValue(toDay);
    a.addBindValue(toDay);
    a.addBindValue(toDay);
    a.exec();
    while (a.next()) {
        const QString due = dueDays.assessment(a.value(0).toString());
        const QString completed = a.value(1).toString();
        if (completed.isEmpty() && (due >= toDay || due < fromDay))
            continue; // not yet due, or overdue already before this period (counted there)
        keep(report.assessments, due, completed);
    }
    reads.check(a);
    if (!reads.ok())
        return ThlDeadlines{from, to, {}, {}, readFailureMessage(database, reads.error())};
    return report;
}

QByteArray StatisticsReport::csv(const ThlDeadlines &report)
{
    CsvWriter writer;
    writer.addRow({tr("Period from"), tr("Period to"), tr("Deadline"), tr("Met on time"), tr("Met late"),
                   tr("Open and overdue at the end"), tr("Total")});
    const auto row = [&](DeadlineKind kind, const DeadlineKeeping &keeping) {
        writer.addRow({CsvWriter::date(report.from), CsvWriter::date(report.to), Labels::deadlineKind(kind),
                       QString::number(keeping.onTime), QString::number(keeping.late),
                       QString::number(keeping.openOverdue), QString::number(keeping.total())});
    };
    row(DeadlineKind::InitiationDecision, report.initiations);
    row(DeadlineKind::AssessmentCompletion, report.assessments);
    return writer.bytes();
}

Result StatisticsReport::deadlinesMetByMonth(const QSqlDatabase &database, const QDate &today,
                                             QList<MonthKeeping> &kept, int months)
{
    kept.clear();
    QList<MonthKeeping> result;
    const QDate current(today.year(), today.month(), 1);
    for (int i = months - 1; i >= 0; --i)
        result.append({current.addMonths(-i), 0, 0});
    const QDate first = result.first().month;
    const QDate last = current.addMonths(1).addDays(-1);
    const auto count = [&result, &first](const QDate &met, const QDate &due) {
        const int index = (met.year() - first.year()) * 12 + met.month() - first.month();
        if (index >= 0 && index < result.size())
            ++(met <= due ? result[index].onTime : result[index].late);
    };
    QSqlQuery q(database);
    q.setForwardOnly(true);
    // The assessment runs from the initiation that opened the case; a later
    // notification's row brings only its own decision.
    q.prepare(QStringLiteral("SELECT i.received_at, i.decided_on, CASE WHEN i.opens_case = 1 THEN s.completed_on END "
                             "FROM initiations i LEFT JOIN assessments s ON s.case_id = i.case_id "
                             "WHERE i.decided_on BETWEEN :first AND :last OR s.completed_on BETWEEN :first AND :last"));
    q.bindValue(QStringLiteral(":first"), codes::date(first));
    q.bindValue(QStringLiteral(":last"), codes::date(last));
    q.exec();
    DueDays dueDays;
    while (q.next()) {
        const QString received = q.value(0).toString().left(10);
        const QDate decided = codes::toDate(q.value(1));
        const QDate completed = codes::toDate(q.value(2));
        if (decided.isValid() && decided >= first && decided <= last)
            count(decided, QDate::fromString(dueDays.initiationDecision(received), Qt::ISODate));
        if (completed.isValid() && completed >= first && completed <= last)
            count(completed, QDate::fromString(dueDays.assessment(received), Qt::ISODate));
    }
    if (q.lastError().type() != QSqlError::NoError)
        return Result::failure(readFailureMessage(database, q.lastError().text()));
    kept = result;
    return {};
}

QString StatisticsReport::ageGroup(int age)
{
    if (age < 0)
        return tr("unknown");
    if (age <= 6)
        return QStringLiteral("0–6");
    if (age <= 12)
        return QStringLiteral("7–12");
    if (age <= 17)
        return QStringLiteral("13–17");
    return QStringLiteral("18–20");
}

Result StatisticsReport::yearly(const QSqlDatabase &database, int year, QList<StatisticsLine> &result)
{
    result.clear();
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    QList<StatisticsLine> lines;
    ReadCheck reads;
    // Each child once per measure and basis: measures in force on any day of
    // the year. Counted here rather than by SQLite, whose GROUP BY sorts every
    // row: some hundred thousand measures at 100,000 families. On 31 December
    // every birthday of the year has passed: the age is the year less the
    // year of birth.
    QHash<qint64, CatalogueEntry> catalogue;
    RowReader entries(database, QStringLiteral("SELECT rowid, name_fi, name_sv FROM measure_catalogue"));
    while (entries.next()) {
        CatalogueEntry entry;
        entry.nameFi = entries.text(1);
        entry.nameSv = entries.text(2);
        catalogue.insert(entries.integer(0), entry);
    }
    reads.check(entries);
    RowReader rows(database, QStringLiteral(
        "SELECT mc.rowid, m.legal_basis, CAST(substr(p.birth_date, 1, 4) AS INTEGER), p.rowid "
        "FROM measures m JOIN measure_catalogue mc ON mc.id = m.catalogue_id JOIN cases c ON c.id = m.case_id "
        "JOIN persons p ON p.id = c.child_id "
        "WHERE m.status IN ('active', 'ended') AND m.start_on <= ? "
        "AND coalesce(m.ended_on, m.planned_end_on, '9999-12-31') >= ?"));
    rows.bind(1, codes::date(last));
    rows.bind(2, codes::date(first));
    // By catalogue entry, legal basis and the age group's lower bound (99: unknown): the children.
    QHash<MeasureGroup, QSet<qint64>> groups;
    while (rows.next()) {
        const qint64 born = rows.isNull(2) ? 0 : rows.integer(2);
        const qint64 age = born > 0 ? year - born : -1;
        const int group = age < 0 ? 99 : age <= 6 ? 0 : age <= 12 ? 7 : age <= 17 ? 13 : 18;
        groups[MeasureGroup{rows.integer(0), rows.text(1), group}].insert(rows.integer(3));
    }
    reads.check(rows);
    // Keyed by the labels and the age group so that the lines come out in order.
    QMap<std::tuple<QString, QString, int>, int> children;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QString measure = Labels::measureName(catalogue.value(it.key().catalogueRow));
        const QString basis = Labels::legalBasis(codes::fromCode(codes::legalBases, it.key().legalBasis));
        children[{measure, basis, it.key().ageGroup}] += int(it.value().size());
    }
    for (auto it = children.cbegin(); it != children.cend(); ++it)
        lines.append({tr("measures"), std::get<0>(it.key()), std::get<1>(it.key()),
                      ageGroup(std::get<2>(it.key()) == 99 ? -1 : std::get<2>(it.key())), it.value()});

    QSqlQuery n(database);
    n.setForwardOnly(true);
    n.prepare(QStringLiteral("SELECT i.notifier_kind, i.contact_by, i.authority_kind, count(*) FROM initiations i "
                             "WHERE i.is_notification = 1 AND i.received_at >= ? AND i.received_at < ? "
                             "GROUP BY 1, 2, 3 ORDER BY 4 DESC"));
    // A range of the stored times (ISO texts), so that the index is used.
    n.addBindValue(codes::date(first));
    n.addBindValue(codes::date(last.addDays(1)));
    n.exec();
    while (n.next()) {
        const auto notifier = codes::fromCode(codes::notifierKinds, n.value(0).toString());
        const auto by = codes::fromCode(codes::contactsBy, n.value(1).toString());
        const auto authority = codes::fromCode(codes::authorityKinds, n.value(2).toString());
        const QString who = by == ContactBy::Authority ? Labels::authority(authority) : Labels::contactBy(by);
        lines.append({tr("notifications"), who, Labels::notifier(notifier), QString(), n.value(3).toInt()});
    }
    reads.check(n);
    if (!reads.ok())
        return Result::failure(readFailureMessage(database, reads.error()));
    result = lines;
    return {};
}

QByteArray StatisticsReport::csv(const QList<StatisticsLine> &lines, int year)
{
    CsvWriter writer;
    writer.addRow({tr("Year"), tr("Section"), tr("Measure or notifier"), tr("Legal basis or kind of notifier"),
                   tr("Age group"), tr("Number")});
    for (const StatisticsLine &line : lines)
        writer.addRow({QString::number(year), line.section, line.group, line.basis, line.ageGroup,
                       QString::number(line.count)});
    return writer.bytes();
}

} // namespace tukipolku

#include "catchshim.h"
#include "fixedclock.h"
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "models/caselistmodel.h"
#include "rules/identitycode.h"

#include <QSqlQuery>

using namespace tukipolku;
using tukipolku::test::TestDatabase;

namespace {
int count(TestDatabase &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

DemoOptions options(int families)
{
    DemoOptions demo;
    demo.families = families;
    demo.seed = 7;
    demo.today = QDate(2026, 11, 23);
    return demo;
}
} // namespace

TEST_CASE("Demo data: fictional, deterministic and refused on a database with families", "[demo]")
{
    TestDatabase db;
    REQUIRE(DemoGenerator::fill(db.database(), options(300)).ok());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM families")) == 300);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases")) >= 300);
    // Every stage is present.
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT stage) FROM cases")) == 5);
    // Some deadlines are overdue.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE next_deadline_due < '2026-11-23'")) > 0);
    // Every identity code is valid and from the temporary range 900–999.
    QSqlQuery codes(db.connection());
    REQUIRE(codes.exec(QStringLiteral("SELECT identity_code FROM persons WHERE identity_code IS NOT NULL")));
    int checked = 0;
    while (codes.next()) {
        const IdentityCodeParse parsed = parseIdentityCode(codes.value(0).toString());
        REQUIRE(parsed.isValid());
        REQUIRE(parsed.temporary);
        ++checked;
    }
    CHECK(checked > 600);
    // Finnish and Swedish speakers.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM persons WHERE language = 'sv'")) > 0);
    CHECK(DemoGenerator::fill(db.database(), options(10)).message().contains(QStringLiteral("already holds")));

    // The same seed and day give the same families.
    DemoGenerator first(options(5));
    DemoGenerator second(options(5));
    first.workers();
    second.workers();
    for (int i = 0; i < 5; ++i) {
        const DemoFamily a = first.nextFamily();
        const DemoFamily b = second.nextFamily();
        CHECK(a.family.id == b.family.id);
        CHECK(a.family.members.first().person.identityCode == b.family.members.first().person.identityCode);
        CHECK(a.cases.first().initiation.receivedAt == b.cases.first().initiation.receivedAt);
    }
}

TEST_CASE("Case list: reads a page at a time, never more than asked for", "[caselist]")
{
    TestDatabase db;
    REQUIRE(DemoGenerator::fill(db.database(), options(400)).ok());
    const int open = count(db, QStringLiteral("SELECT count(*) FROM cases WHERE stage <> 'closed'"));
    REQUIRE(open > 2 * CaseListModel::pageSize);

    const test::FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0))); // the demo data's day
    CaseListModel model;
    model.setDatabase(db.connection());
    CHECK(model.rowCount() == CaseListModel::pageSize);
    CHECK(model.fetchedRows() == CaseListModel::pageSize);
    CHECK(model.canFetchMore());
    model.fetchMore();
    CHECK(model.fetchedRows() == 2 * CaseListModel::pageSize);
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == open);

    // Sorted by the next deadline, open-ended cases last.
    QDate previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant state = model.index(row, 0).data(CaseListModel::DeadlineStateRole);
        if (!state.isValid())
            continue;
        const QString text = model.index(row, CaseListModel::DeadlineColumn).data().toString();
        const QDate due = QDate::fromString(text.section(QStringLiteral(" – "), 0, 0), QStringLiteral("d.M.yyyy"));
        REQUIRE(due.isValid());
        if (previous.isValid())
            REQUIRE(previous <= due);
        previous = due;
    }
}

TEST_CASE("Case list: filters by text, stage, worker and overdue", "[caselist]")
{
    TestDatabase db;
    REQUIRE(DemoGenerator::fill(db.database(), options(200)).ok());
    const test::FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0))); // the demo data's day
    CaseListModel model;
    model.setDatabase(db.connection());

    QSqlQuery sample(db.connection());
    REQUIRE(sample.exec(QStringLiteral("SELECT c.case_number, p.last_name, p.identity_code, c.responsible_worker_id "
                                       "FROM cases c JOIN persons p ON p.id = c.child_id "
                                       "WHERE c.stage <> 'closed' AND p.identity_code IS NOT NULL LIMIT 1")));
    REQUIRE(sample.next());
    CaseListFilter filter;
    filter.text = sample.value(0).toString();
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CaseListModel::NumberColumn).data().toString() == sample.value(0).toString());

    filter.text = sample.value(2).toString().left(7);
    model.setFilter(filter);
    CHECK(model.rowCount() >= 1);

    filter.text = sample.value(1).toString().toLower().left(3); // any case, a prefix
    model.setFilter(filter);
    CHECK(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, CaseListModel::ChildColumn).data().toString().toLower().contains(filter.text));

    filter = {};
    filter.stage = CaseStage::Assessment;
    model.setFilter(filter);
    CHECK(model.rowCount() == count(db, QStringLiteral("SELECT count(*) FROM cases WHERE stage = 'assessment'")));

    filter = {};
    filter.workerId = sample.value(3).toString();
    model.setFilter(filter);
    while (model.canFetchMore(QModelIndex())) // a page at a time
        model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == count(db, QStringLiteral("SELECT count(*) FROM cases WHERE stage <> 'closed' AND "
                                                       "responsible_worker_id = '%1'").arg(filter.workerId)));

    filter = {};
    filter.overdueOnly = true;
    model.setFilter(filter);
    CHECK(model.rowCount() == count(db, QStringLiteral("SELECT count(*) FROM cases WHERE stage <> 'closed' AND "
                                                       "next_deadline_due < '2026-11-23'")));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, 0).data(CaseListModel::DeadlineStateRole).toInt() == int(DeadlineState::Overdue));
}

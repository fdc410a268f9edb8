// Queries sorted by a metric or param take a faster path (the key's index in order, then the
// runs lacking the key); it must give exactly the rows, in the order, of the general statement.
#include "store/database.h"
#include "store/schema.h"
#include "tracking/query/runquery.h"
#include "tracking/query/syntheticruns.h"

#include "querytestutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mlwb;
using namespace mlwb::tracking;
using namespace Qt::StringLiterals;

class TestRunQueryPaths : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fastPathIsTaken_data();
    void fastPathIsTaken();
    void pathsAgree_data();
    void pathsAgree();
    void randomQueriesAgree();
    void pagesJoinUpToTheWholeList();
    void countsAgree_data();
    void countsAgree();

private:
    // The general statement, run as it is.
    QList<qint64> general(const RunQuery &q, int limit, int offset);
    void compare(const QString &filter, const QString &sort, int limit, int offset);

    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
};

void TestRunQueryPaths::initTestCase() {
    QUERY_ASSIGN_OR_FAIL(store::Database db, store::Database::open(m_dir.filePath(u"p.db"_s),
                                                                   store::Database::Mode::Create));
    m_db.emplace(std::move(db));
    QUERY_VERIFY_OK(store::migrate(*m_db));
    QUERY_VERIFY_OK(generateSyntheticRuns(*m_db, 6000, 8, 4, 11));
    // Runs lacking keys, ties on the sort values, params of mixed types and trashed runs:
    // the places where the two halves of the fast path meet.
    QUERY_VERIFY_OK(m_db->exec(u"DELETE FROM metric_summary WHERE key = 'val_loss' AND "
                               "run_id % 7 = 0"_s));
    QUERY_VERIFY_OK(m_db->exec(u"DELETE FROM params WHERE key = 'lr' AND run_id % 5 = 0"_s));
    QUERY_VERIFY_OK(m_db->exec(u"UPDATE metric_summary SET last_value = 0.25, min_value = 0.125 "
                               "WHERE key = 'val_loss' AND run_id % 11 = 0"_s));
    QUERY_VERIFY_OK(m_db->exec(u"UPDATE params SET type = 'string', value = 'auto' "
                               "WHERE key = 'lr' AND run_id % 13 = 0"_s));
    QUERY_VERIFY_OK(m_db->exec(u"UPDATE params SET value = 0.001 "
                               "WHERE key = 'lr' AND run_id % 17 = 0"_s));
    QUERY_VERIFY_OK(m_db->exec(u"UPDATE runs SET deleted_at = 1.8e9 WHERE id % 9 = 0"_s));
    QUERY_VERIFY_OK(m_db->exec(u"UPDATE runs SET start_time = 1.7e9 WHERE id % 10 = 0"_s));
}

QList<qint64> TestRunQueryPaths::general(const RunQuery &q, int limit, int offset) {
    QList<qint64> ids;
    const auto c = compileSelectIds(q, limit, offset);
    if (!c)
        return {-1};
    auto st = m_db->prepare(c->sql);
    if (!st)
        return {-2};
    for (qsizetype i = 0; i < c->binds.size(); ++i)
        st->bind(int(i) + 1, c->binds.at(i));
    while (st->step().value_or(false))
        ids.append(st->int64(0));
    return ids;
}

void TestRunQueryPaths::compare(const QString &filter, const QString &sort, int limit, int offset) {
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse(filter, sort));
    QUERY_ASSIGN_OR_FAIL(const QList<qint64> fast, findRuns(*m_db, q, limit, offset));
    const QList<qint64> expected = general(q, limit, offset);
    // std::ranges::equal: Qt 6.4's QList== passes null to memcmp for empty lists.
    QVERIFY2(std::ranges::equal(fast, expected),
             qPrintable(u"filter '%1' sort '%2' limit %3 offset %4: %5 rows, "
                        "expected %6"_s.arg(filter, sort)
                            .arg(limit)
                            .arg(offset)
                            .arg(fast.size())
                            .arg(expected.size())));
}

void TestRunQueryPaths::fastPathIsTaken_data() {
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("fast");
    QTest::newRow("metric") << u"metrics.val_loss"_s << true;
    QTest::newRow("metric min desc") << u"metrics.val_loss@min desc"_s << false;
    QTest::newRow("metric last desc") << u"metrics.val_loss@last desc"_s << true;
    QTest::newRow("param") << u"params.lr desc, name"_s << true;
    QTest::newRow("attribute first") << u"name, metrics.val_loss"_s << false;
    QTest::newRow("tag") << u"tags.stage"_s << false;
    QTest::newRow("default order") << QString() << false;
}

// The first page sorted by a metric reads the key's index in order instead of sorting.
void TestRunQueryPaths::fastPathIsTaken() {
    QFETCH(QString, sort);
    QFETCH(bool, fast);
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse(u"status = \"finished\""_s, sort));
    const auto select = compileKeySortedSelect(q, 100, 0);
    QCOMPARE(select.has_value(), fast);
    if (!fast)
        return;
    QUERY_ASSIGN_OR_FAIL(store::Statement st,
                         m_db->prepare(u"EXPLAIN QUERY PLAN "_s + select->havingKey.sql));
    for (qsizetype i = 0; i < select->havingKey.binds.size(); ++i)
        st.bind(int(i) + 1, select->havingKey.binds.at(i));
    QStringList plan;
    while (st.step().value_or(false))
        plan << st.text(3);
    const QString text = plan.join(u'\n');
    QVERIFY2(text.contains(u"_by_key_"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"TEMP B-TREE FOR ORDER BY"_s), qPrintable(text));
}

void TestRunQueryPaths::pathsAgree_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::newRow("no filter") << QString() << u"metrics.val_loss"_s << 100 << 0;
    QTest::newRow("desc") << QString() << u"metrics.val_loss desc"_s << 100 << 0;
    QTest::newRow("ties broken by the next key")
        << QString() << u"metrics.val_loss, params.batch_size desc"_s << 50 << 0;
    QTest::newRow("page across the lacking runs")
        << QString() << u"metrics.val_loss"_s << 100 << 4500;
    QTest::newRow("page past the having runs") << QString() << u"params.lr"_s << 20 << 4800;
    QTest::newRow("selective filter falls back")
        << u"metrics.accuracy < 0.01"_s << u"metrics.val_loss"_s << 100 << 0;
    QTest::newRow("dense filter stops early")
        << u"params.optimizer != \"lion\""_s << u"metrics.val_loss desc"_s << 100 << 50;
    QTest::newRow("everything") << u"status != \"running\""_s << u"params.lr desc"_s << -1 << 0;
    QTest::newRow("everything from an offset") << QString() << u"params.lr"_s << -1 << 3333;
    QTest::newRow("past the end") << QString() << u"metrics.val_loss"_s << 10 << 5000;
    QTest::newRow("filter on the sort key")
        << u"metrics.val_loss < 0.5"_s << u"metrics.val_loss desc"_s << 100 << 0;
    QTest::newRow("missing sort key filter")
        << u"metrics.val_loss is null"_s << u"metrics.val_loss"_s << 100 << 0;
    QTest::newRow("param and metric") << u"metrics.accuracy < 0.5 and params.optimizer = \"adam\""_s
                                      << u"metrics.train_loss"_s << 100 << 0;
    QTest::newRow("or and not") << u"not (params.use_amp = true or tags.stage = \"prod\")"_s
                                << u"params.lr"_s << 30 << 10;
    QTest::newRow("count aggregate") << QString() << u"metrics.train_loss@count desc"_s << 40 << 0;
    QTest::newRow("newest first, dense filter")
        << u"params.optimizer != \"lion\""_s << QString() << 100 << 0;
    QTest::newRow("newest first, across tied start times")
        << u"metrics.val_loss < 0.8 and params.batch_size >= 32"_s << QString() << 100 << 100;
    QTest::newRow("newest first, selective filter falls back")
        << u"metrics.accuracy < 0.01"_s << QString() << 100 << 0;
    QTest::newRow("newest first, attribute filter")
        << u"status = \"finished\""_s << QString() << 150 << 20;
}

void TestRunQueryPaths::pathsAgree() {
    QFETCH(QString, filter);
    QFETCH(QString, sort);
    QFETCH(int, limit);
    QFETCH(int, offset);
    compare(filter, sort, limit, offset);
}

void TestRunQueryPaths::randomQueriesAgree() {
    const QStringList filters = {
        QString(),
        u"metrics.val_loss < 0.3"_s,
        u"metrics.accuracy@max >= 0.5"_s,
        u"params.optimizer in (\"adam\", \"sgd\")"_s,
        u"params.lr > 0.001"_s,
        u"params.lr = \"auto\""_s,
        u"status = \"finished\" and params.batch_size >= 64"_s,
        u"tags.stage != \"dev\" or metrics.train_loss is null"_s,
        u"name ~ \"run-1.*\""_s,
        u"not params.use_amp = true"_s,
    };
    const QStringList keys = {u"metrics.val_loss"_s,
                              u"metrics.val_loss@min"_s,
                              u"metrics.train_loss@max"_s,
                              u"metrics.m3@count"_s,
                              u"params.lr"_s,
                              u"params.batch_size"_s,
                              u"params.optimizer"_s,
                              u"params.use_amp"_s};
    const QStringList thenBy = {QString(), u", name"_s, u", start_time desc"_s,
                                u", params.batch_size"_s, u", metrics.accuracy desc"_s};
    QRandomGenerator rng(2024);
    for (int i = 0; i < 120; ++i) {
        const QString sort = keys.at(rng.bounded(int(keys.size()))) +
                             (rng.bounded(2) ? u" desc"_s : u" asc"_s) +
                             thenBy.at(rng.bounded(int(thenBy.size())));
        const int limit = rng.bounded(4) == 0 ? -1 : int(rng.bounded(1, 120));
        const int offset = rng.bounded(3) == 0 ? 0 : int(rng.bounded(rng.bounded(2) ? 200 : 6000));
        compare(filters.at(rng.bounded(int(filters.size()))), sort, limit, offset);
        if (QTest::currentTestFailed())
            return;
    }
}

// A table scrolling page by page sees every run once, in one order.
void TestRunQueryPaths::pagesJoinUpToTheWholeList() {
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse({}, u"metrics.val_loss desc"_s));
    QUERY_ASSIGN_OR_FAIL(const QList<qint64> all, findRuns(*m_db, q));
    QList<qint64> paged;
    for (int offset = 0; offset < all.size() + 640; offset += 640) {
        QUERY_ASSIGN_OR_FAIL(const QList<qint64> page, findRuns(*m_db, q, 640, offset));
        paged += page;
    }
    QCOMPARE(paged, all);
    QCOMPARE(all.size(), countRuns(*m_db, q).value_or(-1));
    QCOMPARE(all, general(q, -1, 0));
}

void TestRunQueryPaths::countsAgree_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("trashed");
    QTest::addColumn<bool>("keyed"); // counted from the keys' indexes
    QTest::newRow("all") << QString() << false << false;
    QTest::newRow("metric") << u"metrics.val_loss < 0.3"_s << false << true;
    QTest::newRow("metric and param")
        << u"metrics.m3 < 0.5 and params.optimizer = \"adam\""_s << false << true;
    QTest::newRow("in the trash") << u"metrics.m3 < 0.5 and params.optimizer = \"adam\""_s << true
                                  << true;
    QTest::newRow("param text and number") << u"params.lr = \"auto\""_s << false << true;
    QTest::newRow("param in") << u"params.optimizer in (\"adam\", \"sgd\")"_s << false << true;
    QTest::newRow("not null") << u"metrics.val_loss is not null"_s << false << true;
    QTest::newRow("nothing") << u"params.lr > 5 and metrics.val_loss < 0.3"_s << false << true;
    QTest::newRow("null") << u"metrics.val_loss is null and params.lr > 0.001"_s << false << false;
    QTest::newRow("attribute") << u"status = \"finished\" and params.lr > 0.001"_s << false
                               << false;
    QTest::newRow("or") << u"params.lr > 0.001 or metrics.val_loss < 0.3"_s << false << false;
}

// Counting by intersecting the keys' run lists gives what the general statement finds.
void TestRunQueryPaths::countsAgree() {
    QFETCH(QString, filter);
    QFETCH(bool, trashed);
    QFETCH(bool, keyed);
    QUERY_ASSIGN_OR_FAIL(RunQuery q, RunQuery::parse(filter));
    q.trashedOnly = trashed;
    QCOMPARE(compileKeyedRunIds(q).has_value(), keyed);
    const QList<qint64> all = general(q, -1, 0);
    QVERIFY(!all.isEmpty() || filter.contains(u"> 5"_s));
    QCOMPARE(countRuns(*m_db, q).value_or(-1), qint64(all.size()));
}

QTEST_GUILESS_MAIN(TestRunQueryPaths)
#include "tst_runquerypaths.moc"

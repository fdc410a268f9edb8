// The generated benchmark project: the right amount of data, and queries over it agree with
// a plain reading of the rows.
#include "store/database.h"
#include "store/schema.h"
#include "tracking/query/runquery.h"
#include "tracking/query/syntheticruns.h"

#include "querytestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::tracking;
using namespace Qt::StringLiterals;

class TestSyntheticRuns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowCounts();
    void sameSeedSameRuns();
    void queryAgreesWithRows_data();
    void queryAgreesWithRows();
    void sortedByMetric();

private:
    qint64 scalar(const QString &sql) { return m_db->scalar(sql).value_or(-1).toLongLong(); }

    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
};

void TestSyntheticRuns::initTestCase() {
    QUERY_ASSIGN_OR_FAIL(store::Database db, store::Database::open(m_dir.filePath(u"p.db"_s),
                                                                   store::Database::Mode::Create));
    m_db.emplace(std::move(db));
    QUERY_VERIFY_OK(store::migrate(*m_db));
    QUERY_VERIFY_OK(generateSyntheticRuns(*m_db, 2000, 6, 4, 7));
}

void TestSyntheticRuns::rowCounts() {
    QCOMPARE(scalar(u"SELECT count(*) FROM runs"_s), 2000);
    QCOMPARE(scalar(u"SELECT count(*) FROM experiments"_s), 10);
    QCOMPARE(scalar(u"SELECT count(*) FROM params"_s), 2000 * 6);
    QCOMPARE(scalar(u"SELECT count(*) FROM metric_summary"_s), 2000 * 4);
    QCOMPARE(scalar(u"SELECT count(DISTINCT key) FROM params"_s), 6);
    QCOMPARE(scalar(u"SELECT count(*) FROM params WHERE key = 'optimizer' AND "
                    "typeof(value) = 'text'"_s),
             2000);
    QCOMPARE(scalar(u"SELECT count(*) FROM runs WHERE status = 'running' AND "
                    "end_time IS NOT NULL"_s),
             0);
    QCOMPARE(syntheticParamKey(0), u"lr"_s);
    QCOMPARE(syntheticMetricKey(0), u"val_loss"_s);
    QCOMPARE(syntheticMetricKey(5), u"m5"_s);
}

void TestSyntheticRuns::sameSeedSameRuns() {
    QTemporaryDir dir;
    QUERY_ASSIGN_OR_FAIL(
        store::Database other,
        store::Database::open(dir.filePath(u"q.db"_s), store::Database::Mode::Create));
    QUERY_VERIFY_OK(store::migrate(other));
    QUERY_VERIFY_OK(generateSyntheticRuns(other, 2000, 6, 4, 7));
    const QString digest = u"SELECT sum(length(uuid)) || ':' || group_concat(uuid, '') "
                           "FROM (SELECT uuid FROM runs ORDER BY id LIMIT 50)"_s;
    QCOMPARE(other.scalar(digest).value_or(1), m_db->scalar(digest).value_or(2));
    // Another seed adds different runs to the same project.
    QUERY_VERIFY_OK(generateSyntheticRuns(other, 10, 6, 4, 8));
    QCOMPARE(other.scalar(u"SELECT count(*) FROM runs"_s).value_or(0).toInt(), 2010);
}

void TestSyntheticRuns::queryAgreesWithRows_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sql"); // the same condition written by hand
    QTest::newRow("metric") << u"metrics.val_loss < 0.3"_s
                            << u"id IN (SELECT run_id FROM metric_summary WHERE key = 'val_loss' "
                               "AND last_value < 0.3)"_s;
    QTest::newRow("param and status")
        << u"params.optimizer ~ \"^adam\" and status = \"finished\""_s
        << u"status = 'finished' AND id IN (SELECT run_id FROM params WHERE key = 'optimizer' "
           "AND value IN ('adam', 'adamw'))"_s;
    QTest::newRow("param range or tag")
        << u"params.batch_size >= 256 or tags.stage = 'prod'"_s
        << u"id IN (SELECT run_id FROM params WHERE key = 'batch_size' AND value >= 256) OR "
           "id IN (SELECT run_id FROM tags WHERE key = 'stage' AND value = 'prod')"_s;
    QTest::newRow("NaN metric") << u"metrics.accuracy is null"_s
                                << u"id NOT IN (SELECT run_id FROM metric_summary WHERE key = "
                                   "'accuracy' AND last_value IS NOT NULL)"_s;
}

void TestSyntheticRuns::queryAgreesWithRows() {
    QFETCH(QString, filter);
    QFETCH(QString, sql);
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse(filter));
    const qint64 expected = scalar(u"SELECT count(*) FROM runs WHERE "_s + sql);
    QVERIFY(expected > 0);
    QVERIFY(expected < 2000);
    QCOMPARE(countRuns(*m_db, q).value_or(-1), expected);
    QCOMPARE(findRuns(*m_db, q).value_or(QList<qint64>()).size(), expected);
}

void TestSyntheticRuns::sortedByMetric() {
    QUERY_ASSIGN_OR_FAIL(const RunQuery q,
                         RunQuery::parse(u"status = \"finished\""_s, u"metrics.val_loss desc"_s));
    QUERY_ASSIGN_OR_FAIL(const QList<qint64> ids, findRuns(*m_db, q, 100));
    QCOMPARE(ids.size(), 100);
    QUERY_ASSIGN_OR_FAIL(store::Statement st,
                         m_db->prepare(u"SELECT last_value FROM metric_summary WHERE run_id = ?1 "
                                       "AND key = 'val_loss'"_s));
    double previous = 2;
    for (qint64 id : ids) {
        st.bind(1, id);
        QVERIFY(st.step().value_or(false));
        QVERIFY(!st.isNull(0));
        QVERIFY(st.real(0) <= previous);
        previous = st.real(0);
        st.reset();
    }
}

QTEST_GUILESS_MAIN(TestSyntheticRuns)
#include "tst_syntheticruns.moc"

// Filters and sort orders over a real project database of 49 hand-made runs.
#include "store/database.h"
#include "store/schema.h"
#include "tracking/query/runquery.h"
#include "tracking/query/sqlregexp.h"

#include "querytestutil.h"

#include <QCryptographicHash>

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::tracking;
using namespace Qt::StringLiterals;

namespace {

struct SeedRun {
    QString name;
    QString experiment;
    QString status;
    double start = 0;
    std::optional<double> end;
    std::optional<int> exitCode;
    QString host;
    QString commit;
    QString parent;                                       // name of the parent run
    QList<std::tuple<QString, QString, QVariant>> params; // key, type, value
    // key -> {last, min, max, count}; a null last is a metric logged only as NaN
    QMap<QString, std::tuple<QVariant, double, double, int>> metrics;
    QMap<QString, QString> tags;
    bool trashed = false;
};

QString uuidOf(const QString &name) {
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex());
}

QList<SeedRun> seedRuns() {
    QList<SeedRun> runs;
    using P = std::tuple<QString, QString, QVariant>;
    runs.append({u"a"_s,
                 u"vision"_s,
                 u"finished"_s,
                 1000,
                 1100,
                 0,
                 u"gpu1"_s,
                 u"0123456789abcdef0123456789abcdef01234567"_s,
                 {},
                 {P{u"lr"_s, u"float"_s, 0.01}, P{u"optimizer"_s, u"string"_s, u"adam"_s},
                  P{u"layers"_s, u"int"_s, 4}},
                 {{u"val_loss"_s, {0.15, 0.1, 0.9, 10}}},
                 {{u"stage"_s, u"prod"_s}}});
    runs.append({u"b"_s,
                 u"vision"_s,
                 u"finished"_s,
                 2000,
                 2500,
                 0,
                 u"gpu2"_s,
                 {},
                 {},
                 {P{u"lr"_s, u"float"_s, 0.1}, P{u"optimizer"_s, u"string"_s, u"adamw"_s},
                  P{u"layers"_s, u"int"_s, 8}},
                 {{u"val_loss"_s, {0.25, 0.2, 1.0, 20}}},
                 {{u"stage"_s, u"dev"_s}}});
    runs.append({u"c"_s,
                 u"vision"_s,
                 u"failed"_s,
                 3000,
                 3010,
                 1,
                 {},
                 {},
                 {},
                 {P{u"lr"_s, u"float"_s, 0.001}, P{u"optimizer"_s, u"string"_s, u"sgd"_s}},
                 {{u"val_loss"_s, {0.5, 0.45, 0.6, 3}}},
                 {{u"stage"_s, u"dev"_s}}});
    runs.append({u"d"_s,
                 u"nlp"_s,
                 u"running"_s,
                 4000,
                 {},
                 {},
                 {},
                 {},
                 {},
                 {P{u"lr"_s, u"string"_s, u"0.01"_s}, P{u"optimizer"_s, u"string"_s, u"Adam"_s}},
                 {},
                 {{u"stage"_s, u"staging"_s}}});
    runs.append({u"e"_s,
                 u"nlp"_s,
                 u"killed"_s,
                 5000,
                 5200,
                 {},
                 {},
                 {},
                 {},
                 {P{u"lr"_s, u"float"_s, 1e-3}},
                 {{u"val_loss"_s, {QVariant(), 0, 0, 4}}},
                 {}});
    runs.append({u"f"_s,
                 u"nlp"_s,
                 u"finished"_s,
                 6000,
                 6600,
                 0,
                 {},
                 {},
                 {},
                 {P{u"model.depth"_s, u"int"_s, 12}},
                 {{u"train/loss"_s, {0.3, 0.3, 2.0, 50}}},
                 {{u"weird key"_s, u"hello world"_s}}});
    runs.append({u"g"_s,
                 u"vision"_s,
                 u"finished"_s,
                 7000,
                 7050,
                 0,
                 {},
                 {},
                 u"a"_s,
                 {P{u"lr"_s, u"float"_s, 0.01}, P{u"optimizer"_s, u"string"_s, u"adam"_s},
                  P{u"flag"_s, u"bool"_s, 1}},
                 {{u"val_loss"_s, {0.15, 0.12, 0.8, 10}}},
                 {{u"stage"_s, u"prod"_s}}});
    runs.append({u"h"_s,
                 u"vision"_s,
                 u"finished"_s,
                 8000,
                 8050,
                 0,
                 {},
                 {},
                 {},
                 {P{u"lr"_s, u"float"_s, 0.05}, P{u"flag"_s, u"bool"_s, 0}},
                 {{u"val_loss"_s, {0.05, 0.05, 0.7, 5}}},
                 {}});
    for (int i = 0; i < 40; ++i) {
        runs.append({u"bulk-%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                     u"sweep"_s,
                     u"finished"_s,
                     10000.0 + i,
                     10100.0 + i,
                     0,
                     {},
                     {},
                     {},
                     {P{u"seed"_s, u"int"_s, i}},
                     {{u"acc"_s, {i / 40.0, 0, 1, 100}}},
                     {{u"stage"_s, i % 2 ? u"prod"_s : u"dev"_s}}});
    }
    SeedRun trashed{u"trashed"_s,
                    u"vision"_s,
                    u"finished"_s,
                    9000,
                    9100,
                    0,
                    {},
                    {},
                    {},
                    {P{u"lr"_s, u"float"_s, 0.01}, P{u"optimizer"_s, u"string"_s, u"adam"_s}},
                    {{u"val_loss"_s, {0.01, 0.01, 0.5, 10}}},
                    {{u"stage"_s, u"prod"_s}}};
    trashed.trashed = true;
    runs.append(trashed);
    return runs;
}

QStringList bulk(int from, int to, int step = 1) {
    QStringList names;
    for (int i = from; i <= to; i += step)
        names << u"bulk-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
    return names;
}

QStringList core(const QString &letters) {
    QStringList names;
    for (QChar c : letters)
        names << QString(c);
    return names;
}

} // namespace

class TestRunQuery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filter_data();
    void filter();
    void sort_data();
    void sort();
    void limitAndOffset();
    void valuesAreBound();
    void experimentScope();
    void indexesAreUsed_data();
    void indexesAreUsed();
    void regexpFunctionRejectsBadPattern();

private:
    QStringList names(const QList<qint64> &ids) const;
    Status insert(const SeedRun &run);

    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    QMap<QString, qint64> m_ids;
    QMap<qint64, QString> m_names;
    QMap<QString, qint64> m_experiments;
};

Status TestRunQuery::insert(const SeedRun &s) {
    store::Database &db = *m_db;
    if (!m_experiments.contains(s.experiment)) {
        MLWB_ASSIGN_OR_RETURN(store::Statement e,
                              db.prepare(u"INSERT INTO experiments(name, created_at) "
                                         "VALUES (?1, 0)"_s));
        MLWB_TRY(e.bind(1, s.experiment).exec());
        m_experiments[s.experiment] = db.lastInsertRowId();
    }
    MLWB_ASSIGN_OR_RETURN(
        store::Statement r,
        db.prepare(u"INSERT INTO runs(uuid, experiment_id, parent_id, name, status, start_time, "
                   "end_time, exit_code, host, git_commit, deleted_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"_s));
    r.bind(1, uuidOf(s.name)).bind(2, m_experiments[s.experiment]).bind(4, s.name);
    r.bind(5, s.status).bind(6, s.start).bind(9, s.host).bind(10, s.commit);
    if (!s.parent.isEmpty())
        r.bind(3, m_ids.value(s.parent));
    if (s.end)
        r.bind(7, *s.end);
    if (s.exitCode)
        r.bind(8, *s.exitCode);
    if (s.trashed)
        r.bind(11, 1.0);
    MLWB_TRY(r.exec());
    const qint64 id = db.lastInsertRowId();
    m_ids[s.name] = id;
    m_names[id] = s.name;
    MLWB_ASSIGN_OR_RETURN(store::Statement p,
                          db.prepare(u"INSERT INTO params VALUES (?1, ?2, ?3, ?4)"_s));
    for (const auto &[key, type, value] : s.params)
        MLWB_TRY(p.bind(1, id).bind(2, key).bind(3, type).bind(4, value).exec());
    MLWB_ASSIGN_OR_RETURN(store::Statement m, db.prepare(u"INSERT INTO metric_summary VALUES "
                                                         "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s));
    for (auto it = s.metrics.begin(); it != s.metrics.end(); ++it) {
        const auto &[last, min, max, count] = it.value();
        m.bind(1, id).bind(2, it.key()).bind(3, last).bind(4, count - 1).bind(5, s.start);
        if (!last.isNull())
            m.bind(6, min).bind(7, max);
        MLWB_TRY(m.bind(8, count).exec());
    }
    MLWB_ASSIGN_OR_RETURN(store::Statement t,
                          db.prepare(u"INSERT INTO tags VALUES (?1, ?2, ?3)"_s));
    for (auto it = s.tags.begin(); it != s.tags.end(); ++it)
        MLWB_TRY(t.bind(1, id).bind(2, it.key()).bind(3, it.value()).exec());
    return {};
}

void TestRunQuery::initTestCase() {
    QVERIFY(m_dir.isValid());
    QUERY_ASSIGN_OR_FAIL(store::Database db, store::Database::open(m_dir.filePath(u"project.db"_s),
                                                                   store::Database::Mode::Create));
    m_db.emplace(std::move(db));
    QUERY_VERIFY_OK(store::migrate(*m_db));
    for (const SeedRun &s : seedRuns())
        QUERY_VERIFY_OK(insert(s));
}

QStringList TestRunQuery::names(const QList<qint64> &ids) const {
    QStringList out;
    for (qint64 id : ids)
        out << m_names.value(id, u"?"_s);
    return out;
}

void TestRunQuery::filter_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");

    const QStringList all = core(u"abcdefgh"_s) + bulk(0, 39);
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("blank") << u"   "_s << all;
    QTest::newRow("metric last <") << u"metrics.val_loss < 0.2"_s << core(u"agh"_s);
    QTest::newRow("metric @last") << u"metrics.val_loss@last < 0.2"_s << core(u"agh"_s);
    QTest::newRow("metric @min") << u"metrics.val_loss@min <= 0.1"_s << core(u"ah"_s);
    QTest::newRow("metric @max") << u"metrics.val_loss@max > 0.95"_s << core(u"b"_s);
    QTest::newRow("metric @count") << u"metrics.val_loss@count >= 10"_s << core(u"abg"_s);
    QTest::newRow("metric is null: missing or NaN")
        << u"metrics.val_loss is null"_s << core(u"def"_s) + bulk(0, 39);
    QTest::newRow("metric is not null") << u"metrics.val_loss is not null"_s << core(u"abcgh"_s);
    QTest::newRow("metric with slash") << u"metrics.train/loss < 0.5"_s << core(u"f"_s);
    QTest::newRow("metric >= exact") << u"metrics.acc >= 0.9"_s << bulk(36, 39);
    QTest::newRow("metric in") << u"metrics.acc in (0, 0.5)"_s << (bulk(0, 0) + bulk(20, 20));
    QTest::newRow("param numeric =") << u"params.lr = 0.01"_s << core(u"ag"_s);
    QTest::newRow("param as text =") << u"params.lr = \"0.01\""_s << core(u"adg"_s);
    QTest::newRow("param numeric >") << u"params.lr > 0.005"_s << core(u"abgh"_s);
    QTest::newRow("param numeric !=") << u"params.lr != 0.01"_s << core(u"bceh"_s);
    QTest::newRow("param numeric <") << u"params.lr < 1"_s << core(u"abcegh"_s);
    QTest::newRow("param 1e-3") << u"params.lr = 1e-3"_s << core(u"ce"_s);
    QTest::newRow("param regex") << u"params.optimizer ~ \"adam.*\""_s << core(u"abg"_s);
    QTest::newRow("param regex, case-insensitive")
        << u"params.optimizer ~ '(?i)^adam$'"_s << core(u"adg"_s);
    QTest::newRow("param !~") << u"params.optimizer !~ \"adam\""_s << core(u"cd"_s);
    QTest::newRow("param in") << u"params.optimizer in (\"adam\", 'sgd')"_s << core(u"acg"_s);
    QTest::newRow("param not in") << u"params.optimizer not in (\"adam\", \"sgd\")"_s
                                  << core(u"bd"_s);
    QTest::newRow("param contains") << u"params.optimizer contains \"dam\""_s << core(u"abdg"_s);
    QTest::newRow("param not contains")
        << u"params.optimizer not contains \"dam\""_s << core(u"c"_s);
    QTest::newRow("param bool true") << u"params.flag = true"_s << core(u"g"_s);
    QTest::newRow("param bool false") << u"params.flag = FALSE"_s << core(u"h"_s);
    QTest::newRow("param bool !=") << u"params.flag != true"_s << core(u"h"_s);
    QTest::newRow("param key with dot") << u"params.model.depth >= 12"_s << core(u"f"_s);
    QTest::newRow("param int in") << u"params.layers in (4, 8)"_s << core(u"ab"_s);
    QTest::newRow("param int <") << u"params.seed < 5"_s << bulk(0, 4);
    QTest::newRow("param in, number and text") << u"params.seed in (1, \"2\")"_s << bulk(1, 2);
    QTest::newRow("param backquoted key") << u"params.`lr` = 0.01"_s << core(u"ag"_s);
    QTest::newRow("param is null") << u"params.lr is null"_s << core(u"f"_s) + bulk(0, 39);
    QTest::newRow("tag =") << u"tags.stage = \"prod\""_s << core(u"ag"_s) + bulk(1, 39, 2);
    QTest::newRow("tag != skips runs without it")
        << u"tags.stage != \"dev\""_s << core(u"adg"_s) + bulk(1, 39, 2);
    QTest::newRow("not tag = includes runs without it")
        << u"not tags.stage = \"dev\""_s << core(u"adefgh"_s) + bulk(1, 39, 2);
    QTest::newRow("tag is null") << u"tags.stage is null"_s << core(u"efh"_s);
    QTest::newRow("tag backquoted key") << u"tags.`weird key` = \"hello world\""_s << core(u"f"_s);
    QTest::newRow("status =") << u"status = \"finished\""_s << core(u"abfgh"_s) + bulk(0, 39);
    QTest::newRow("status !=") << u"status != \"finished\""_s << core(u"cde"_s);
    QTest::newRow("status in") << u"status in (\"failed\", \"killed\")"_s << core(u"ce"_s);
    QTest::newRow("keywords and attributes ignore case")
        << u"STATUS = \"failed\" OR Status = \"killed\""_s << core(u"ce"_s);
    QTest::newRow("name regex") << u"name ~ \"^bulk-0[0-2]$\""_s << bulk(0, 2);
    QTest::newRow("name contains") << u"name contains \"ulk-3\""_s << bulk(30, 39);
    QTest::newRow("experiment =") << u"experiment = \"nlp\""_s << core(u"def"_s);
    QTest::newRow("experiment != and status")
        << u"experiment != \"sweep\" and status = \"finished\""_s << core(u"abfgh"_s);
    QTest::newRow("parent =") << u"parent = \"%1\""_s.arg(uuidOf(u"a"_s)) << core(u"g"_s);
    QTest::newRow("parent is not null") << u"parent is not null"_s << core(u"g"_s);
    QTest::newRow("run_id =") << u"run_id = \"%1\""_s.arg(uuidOf(u"c"_s)) << core(u"c"_s);
    QTest::newRow("exit_code =") << u"exit_code = 1"_s << core(u"c"_s);
    QTest::newRow("exit_code is null") << u"exit_code is null"_s << core(u"de"_s);
    QTest::newRow("duration >") << u"duration > 400"_s << core(u"bf"_s);
    QTest::newRow("start_time range")
        << u"start_time >= 4000 and start_time < 6000"_s << core(u"de"_s);
    QTest::newRow("start_time as ISO date")
        << u"start_time < \"1970-01-01T01:00:00Z\""_s << core(u"abc"_s);
    QTest::newRow("end_time is null") << u"end_time is null"_s << core(u"d"_s);
    QTest::newRow("host =") << u"host = \"gpu1\""_s << core(u"a"_s);
    QTest::newRow("host is not null") << u"host is not null"_s << core(u"ab"_s);
    QTest::newRow("git_commit regex") << u"git_commit ~ \"^0123\""_s << core(u"a"_s);
    QTest::newRow("nested parentheses")
        << u"(params.lr = 0.01 or params.lr = 0.1) and not (tags.stage = \"prod\" and "
           "(metrics.val_loss < 0.2))"_s
        << core(u"b"_s);
    QTest::newRow("not over a missing metric")
        << u"not metrics.val_loss < 0.2"_s << core(u"bcdef"_s) + bulk(0, 39);
    QTest::newRow("the example")
        << u"metrics.val_loss < 0.2 and (params.lr = 0.01 or params.optimizer ~ \"adam.*\") "
           "and tags.stage != \"dev\" and status = \"finished\""_s
        << core(u"ag"_s);
    QTest::newRow("and binds tighter than or")
        << u"status = \"failed\" or status = \"killed\" and params.lr < 0.005"_s << core(u"ce"_s);
    QTest::newRow("injection in a value") << u"tags.stage = \"x' OR 1=1 --\""_s << QStringList();
    QTest::newRow("injection in a key") << u"params.`lr' OR 1=1 --` = 0.01"_s << QStringList();
}

void TestRunQuery::filter() {
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse(filter));
    QUERY_ASSIGN_OR_FAIL(const QList<qint64> ids, findRuns(*m_db, q));
    QStringList found = names(ids);
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    QCOMPARE(countRuns(*m_db, q).value_or(-1), qint64(expected.size()));
}

void TestRunQuery::sort_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("expected");

    const QString coreOnly = u"experiment != \"sweep\""_s;
    QTest::newRow("metric asc, missing last")
        << coreOnly << u"metrics.val_loss asc"_s << core(u"hgabcfed"_s);
    QTest::newRow("metric desc, missing still last")
        << coreOnly << u"metrics.val_loss DESC"_s << core(u"cbgahfed"_s);
    QTest::newRow("metric @min") << coreOnly << u"metrics.val_loss@min"_s << core(u"hagbcfed"_s);
    QTest::newRow("param desc then name")
        << u"experiment = \"vision\""_s << u"params.lr desc, name asc"_s << core(u"bhagc"_s);
    QTest::newRow("tag asc, missing last")
        << coreOnly << u"tags.stage asc"_s << core(u"cbgadhfe"_s);
    QTest::newRow("attribute") << u"experiment = \"nlp\""_s << u"start_time desc"_s
                               << core(u"fed"_s);
    QTest::newRow("default: newest first")
        << u"experiment = \"nlp\""_s << QString() << core(u"fed"_s);
    QTest::newRow("experiment name then duration")
        << u"status != \"finished\""_s << u"experiment, duration desc"_s << core(u"edc"_s);
}

void TestRunQuery::sort() {
    QFETCH(QString, filter);
    QFETCH(QString, sort);
    QFETCH(QStringList, expected);
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse(filter, sort));
    QUERY_ASSIGN_OR_FAIL(const QList<qint64> ids, findRuns(*m_db, q));
    QCOMPARE(names(ids), expected);
}

void TestRunQuery::limitAndOffset() {
    QUERY_ASSIGN_OR_FAIL(const RunQuery q,
                         RunQuery::parse(u"experiment != \"sweep\""_s, u"metrics.val_loss asc"_s));
    QCOMPARE(names(findRuns(*m_db, q, 2, 1).value_or(QList<qint64>())), core(u"ga"_s));
    QCOMPARE(names(findRuns(*m_db, q, 100, 6).value_or(QList<qint64>())), core(u"ed"_s));
    QCOMPARE(findRuns(*m_db, q, 10, 50).value_or(QList<qint64>{-1}), QList<qint64>());
}

void TestRunQuery::valuesAreBound() {
    const QString evil = u"x' OR 1=1 --"_s;
    QUERY_ASSIGN_OR_FAIL(const RunQuery q,
                         RunQuery::parse(u"tags.`%1` = \"%1\" or name = '%2'"_s.arg(
                             evil, QString(evil).replace(u"'"_s, u"\\'"_s))));
    QUERY_ASSIGN_OR_FAIL(const CompiledQuery c, compileSelectIds(q, 10, 0));
    QVERIFY2(!c.sql.contains(u"1=1"_s), qPrintable(c.sql));
    QCOMPARE(c.binds.count(QVariant(evil)), 3);
    QCOMPARE(findRuns(*m_db, q).value_or(QList<qint64>{-1}), QList<qint64>());
}

void TestRunQuery::experimentScope() {
    QUERY_ASSIGN_OR_FAIL(RunQuery q, RunQuery::parse(u"status = \"finished\""_s, u"name"_s));
    q.experimentIds = {m_experiments[u"nlp"_s], m_experiments[u"vision"_s]};
    QCOMPARE(names(findRuns(*m_db, q).value_or(QList<qint64>())), core(u"abfgh"_s));
    QCOMPARE(countRuns(*m_db, q).value_or(-1), 5);
}

// The plan must read the key/value indexes, not scan every param or metric row.
void TestRunQuery::indexesAreUsed_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("index");
    QTest::newRow("metric") << u"metrics.val_loss < 0.2"_s << u"metric_summary_by_key_last"_s;
    QTest::newRow("param") << u"params.optimizer = \"adam\""_s << u"params_by_key_value"_s;
    QTest::newRow("param range") << u"params.lr > 0.05"_s << u"params_by_key_value"_s;
    QTest::newRow("tag") << u"tags.stage = \"prod\""_s << u"tags_by_key_value"_s;
}

void TestRunQuery::indexesAreUsed() {
    QFETCH(QString, filter);
    QFETCH(QString, index);
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse(filter));
    QUERY_ASSIGN_OR_FAIL(const CompiledQuery c, compileSelectIds(q, 100, 0));
    QUERY_ASSIGN_OR_FAIL(store::Statement st, m_db->prepare(u"EXPLAIN QUERY PLAN "_s + c.sql));
    for (qsizetype i = 0; i < c.binds.size(); ++i)
        st.bind(int(i) + 1, c.binds.at(i));
    QStringList plan;
    while (st.step().value_or(false))
        plan << st.text(3);
    QVERIFY2(plan.join(u'\n').contains(index), qPrintable(plan.join(u'\n')));
}

void TestRunQuery::regexpFunctionRejectsBadPattern() {
    // The parser rejects bad patterns first; the SQL function must still fail cleanly.
    QUERY_VERIFY_OK(registerRegexpFunction(*m_db));
    QUERY_VERIFY_OK(registerRegexpFunction(*m_db)); // a second time is harmless
    auto r = m_db->scalar(u"SELECT regexp('(', 'x')"_s);
    QVERIFY(!r);
    QVERIFY2(r.error().why.contains(u"regular expression"_s), qPrintable(r.error().why));
    QCOMPARE(m_db->scalar(u"SELECT regexp('^a.c$', 'abc')"_s).value_or(-1).toInt(), 1);
    QCOMPARE(m_db->scalar(u"SELECT regexp('b', 'abc')"_s).value_or(-1).toInt(), 1);
    QCOMPARE(m_db->scalar(u"SELECT regexp('^b', 'abc')"_s).value_or(-1).toInt(), 0);
    QVERIFY(m_db->scalar(u"SELECT regexp('a', NULL)"_s).value_or(1).isNull());
}

QTEST_GUILESS_MAIN(TestRunQuery)
#include "tst_runquery.moc"

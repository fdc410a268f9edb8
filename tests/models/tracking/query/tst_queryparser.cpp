// Parsing and SQL shape of run filters and sort orders, without a database.
#include "tracking/query/runquery.h"

#include "querytestutil.h"

#include <QTest>

using namespace mlwb;
using namespace mlwb::tracking;
using namespace Qt::StringLiterals;

class TestQueryParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sqlShape_data();
    void sqlShape();
    void invalidFilter_data();
    void invalidFilter();
    void invalidSort_data();
    void invalidSort();
    void literals_data();
    void literals();
    void keys_data();
    void keys();
    void precedence();
    void attributes();
};

void TestQueryParser::sqlShape_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("binds");

    QTest::newRow("metric")
        << u"metrics.val_loss < 0.2"_s
        << u"r.id IN (SELECT run_id FROM metric_summary WHERE key = ?1 AND last_value < ?2)"_s
        << QVariantList{u"val_loss"_s, 0.2};
    QTest::newRow("metric @max")
        << u"metrics.acc@max >= 1"_s
        << u"r.id IN (SELECT run_id FROM metric_summary WHERE key = ?1 AND max_value >= ?2)"_s
        << QVariantList{u"acc"_s, 1};
    QTest::newRow("param text")
        << u"params.optimizer = \"adam\""_s
        << u"r.id IN (SELECT run_id FROM params WHERE key = ?1 AND value = ?2)"_s
        << QVariantList{u"optimizer"_s, u"adam"_s};
    QTest::newRow("param number range stays numeric")
        << u"params.lr > 1e-3"_s
        << u"r.id IN (SELECT run_id FROM params WHERE key = ?1 AND value > ?2 AND value < '')"_s
        << QVariantList{u"lr"_s, 1e-3};
    QTest::newRow("tag regex")
        << u"tags.stage ~ \"^pr\""_s
        << u"r.id IN (SELECT run_id FROM tags WHERE key = ?1 AND regexp(?2, value))"_s
        << QVariantList{u"stage"_s, u"^pr"_s};
    QTest::newRow("tag missing") << u"tags.stage is null"_s
                                 << u"r.id NOT IN (SELECT run_id FROM tags WHERE key = ?1)"_s
                                 << QVariantList{u"stage"_s};
    QTest::newRow("attribute in") << u"status in ('failed', 'killed')"_s
                                  << u"r.status IN (?1, ?2)"_s
                                  << QVariantList{u"failed"_s, u"killed"_s};
    QTest::newRow("experiment by name")
        << u"experiment = \"nlp\""_s
        << u"r.experiment_id IN (SELECT id FROM experiments WHERE name = ?1)"_s
        << QVariantList{u"nlp"_s};
    QTest::newRow("and: the best indexed condition picks the runs, the rest look them up")
        << u"params.optimizer ~ \"a\" and params.lr = 0.01"_s
        << u"(EXISTS (SELECT 1 FROM params WHERE run_id = r.id AND key = ?1 AND "
           "regexp(?2, CAST(value AS TEXT))) AND "
           "r.id IN (SELECT run_id FROM params WHERE key = ?3 AND value = ?4))"_s
        << QVariantList{u"optimizer"_s, u"a"_s, u"lr"_s, 0.01};
    QTest::newRow("not") << u"not exit_code = 0"_s << u"NOT coalesce(r.exit_code = ?1, 0)"_s
                         << QVariantList{0};
}

void TestQueryParser::sqlShape() {
    QFETCH(QString, filter);
    QFETCH(QString, sql);
    QFETCH(QVariantList, binds);
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse(filter));
    QUERY_ASSIGN_OR_FAIL(const CompiledQuery count, compileCount(q));
    QCOMPARE(count.sql, u"SELECT count(*) FROM runs r WHERE r.deleted_at IS NULL AND "_s + sql);
    QCOMPARE(count.binds.size(), binds.size());
    for (qsizetype i = 0; i < binds.size(); ++i) {
        // Numbers may come back as int or double; compare what SQLite would see.
        QCOMPARE(count.binds.at(i).toString(), binds.at(i).toString());
    }
    QUERY_ASSIGN_OR_FAIL(const CompiledQuery select, compileSelectIds(q, 100, 20));
    QVERIFY(select.sql.startsWith(u"SELECT r.id FROM runs r WHERE r.deleted_at IS NULL AND "_s));
    QVERIFY(select.sql.endsWith(
        u"ORDER BY r.start_time DESC, r.id DESC LIMIT ?%1 OFFSET ?%2"_s.arg(binds.size() + 1)
            .arg(binds.size() + 2)));
    QCOMPARE(select.binds.mid(binds.size()), (QVariantList{100, 20}));
}

void TestQueryParser::invalidFilter_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing value") << u"status = \"finished\" and metrics.val_loss < and x"_s << 44
                                   << u"expected a value after '<', found 'and'"_s;
    QTest::newRow("ends after and") << u"status = \"finished\" and"_s << 24
                                    << u"expected a condition such as metrics.loss < 0.1, "
                                       "found the end of the text"_s;
    QTest::newRow("unknown attribute")
        << u"stauts = \"x\""_s << 1
        << u"unknown attribute 'stauts'; the attributes are status, name, experiment, run_id"_s;
    QTest::newRow("unknown namespace")
        << u"metric_s.loss < 1"_s << 1 << u"unknown field 'metric_s.loss'"_s;
    QTest::newRow("regex on a metric") << u"metrics.loss ~ \"a\""_s << 14 << u"is a number"_s;
    QTest::newRow("text for a metric")
        << u"metrics.loss < \"abc\""_s << 16
        << u"metrics.loss is a number; expected a number, found \"abc\""_s;
    QTest::newRow("bool for a number attribute")
        << u"exit_code = true"_s << 13 << u"exit_code is a number"_s;
    QTest::newRow("unclosed parenthesis")
        << u"(status = \"failed\""_s << 19 << u"expected ')' to close the '(' at column 1"_s;
    QTest::newRow("extra parenthesis")
        << u"status = \"failed\")"_s << 18 << u"found ')' without a matching '('"_s;
    QTest::newRow("bad regex") << u"params.x ~ \"ab(c\""_s << 17
                               << u"the regular expression is not valid"_s;
    QTest::newRow("unclosed string") << u"name = \"abc"_s << 8 << u"is not closed"_s;
    QTest::newRow("unclosed backquote") << u"params.`abc = 1"_s << 8 << u"is not closed"_s;
    QTest::newRow("unknown status") << u"status = \"done\""_s << 10 << u"unknown status \"done\""_s;
    QTest::newRow("in without list")
        << u"params.x in 1"_s << 13 << u"expected '(' after 'in', found '1'"_s;
    QTest::newRow("unclosed list")
        << u"params.x in (1, 2"_s << 18 << u"expected ',' or ')' in the list"_s;
    QTest::newRow("is without null") << u"params.x is 3"_s << 13 << u"expected 'null'"_s;
    QTest::newRow("not without in")
        << u"params.x not = 3"_s << 14 << u"expected 'in' or 'contains' after 'not'"_s;
    QTest::newRow("unknown aggregate")
        << u"metrics.x@median > 1"_s << 11 << u"expected last, min, max or count after '@'"_s;
    QTest::newRow("aggregate on a tag") << u"tags.x@min = 1"_s << 7 << u"only metrics"_s;
    QTest::newRow("bad character") << u"status # 1"_s << 8 << u"unexpected character '#'"_s;
    QTest::newRow("empty key") << u"params. = 1"_s << 1 << u"expected a key after 'params.'"_s;
    QTest::newRow("bad date") << u"start_time > \"yesterday\""_s << 14 << u"is not a date"_s;
    QTest::newRow("ordered bool") << u"params.flag < true"_s << 15 << u"cannot be ordered"_s;
    QTest::newRow("missing and")
        << u"metrics.x < 1 metrics.y < 2"_s << 15
        << u"expected 'and', 'or' or the end of the filter, found 'metrics.y'"_s;
    QTest::newRow("missing operator")
        << u"metrics.x 1"_s << 11 << u"expected an operator after the field at column 1"_s;
    QTest::newRow("keyword as field") << u"and = 1"_s << 1 << u"found 'and'"_s;
    QTest::newRow("bad unicode escape") << u"name = \"\\u12\""_s << 9 << u"four hex digits"_s;
}

void TestQueryParser::invalidFilter() {
    QFETCH(QString, filter);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto q = RunQuery::parse(filter);
    QVERIFY(!q);
    const QString prefix = u"column %1: "_s.arg(column);
    QVERIFY2(q.error().why.startsWith(prefix), qPrintable(q.error().why));
    QVERIFY2(q.error().why.contains(message), qPrintable(q.error().why));
    QVERIFY2(q.error().what.contains(u"filter"_s), qPrintable(q.error().what));
}

void TestQueryParser::invalidSort_data() {
    QTest::addColumn<QString>("sort");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing comma")
        << u"metrics.loss asc name"_s << 18 << u"expected 'asc', 'desc', ','"_s;
    QTest::newRow("trailing comma") << u"name,"_s << 6 << u"expected a sort key"_s;
    QTest::newRow("unknown attribute") << u"started"_s << 1 << u"unknown attribute"_s;
}

void TestQueryParser::invalidSort() {
    QFETCH(QString, sort);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto q = RunQuery::parse(QString(), sort);
    QVERIFY(!q);
    QVERIFY2(q.error().why.startsWith(u"column %1: "_s.arg(column)), qPrintable(q.error().why));
    QVERIFY2(q.error().why.contains(message), qPrintable(q.error().why));
    QVERIFY2(q.error().what.contains(u"sort"_s), qPrintable(q.error().what));
}

void TestQueryParser::literals_data() {
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("int") << u"42"_s << QVariant(qint64(42));
    QTest::newRow("negative") << u"-2"_s << QVariant(qint64(-2));
    QTest::newRow("float") << u"0.25"_s << QVariant(0.25);
    QTest::newRow("leading dot") << u".5"_s << QVariant(0.5);
    QTest::newRow("exponent") << u"1e-3"_s << QVariant(1e-3);
    QTest::newRow("negative exponent float") << u"-2.5E+2"_s << QVariant(-250.0);
    QTest::newRow("double quotes") << u"\"adam\""_s << QVariant(u"adam"_s);
    QTest::newRow("single quotes") << u"'adam'"_s << QVariant(u"adam"_s);
    QTest::newRow("escaped quote") << u"\"say \\\"hi\\\"\""_s << QVariant(u"say \"hi\""_s);
    QTest::newRow("other quote inside") << u"'it\"s'"_s << QVariant(u"it\"s"_s);
    QTest::newRow("escapes") << u"'a\\tb\\nc\\\\'"_s << QVariant(u"a\tb\nc\\"_s);
    QTest::newRow("unicode escape") << u"'caf\\u00e9'"_s << QVariant(u"café"_s);
    QTest::newRow("regex escape kept") << u"'\\d+'"_s << QVariant(u"\\d+"_s);
    QTest::newRow("true") << u"TRUE"_s << QVariant(true);
    QTest::newRow("false") << u"false"_s << QVariant(false);
}

void TestQueryParser::literals() {
    QFETCH(QString, literal);
    QFETCH(QVariant, value);
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse(u"params.x = "_s + literal));
    QVERIFY(q.filter);
    QCOMPARE(q.filter->values.size(), 1);
    QCOMPARE(q.filter->values.at(0).value, value);
}

void TestQueryParser::keys_data() {
    QTest::addColumn<QString>("operand");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("aggregate");
    using S = QueryOperand::Source;
    using A = QueryOperand::Aggregate;
    QTest::newRow("slash") << u"metrics.train/loss"_s << int(S::Metric) << u"train/loss"_s
                           << int(A::Last);
    QTest::newRow("dots") << u"params.model.depth"_s << int(S::Param) << u"model.depth"_s
                          << int(A::Last);
    QTest::newRow("dash and colon")
        << u"tags.mlflow:run-name"_s << int(S::Tag) << u"mlflow:run-name"_s << int(A::Last);
    QTest::newRow("backquoted") << u"metrics.`weird key`"_s << int(S::Metric) << u"weird key"_s
                                << int(A::Last);
    QTest::newRow("backquote inside")
        << u"tags.`a``b`"_s << int(S::Tag) << u"a`b"_s << int(A::Last);
    QTest::newRow("aggregate") << u"metrics.loss@MIN"_s << int(S::Metric) << u"loss"_s
                               << int(A::Min);
    QTest::newRow("backquoted aggregate")
        << u"metrics.`a b`@count"_s << int(S::Metric) << u"a b"_s << int(A::Count);
    QTest::newRow("singular namespace")
        << u"param.lr"_s << int(S::Param) << u"lr"_s << int(A::Last);
    QTest::newRow("attribute") << u"Start_Time"_s << int(S::Attribute) << u"start_time"_s
                               << int(A::Last);
}

void TestQueryParser::keys() {
    QFETCH(QString, operand);
    QFETCH(int, source);
    QFETCH(QString, key);
    QFETCH(int, aggregate);
    QUERY_ASSIGN_OR_FAIL(const RunQuery q, RunQuery::parse(operand + u" is null"_s, operand));
    QVERIFY(q.filter);
    QCOMPARE(int(q.filter->operand.source), source);
    QCOMPARE(q.filter->operand.key, key);
    QCOMPARE(int(q.filter->operand.aggregate), aggregate);
    QCOMPARE(q.sort.size(), 1);
    QCOMPARE(q.sort.at(0).operand.key, key);
}

void TestQueryParser::precedence() {
    QUERY_ASSIGN_OR_FAIL(const RunQuery q,
                         RunQuery::parse(u"name = 'a' or not name = 'b' and name = 'c'"_s));
    QVERIFY(q.filter);
    QCOMPARE(q.filter->kind, QueryExpr::Kind::Or);
    QCOMPARE(q.filter->children.size(), size_t(2));
    const QueryExpr &right = q.filter->children.at(1);
    QCOMPARE(right.kind, QueryExpr::Kind::And);
    QCOMPARE(right.children.at(0).kind, QueryExpr::Kind::Not);
}

void TestQueryParser::attributes() {
    const QStringList names = queryAttributes();
    for (const QString &n :
         {u"status"_s, u"name"_s, u"experiment"_s, u"run_id"_s, u"start_time"_s, u"end_time"_s,
          u"duration"_s, u"exit_code"_s, u"host"_s, u"git_commit"_s, u"parent"_s})
        QVERIFY2(names.contains(n), qPrintable(n));
    for (const QString &n : names)
        QVERIFY2(RunQuery::parse(n + u" is null"_s, n).has_value(), qPrintable(n));
}

QTEST_GUILESS_MAIN(TestQueryParser)
#include "tst_queryparser.moc"

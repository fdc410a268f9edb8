// What the filter box offers at the cursor.
#include "tracking/query/querycompletion.h"

#include <QTest>

using namespace mlwb::tracking;
using namespace Qt::StringLiterals;

class TestQueryCompletion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void completions_data();
    void completions();
    void wordStart_data();
    void wordStart();
};

void TestQueryCompletion::completions_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor"); // -1: at the end
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("exact"); // otherwise: expected is a subset

    QTest::newRow("empty: fields")
        << QString() << -1 << QStringList{u"metrics."_s, u"params."_s, u"status"_s, u"tags."_s}
        << false;
    QTest::newRow("attribute prefix")
        << u"sta"_s << -1 << QStringList{u"start_time"_s, u"status"_s, u"tags.stage"_s} << true;
    QTest::newRow("metric keys") << u"metrics.va"_s << -1
                                 << QStringList{u"metrics.val_acc"_s, u"metrics.val_loss"_s}
                                 << true;
    QTest::newRow("metric key needing quotes")
        << u"metrics.we"_s << -1 << QStringList{u"metrics.`weird key`"_s} << true;
    QTest::newRow("param keys after and")
        << u"status = \"failed\" and params."_s << -1
        << QStringList{u"params.lr"_s, u"params.model.depth"_s} << true;
    QTest::newRow("tag keys") << u"tags.s"_s << -1 << QStringList{u"tags.stage"_s} << true;
    QTest::newRow("bare key finds its field")
        << u"val"_s << -1 << QStringList{u"metrics.val_acc"_s, u"metrics.val_loss"_s} << true;
    QTest::newRow("aggregates") << u"metrics.val_loss@m"_s << -1
                                << QStringList{u"metrics.val_loss@max"_s, u"metrics.val_loss@min"_s}
                                << true;
    QTest::newRow("operators after a field")
        << u"metrics.val_loss i"_s << -1 << QStringList{u"in"_s, u"is"_s} << true;
    QTest::newRow("status values")
        << u"status = "_s << -1
        << QStringList{u"\"failed\""_s, u"\"finished\""_s, u"\"killed\""_s, u"\"running\""_s}
        << true;
    QTest::newRow("status value inside quotes")
        << u"status != \"f"_s << -1 << QStringList{u"failed"_s, u"finished"_s} << true;
    QTest::newRow("connective after a value")
        << u"metrics.val_loss < 0.2 a"_s << -1 << QStringList{u"and"_s} << true;
    QTest::newRow("connective after a parenthesis")
        << u"(name = 'x') o"_s << -1 << QStringList{u"or"_s} << true;
    QTest::newRow("cursor in the middle")
        << u"status = \"x\" and ta = 1"_s << 19 << QStringList{u"tags."_s} << true;
    QTest::newRow("field after open parenthesis")
        << u"(ex"_s << -1 << QStringList{u"exit_code"_s, u"experiment"_s} << true;
    QTest::newRow("nothing for unknown prefix") << u"zzz"_s << -1 << QStringList() << true;
}

void TestQueryCompletion::completions() {
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(QStringList, expected);
    QFETCH(bool, exact);
    const QStringList metrics = {u"val_loss"_s, u"val_acc"_s, u"train/loss"_s, u"weird key"_s};
    const QStringList params = {u"lr"_s, u"model.depth"_s};
    const QStringList tags = {u"stage"_s};
    const QStringList got =
        completionsAt(text, cursor < 0 ? int(text.size()) : cursor, metrics, params, tags);
    if (exact) {
        QCOMPARE(got, expected);
    } else {
        for (const QString &e : expected)
            QVERIFY2(got.contains(e), qPrintable(got.join(u", "_s)));
    }
}

void TestQueryCompletion::wordStart_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<int>("start");
    QTest::newRow("at end") << u"status = 'x' and metrics.val"_s << 28 << 17;
    QTest::newRow("after space") << u"status "_s << 7 << 7;
    QTest::newRow("aggregate") << u"metrics.loss@mi"_s << 15 << 0;
    QTest::newRow("in the middle") << u"name = 1 and tags.x = 2"_s << 16 << 13;
}

void TestQueryCompletion::wordStart() {
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(int, start);
    QCOMPARE(completionWordStart(text, cursor), start);
}

QTEST_GUILESS_MAIN(TestQueryCompletion)
#include "tst_querycompletion.moc"

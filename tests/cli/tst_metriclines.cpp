#include "metriclines.h"

#include <QTest>

using namespace mlwb::cli;

using Values = QList<std::pair<QString, double>>;
Q_DECLARE_METATYPE(Values)

class TestMetricLines : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isMetric");
        QTest::addColumn<qint64>("step"); // -1: none
        QTest::addColumn<Values>("values");

        QTest::newRow("pairs with step")
            << QStringLiteral("step=1 loss=0.5 acc=0.75") << true << qint64(1)
            << Values{{QStringLiteral("loss"), 0.5}, {QStringLiteral("acc"), 0.75}};
        QTest::newRow("pairs without step")
            << QStringLiteral("  val/loss=1e-3\t") << true << qint64(-1)
            << Values{{QStringLiteral("val/loss"), 1e-3}};
        QTest::newRow("comma separated")
            << QStringLiteral("step=7, loss=2, lr=0.1") << true << qint64(7)
            << Values{{QStringLiteral("loss"), 2.0}, {QStringLiteral("lr"), 0.1}};
        QTest::newRow("json") << QStringLiteral(R"({"step": 3, "loss": 0.2, "note": "x"})") << true
                              << qint64(3) << Values{{QStringLiteral("loss"), 0.2}};
        QTest::newRow("prose") << QStringLiteral("Epoch 1: loss=0.5") << false << qint64(-1)
                               << Values{};
        QTest::newRow("text value")
            << QStringLiteral("optimizer=adam") << false << qint64(-1) << Values{};
        QTest::newRow("fractional step")
            << QStringLiteral("step=1.5 loss=1") << false << qint64(-1) << Values{};
        QTest::newRow("only step") << QStringLiteral("step=4") << false << qint64(-1) << Values{};
        QTest::newRow("json array") << QStringLiteral("[1, 2]") << false << qint64(-1) << Values{};
        QTest::newRow("broken json")
            << QStringLiteral("{\"loss\": ") << false << qint64(-1) << Values{};
        QTest::newRow("empty") << QString() << false << qint64(-1) << Values{};
    }

    void parse() {
        QFETCH(QString, line);
        QFETCH(bool, isMetric);
        QFETCH(qint64, step);
        QFETCH(Values, values);

        const auto parsed = parseMetricLine(line);
        QCOMPARE(parsed.has_value(), isMetric);
        if (!parsed)
            return;
        QCOMPARE(parsed->step.value_or(-1), step);
        QCOMPARE(parsed->values.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            QCOMPARE(parsed->values[i].first, values[i].first);
            QCOMPARE(parsed->values[i].second, values[i].second);
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricLines)
#include "tst_metriclines.moc"

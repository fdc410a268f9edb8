#include "demo/demolivelogger.h"
#include "demo/demoproject.h"
#include "project/project.h"
#include "tracking/seriesreader.h"
#include "tracking/trackingstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlwb;
using namespace std::chrono_literals;

namespace {

std::optional<tracking::MetricSummary> summary(Project &project, qint64 runId, const QString &key) {
    tracking::TrackingStore store(project.db());
    const auto summaries = store.metricSummaries(runId);
    if (!summaries)
        qFatal("%s", qPrintable(summaries.error().toString()));
    for (const auto &s : *summaries)
        if (s.key == key)
            return s;
    return std::nullopt;
}

} // namespace

class TestDemoLiveLogger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appendsToTheRunningRun();
    void refusesARunThatIsNotRunning();

private:
    QTemporaryDir m_tmp;
    QString m_root;
    demo::DemoReport m_report;
};

void TestDemoLiveLogger::initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_root = m_tmp.filePath(u"demo"_s);
    auto report = demo::generateDemoProject(m_root);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    m_report = *report;
    QVERIFY(m_report.liveRunId > 0);
}

void TestDemoLiveLogger::appendsToTheRunningRun() {
    auto project = Project::open(ProjectPaths(m_root));
    QVERIFY(project);
    const auto before = summary(*project, m_report.liveRunId, u"train/loss"_s);
    QVERIFY(before);
    const double startedAt = tracking::nowSeconds();

    demo::DemoLiveLogger logger(m_root, m_report.liveRunId, 10ms, 5);
    logger.start();
    QVERIFY(logger.isRunning());
    // What a chart polling the database sees: the curve keeps growing.
    QTRY_VERIFY_WITH_TIMEOUT(
        summary(*project, m_report.liveRunId, u"train/loss"_s)->count >= before->count + 20, 20000);
    logger.stop();
    QVERIFY(!logger.isRunning());
    QVERIFY2(!logger.error(), qPrintable(logger.error() ? logger.error()->toString() : QString()));

    const auto after = summary(*project, m_report.liveRunId, u"train/loss"_s);
    QCOMPARE(after->count, before->count + logger.stepsLogged());
    QCOMPARE(after->lastStep, before->lastStep + logger.stepsLogged());
    QVERIFY(after->last && *after->last > 0);
    const auto lr = summary(*project, m_report.liveRunId, u"lr"_s);
    QCOMPARE(lr->lastStep, after->lastStep);

    // The new points continue the stored curve without a gap and carry the current time.
    tracking::SeriesReader reader(project->db());
    const auto id = reader.seriesId(m_report.liveRunId, u"train/loss"_s);
    QVERIFY(id && *id);
    const auto series = reader.load(**id);
    QVERIFY(series);
    for (size_t i = 1; i < series->steps.size(); ++i)
        QCOMPARE(series->steps[i], series->steps[i - 1] + 1);
    QVERIFY(series->times.back() >= startedAt - 1);

    tracking::TrackingStore store(project->db());
    QCOMPARE(tracking::toString(store.run(m_report.liveRunId)->status), u"running"_s);
}

void TestDemoLiveLogger::refusesARunThatIsNotRunning() {
    auto project = Project::open(ProjectPaths(m_root));
    QVERIFY(project);
    tracking::TrackingStore store(project->db());
    const auto runs = store.runs();
    QVERIFY(runs);
    qint64 finished = 0;
    for (const auto &r : *runs)
        if (r.status == tracking::RunStatus::Finished)
            finished = r.id;
    QVERIFY(finished);
    const auto before = summary(*project, finished, u"train/loss"_s);

    demo::DemoLiveLogger logger(m_root, finished, 10ms);
    logger.start();
    QTRY_VERIFY(!logger.isRunning());
    QVERIFY(logger.error());
    QVERIFY(logger.error()->why.contains(u"finished"_s));
    QCOMPARE(logger.stepsLogged(), 0);
    QCOMPARE(summary(*project, finished, u"train/loss"_s)->count, before->count);
}

QTEST_GUILESS_MAIN(TestDemoLiveLogger)
#include "tst_demolivelogger.moc"

#include "demo/demoproject.h"
#include "project/project.h"
#include "store/contentstore.h"
#include "tracking/seriesreader.h"
#include "tracking/trackingstore.h"
#include "vcs/repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mlwb;

namespace {

constexpr double kNow = 1718000000; // 2024-06-10

template <typename T> T valueOrFail(Result<T> r, const char *what) {
    if (!r)
        qFatal("%s: %s", what, qPrintable(r.error().toString()));
    return std::move(*r);
}

} // namespace

class TestDemoProject : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void experimentsAndRuns();
    void statusesAndEndings();
    void runsPointAtEarlierCommits();
    void dirtyRunsCarryAPatch();
    void curvesHaveTrainingLength();
    void divergedRunEndsInNaN();
    void sweepHasChildRuns();
    void tagsNotesAndStdout();
    void sameSeedSameProject();
    void refusesNonEmptyFolder();
    void leavesAnEnclosingRepositoryAlone();
    void cancelStopsWithError();

private:
    QTemporaryDir m_tmp;
    QString m_root;
    demo::DemoReport m_report;
    QList<int> m_progress;
    std::optional<Project> m_project;
    QList<tracking::Run> m_runs;
};

void TestDemoProject::initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_root = m_tmp.filePath(u"demo"_s);
    auto report = demo::generateDemoProject(m_root, {.now = kNow}, [this](int p) {
        m_progress.append(p);
        return true;
    });
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    m_report = *report;
    m_project.emplace(valueOrFail(Project::open(ProjectPaths(m_root)), "open demo"));
    tracking::TrackingStore store(m_project->db());
    m_runs = valueOrFail(store.runs(), "list runs");
}

void TestDemoProject::experimentsAndRuns() {
    tracking::TrackingStore store(m_project->db());
    const auto experiments = valueOrFail(store.experiments(), "experiments");
    QStringList names;
    for (const auto &e : experiments)
        names.append(e.name);
    names.sort();
    QCOMPARE(names, QStringList({u"cifar10-resnet"_s, u"mnist-mlp"_s, u"sentiment-lstm"_s}));
    QVERIFY2(m_runs.size() >= 55 && m_runs.size() <= 65,
             qPrintable(QString::number(m_runs.size())));
    QCOMPARE(m_report.runs, m_runs.size());
    QCOMPARE(m_report.experiments, 3);
    QVERIFY(m_report.points > 100'000);
    QCOMPARE(m_progress.last(), 100);
    QVERIFY(std::is_sorted(m_progress.begin(), m_progress.end()));
    QSet<qint64> experimentIds;
    for (const auto &r : m_runs)
        experimentIds.insert(r.experimentId);
    QCOMPARE(experimentIds.size(), 3);
}

void TestDemoProject::statusesAndEndings() {
    QHash<tracking::RunStatus, int> count;
    for (const auto &r : m_runs) {
        ++count[r.status];
        QVERIFY(r.startTime > kNow - 25 * 86400.0);
        QVERIFY(r.startTime < kNow);
        if (r.status == tracking::RunStatus::Running) {
            QVERIFY(!r.endTime);
            QCOMPARE(r.id, m_report.liveRunId);
            continue;
        }
        QVERIFY2(r.endTime && *r.endTime > r.startTime && *r.endTime <= kNow, qPrintable(r.name));
        QVERIFY(r.exitCode);
        QCOMPARE(*r.exitCode == 0, r.status == tracking::RunStatus::Finished);
    }
    QVERIFY(count[tracking::RunStatus::Failed] >= 3 && count[tracking::RunStatus::Failed] <= 4);
    QCOMPARE(count[tracking::RunStatus::Killed], 2);
    QCOMPARE(count[tracking::RunStatus::Running], 1);
    QVERIFY(count[tracking::RunStatus::Finished] >= 45);
}

void TestDemoProject::runsPointAtEarlierCommits() {
    auto repo = valueOrFail(vcs::Repository::discover(m_root), "open git");
    QVERIFY(m_report.commits.size() >= 5);
    const auto history = valueOrFail(repo.history(u"train.py"_s), "history");
    QVERIFY(history.size() >= 5);
    QCOMPARE(history.first().id, m_report.commits.last());
    QSet<QString> used;
    for (const auto &r : m_runs) {
        QVERIFY2(m_report.commits.contains(r.git.commit), qPrintable(r.name));
        const auto commit = valueOrFail(repo.commit(r.git.commit), "commit");
        QVERIFY2(commit.time < r.startTime, qPrintable(r.name));
        used.insert(r.git.commit);
    }
    QCOMPARE(used.size(), m_report.commits.size());
    // Code differs between the first and the last commit a run used.
    const auto diff =
        valueOrFail(repo.diff(m_report.commits.first(), m_report.commits.last()), "diff");
    QStringList changed;
    for (const auto &f : diff)
        changed.append(f.newPath);
    QVERIFY(changed.contains(u"train.py"_s));
    QVERIFY(changed.contains(u"model.py"_s));
    QVERIFY(changed.contains(u"config.yaml"_s));
}

void TestDemoProject::dirtyRunsCarryAPatch() {
    int dirty = 0;
    for (const auto &r : m_runs) {
        if (!r.git.dirty) {
            QVERIFY(r.git.patch.isEmpty());
            continue;
        }
        ++dirty;
        const auto files = valueOrFail(vcs::Repository::parsePatch(r.git.patch), "parse patch");
        // One small local edit of a file the commit has.
        QVERIFY2(files.size() == 1 && files.first().additions == 1 && files.first().deletions <= 1,
                 qPrintable(r.git.patch));
        auto repo = valueOrFail(vcs::Repository::discover(m_root), "open git");
        QVERIFY(repo.fileAt(r.git.commit, files.first().newPath));
    }
    QVERIFY(dirty >= 5);
    QVERIFY(dirty < m_runs.size() / 2);
}

void TestDemoProject::curvesHaveTrainingLength() {
    tracking::TrackingStore store(m_project->db());
    int checked = 0;
    for (const auto &r : m_runs) {
        const auto summaries = valueOrFail(store.metricSummaries(r.id), "summaries");
        QHash<QString, tracking::MetricSummary> byKey;
        for (const auto &s : summaries)
            byKey.insert(s.key, s);
        if (r.status != tracking::RunStatus::Finished || !byKey.contains(u"train/loss"_s))
            continue;
        ++checked;
        const auto loss = byKey.value(u"train/loss"_s);
        QVERIFY2(loss.count >= 1000 && loss.count <= 20000,
                 qPrintable(u"%1: %2 points"_s.arg(r.name).arg(loss.count)));
        QCOMPARE(byKey.value(u"lr"_s).count, loss.count);
        QVERIFY(byKey.value(u"val/loss"_s).count >= 5);
        const auto acc = byKey.value(u"val/accuracy"_s);
        QVERIFY(acc.last && *acc.last > 0.5 && *acc.last < 1.0);
        QVERIFY(byKey.contains(u"epoch_time_s"_s));
        // Training brings the loss down.
        QVERIFY2(*loss.last < *loss.max * 0.8, qPrintable(r.name));
    }
    QVERIFY(checked >= 40);
}

void TestDemoProject::divergedRunEndsInNaN() {
    tracking::SeriesReader reader(m_project->db());
    int nanEndings = 0;
    for (const auto &r : m_runs) {
        if (r.status != tracking::RunStatus::Failed)
            continue;
        const auto id = valueOrFail(reader.seriesId(r.id, u"train/loss"_s), "series");
        QVERIFY2(id, qPrintable(r.name)); // failed runs logged something before they stopped
        const auto series = valueOrFail(reader.load(*id), "load");
        QVERIFY(!series.values.empty());
        if (std::isnan(series.values.back())) {
            ++nanEndings;
            QVERIFY(std::isfinite(series.values.front()));
        }
    }
    QCOMPARE(nanEndings, 1);
}

void TestDemoProject::sweepHasChildRuns() {
    QHash<qint64, tracking::Run> byId;
    for (const auto &r : m_runs)
        byId.insert(r.id, r);
    QHash<qint64, int> children;
    for (const auto &r : m_runs) {
        if (!r.parentId)
            continue;
        QVERIFY(byId.contains(*r.parentId));
        const auto &parent = byId[*r.parentId];
        QCOMPARE(parent.experimentId, r.experimentId);
        QVERIFY(parent.startTime <= r.startTime);
        QVERIFY(parent.endTime && r.endTime && *parent.endTime >= *r.endTime);
        ++children[parent.id];
    }
    QCOMPARE(children.size(), 1);
    QVERIFY(children.begin().value() >= 4);
}

void TestDemoProject::tagsNotesAndStdout() {
    tracking::TrackingStore store(m_project->db());
    int prod = 0;
    int notes = 0;
    int stdouts = 0;
    for (const auto &r : m_runs) {
        const auto tags = valueOrFail(store.tags(r.id), "tags");
        QHash<QString, QString> t;
        for (const auto &tag : tags)
            t.insert(tag.key, tag.value);
        QVERIFY2(t.contains(u"owner"_s), qPrintable(r.name));
        if (t.value(u"stage"_s) == u"prod"_s)
            ++prod;
        if (!r.note.isEmpty())
            ++notes;
        const auto artifacts = valueOrFail(store.artifacts(r.id), "artifacts");
        for (const auto &a : artifacts) {
            if (a.path == u"model.onnx"_s) // the registry's demo versions
                continue;
            QCOMPARE(a.path, u"logs/stdout.txt"_s);
            QFile f(store::ContentStore(m_project->paths().objectsDir()).pathOf(a.hash));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray text = f.readAll();
            QCOMPARE(text.size(), a.size);
            QVERIFY(text.startsWith("$ python "));
            if (r.status == tracking::RunStatus::Failed)
                QVERIFY(text.contains("Error"));
            ++stdouts;
        }
    }
    QCOMPARE(prod, 3);
    QVERIFY(notes >= 6);
    QVERIFY(stdouts >= 10);
}

void TestDemoProject::sameSeedSameProject() {
    const QString again = m_tmp.filePath(u"again"_s);
    const auto report = demo::generateDemoProject(again, {.now = kNow});
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->commits, m_report.commits);
    QCOMPARE(report->points, m_report.points);
    auto project = valueOrFail(Project::open(ProjectPaths(again)), "open");
    tracking::TrackingStore store(project.db());
    const auto runs = valueOrFail(store.runs(), "runs");
    QCOMPARE(runs.size(), m_runs.size());
    for (int i = 0; i < runs.size(); ++i) {
        QCOMPARE(runs[i].name, m_runs[i].name);
        QCOMPARE(runs[i].startTime, m_runs[i].startTime);
    }
}

// A demo made inside a source checkout (e.g. build/demo-project) commits into
// a repository of its own, never into the checkout's history.
void TestDemoProject::leavesAnEnclosingRepositoryAlone() {
    const QString outer = m_tmp.filePath(u"checkout"_s);
    auto repo = valueOrFail(vcs::Repository::initOrOpen(outer), "init outer");
    QFile readme(outer + u"/README"_s);
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("outer\n");
    readme.close();
    const QString head =
        valueOrFail(repo.commitAll(u"outer"_s, u"Ann"_s, u"ann@example.org"_s), "commit");

    const QString inner = outer + u"/build/demo"_s;
    const auto report = demo::generateDemoProject(inner, {.now = kNow});
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(valueOrFail(repo.commit(u"HEAD"_s), "outer head").id, head);
    QVERIFY(QFileInfo::exists(inner + u"/.git"_s));
    auto innerRepo = valueOrFail(vcs::Repository::discover(inner), "inner");
    QCOMPARE(QDir(innerRepo.workdir()).absolutePath(), QDir(inner).absolutePath());
    QCOMPARE(valueOrFail(innerRepo.commit(u"HEAD"_s), "inner head").id, report->gatesCommit);
}

void TestDemoProject::refusesNonEmptyFolder() {
    const QString dir = m_tmp.filePath(u"occupied"_s);
    QVERIFY(QDir().mkpath(dir));
    QFile f(dir + u"/notes.txt"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("mine\n");
    f.close();
    const auto report = demo::generateDemoProject(dir, {.now = kNow});
    QVERIFY(!report);
    QVERIFY(report.error().why.contains(u"not empty"_s));
    QVERIFY(!QFile::exists(dir + u"/.mlwb"_s));
    QVERIFY(!QFile::exists(dir + u"/train.py"_s));
}

void TestDemoProject::cancelStopsWithError() {
    const QString dir = m_tmp.filePath(u"cancelled"_s);
    QList<int> seen;
    const auto report = demo::generateDemoProject(dir, {.now = kNow}, [&](int percent) {
        seen.append(percent);
        return percent < 50;
    });
    QVERIFY(!report);
    QVERIFY(report.error().why.contains(u"cancelled"_s));
    QVERIFY(report.error().hint.contains(u"delete"_s));
    auto project = valueOrFail(Project::open(ProjectPaths(dir)), "open");
    tracking::TrackingStore store(project.db());
    const qint64 written = valueOrFail(store.runCount(), "count");
    QVERIFY(written > 0);
    QVERIFY(written < m_runs.size());
    // Nothing more happens after the callback said no.
    QVERIFY(seen.last() >= 50);
    QVERIFY(seen.size() < 2 || seen[seen.size() - 2] < 50);
}

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"

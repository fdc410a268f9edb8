#include "demoproject.h"

#include "democurves.h"
#include "demodatasets.h"
#include "demoregistry.h"
#include "demoruns.h"
#include "demosources.h"
#include "project/project.h"
#include "store/contentstore.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"
#include "vcs/repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mlwb::demo {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr qint64 kStepsPerFlush = 2048; // blocks of the size a live run's flushes make

Status writeFile(const QString &path, const QByteArray &content) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return fail(tr("write %1").arg(path), f.errorString(),
                    tr("check that the folder is writable and the disk is not full"));
    return {};
}

struct History {
    QStringList ids;
    QList<double> times;
    QList<QString> patches; // an uncommitted edit on top of each commit
};

// Commits the source history and records, per commit, the patch a run started
// from a locally edited work tree would carry.
Result<History> writeHistory(const QString &root, double now,
                             const std::function<bool(int)> &progress) {
    MLWB_ASSIGN_OR_RETURN(vcs::Repository repo, vcs::Repository::initOrOpen(root));
    const QList<SourceCommit> commits = demoSourceHistory();
    History h;
    for (int i = 0; i < commits.size(); ++i) {
        const SourceCommit &c = commits[i];
        for (const auto &[path, content] : c.files)
            MLWB_TRY(writeFile(root + u'/' + path, content));
        const double time =
            std::floor(now / 3600.0) * 3600.0 - c.daysBeforeNow * 86400.0 - 5 * 3600;
        MLWB_ASSIGN_OR_RETURN(QString id,
                              repo.commitAll(c.message, c.author, c.email, qint64(time)));

        QString patch;
        for (const SourceEdit &edit : demoDirtyEdits(i)) {
            const QString path = root + u'/' + edit.path;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return fail(tr("read %1").arg(path), f.errorString());
            const QByteArray original = f.readAll();
            f.close();
            QByteArray edited = original;
            const qsizetype at = edited.indexOf(edit.from);
            if (at < 0)
                return fail(tr("edit %1 for a dirty demo run").arg(path),
                            tr("the text to replace is not in commit %1").arg(i + 1));
            edited.replace(at, edit.from.size(), edit.to);
            MLWB_TRY(writeFile(path, edited));
            MLWB_ASSIGN_OR_RETURN(const vcs::WorkingState state, repo.workingState());
            patch += state.patch;
            MLWB_TRY(writeFile(path, original));
        }
        h.ids.append(id);
        h.times.append(time);
        h.patches.append(patch);
        if (progress && !progress(10 * (i + 1) / int(commits.size())))
            return fail(tr("create the demo project in %1").arg(root), tr("cancelled"),
                        tr("the folder holds a partly written project; delete it"));
    }
    return h;
}

struct Writer {
    Project &project;
    tracking::TrackingStore store;
    store::ContentStore objects;
    qint64 points = 0;
};

Result<qint64> logRun(Writer &w, const PlannedRun &r, qint64 runId) {
    const CurveModel model(r.task, r.params);
    tracking::MetricWriter writer(w.project.db(), runId,
                                  {std::numeric_limits<qsizetype>::max(), std::chrono::hours(1)});
    qint64 points = 0;
    for (qint64 from = 0; from < r.stopStep; from += kStepsPerFlush) {
        MLWB_ASSIGN_OR_RETURN(const qint64 n,
                              logCurves(writer, model, from,
                                        std::min(r.stopStep, from + kStepsPerFlush), r.startTime));
        points += n;
        MLWB_TRY(writer.flush());
    }
    return points;
}

double endTimeOf(const PlannedRun &r) {
    const CurveModel model(r.task, r.params);
    return r.startTime + model.elapsedAt(std::max<qint64>(0, r.stopStep - 1)) + 2.5;
}

Result<qint64> writeRun(Writer &w, const PlannedRun &r, const History &h,
                        std::optional<qint64> parentId) {
    tracking::NewRun spec;
    spec.experiment = experimentName(r.task);
    spec.name = r.name;
    spec.command = r.command;
    spec.host = u"gpu-box"_s;
    spec.parentId = parentId;
    spec.pid = r.pid;
    spec.git = {h.ids[r.commit], r.dirty, r.dirty ? h.patches[r.commit] : QString()};
    spec.startTime = r.startTime;
    spec.status = tracking::RunStatus::Running;
    spec.params = r.params;
    spec.tags = r.tags;
    MLWB_ASSIGN_OR_RETURN(const tracking::Run run, w.store.createRun(spec));
    if (!r.note.isEmpty())
        MLWB_TRY(w.store.setNote(run.id, r.note));
    if (!r.sweepParent) {
        MLWB_ASSIGN_OR_RETURN(const qint64 points, logRun(w, r, run.id));
        w.points += points;
    }
    if (r.keepStdout) {
        MLWB_ASSIGN_OR_RETURN(const store::ContentStore::Stored stored,
                              w.objects.putBytes(demoStdout(r)));
        MLWB_TRY(w.store.addArtifact(
            run.id, {u"logs/stdout.txt"_s, stored.hash, stored.size, endTimeOf(r)}));
    }
    if (r.status != tracking::RunStatus::Running && !r.sweepParent)
        MLWB_TRY(w.store.finishRun(run.id, r.status, r.exitCode, endTimeOf(r)));
    return run.id;
}

// A sweep parent ends with its last child and reports the best child.
Status finishSweep(Writer &w, const QList<PlannedRun> &plan, int parent, qint64 parentId) {
    double end = plan[parent].startTime;
    double best = 0;
    for (const PlannedRun &r : plan) {
        if (r.parent != parent)
            continue;
        const CurveModel model(r.task, r.params);
        end = std::max(end, endTimeOf(r));
        best = std::max(best, model.valAccuracy(model.epochs()));
    }
    {
        tracking::MetricWriter writer(w.project.db(), parentId);
        MLWB_TRY(writer.log(u"best/val_accuracy"_s, 0, best, end));
        MLWB_TRY(writer.flush());
    }
    ++w.points;
    return w.store.finishRun(parentId, tracking::RunStatus::Finished, 0, end);
}

Status checkTarget(const QString &dir) {
    const QDir d(dir);
    if (d.exists() &&
        !d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(tr("create the demo project in %1").arg(dir), tr("the folder is not empty"),
                    tr("choose a new or empty folder"));
    if (!QDir().mkpath(dir))
        return fail(tr("create the demo project in %1").arg(dir), tr("cannot create the folder"),
                    tr("check the permissions of its parent folder"));
    return {};
}

} // namespace

Result<DemoReport> generateDemoProject(const QString &dir, const DemoOptions &opts,
                                       const std::function<bool(int percent)> &progress) {
    MLWB_TRY(checkTarget(dir));
    const double now = opts.now.value_or(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    // The demo commits its own history: it gets its own repository even when
    // `dir` lies inside another one (such as a source checkout).
    if (!QDir().mkpath(dir))
        return fail(QCoreApplication::translate("mlwb", "create folder %1").arg(dir),
                    QCoreApplication::translate("mlwb", "could not create it"));
    MLWB_TRY(vcs::Repository::initAt(dir));
    MLWB_ASSIGN_OR_RETURN(Project project, Project::init(dir));
    MLWB_ASSIGN_OR_RETURN(const History history,
                          writeHistory(project.paths().root(), now, progress));

    const QList<PlannedRun> plan = planDemoRuns(opts.seed, history.times, now);
    Writer w{project, tracking::TrackingStore(project.db()),
             store::ContentStore(project.paths().objectsDir())};
    DemoReport report;
    report.root = project.paths().root();
    report.commits = history.ids;
    for (const Task t : {Task::Mnist, Task::Cifar, Task::Sentiment})
        MLWB_TRY(w.store.ensureExperiment(experimentName(t)));
    report.experiments = 3;

    QList<qint64> ids(plan.size(), 0);
    for (int i = 0; i < plan.size(); ++i) {
        const PlannedRun &r = plan[i];
        const std::optional<qint64> parentId =
            r.parent >= 0 ? std::optional(ids[r.parent]) : std::nullopt;
        auto id = writeRun(w, r, history, parentId);
        if (!id)
            return std::unexpected(withContext(id.error(), tr("demo run %1").arg(r.name)));
        ids[i] = *id;
        if (r.status == tracking::RunStatus::Running)
            report.liveRunId = *id;
        if (progress && !progress(10 + 90 * (i + 1) / int(plan.size())))
            return fail(tr("create the demo project in %1").arg(dir),
                        tr("cancelled after %1 of %2 runs").arg(i + 1).arg(plan.size()),
                        tr("the folder holds a partly written project; delete it"));
    }
    for (int i = 0; i < plan.size(); ++i)
        if (plan[i].sweepParent)
            MLWB_TRY(finishSweep(w, plan, i, ids[i]));
    MLWB_ASSIGN_OR_RETURN(report.dataCommits,
                          writeDemoDatasets(project, now, ids.isEmpty() ? 0 : ids.front()));
    MLWB_ASSIGN_OR_RETURN(const DemoRegistryReport models, writeDemoRegistry(project, now));
    report.gatesCommit = models.gateCommit;
    report.runs = int(plan.size());
    report.points = w.points;
    return report;
}

} // namespace mlwb::demo

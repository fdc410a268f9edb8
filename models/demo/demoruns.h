#pragma once

#include "democurves.h"
#include "tracking/runtypes.h"

#include <QList>

namespace mlwb::demo {

// One run of the demo as it will be written: what it trained, on which commit,
// how far it got and how it ended.
struct PlannedRun {
    Task task = Task::Mnist;
    int commit = 0; // index into demoSourceHistory()
    bool dirty = false;
    QString name;
    QString command;
    QList<tracking::Param> params;
    QList<tracking::Tag> tags;
    tracking::RunStatus status = tracking::RunStatus::Finished;
    qint64 stopStep = 0; // steps logged; the model's totalSteps() when finished
    std::optional<int> exitCode;
    QString note;    // markdown
    QString failure; // last lines of stdout for failed and killed runs
    bool keepStdout = false;
    double startTime = 0;
    int parent = -1; // index of the sweep parent in the plan
    bool sweepParent = false;
    qint64 pid = 0;
};

// About 60 runs over three experiments, sorted by start time (a sweep parent
// comes before its children). `commitTimes` are the history's commit times,
// oldest first; every run starts after its commit and, unless it is still
// running, ends before `now`.
QList<PlannedRun> planDemoRuns(quint64 seed, const QList<double> &commitTimes, double now);

// What the run printed: one line per epoch, then the failure if any.
QByteArray demoStdout(const PlannedRun &run);

} // namespace mlwb::demo

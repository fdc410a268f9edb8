#include "demoruns.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;

namespace mlwb::demo {

namespace {

using tracking::Param;
using tracking::RunStatus;

// Stages of the source history (see demosources.cpp).
constexpr int kStepSchedule = 1;
constexpr int kDropout = 2;
constexpr int kCosine = 3;
constexpr int kLstm = 4;
constexpr int kCommits = 6;

class Planner {
public:
    Planner(quint64 seed, const QList<double> &commitTimes, double now)
        : m_rng(seed)
        , m_commitTimes(commitTimes)
        , m_now(now) {}

    QList<PlannedRun> plan();

private:
    template <typename T> T pick(std::initializer_list<T> values) {
        std::uniform_int_distribution<size_t> d(0, values.size() - 1);
        return values.begin()[d(m_rng)];
    }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<>(lo, hi)(m_rng); }

    PlannedRun base(Task task, int commit, const QString &optimizer, double lr, qint64 batch,
                    qint64 epochs);
    void planMnist();
    void planCifar();
    void planSentiment();
    void finish(PlannedRun &run, int index);
    void schedule();
    void tagBest();

    std::mt19937_64 m_rng;
    QList<double> m_commitTimes;
    double m_now;
    QList<PlannedRun> m_runs;
};

void setParam(PlannedRun &run, const QString &key, tracking::ParamValue value) {
    for (Param &p : run.params)
        if (p.key == key) {
            p.value = std::move(value);
            return;
        }
    run.params.append({key, std::move(value)});
}

tracking::ParamValue param(const PlannedRun &run, QLatin1String key) {
    for (const Param &p : run.params)
        if (p.key == key)
            return p.value;
    return QString();
}

QString lrText(double lr) {
    return QString::number(lr, 'g', 3);
}

PlannedRun Planner::base(Task task, int commit, const QString &optimizer, double lr, qint64 batch,
                         qint64 epochs) {
    PlannedRun r;
    r.task = task;
    r.commit = commit;
    const QString model = task == Task::Mnist   ? u"mlp"_s
                          : task == Task::Cifar ? u"resnet"_s
                                                : u"lstm"_s;
    r.params = {
        {u"model"_s, model},   {u"optimizer"_s, optimizer},
        {u"lr"_s, lr},         {u"batch_size"_s, batch},
        {u"epochs"_s, epochs}, {u"seed"_s, qint64(std::uniform_int_distribution<>(0, 9)(m_rng))}};
    if (commit >= kStepSchedule)
        r.params.append({u"weight_decay"_s, task == Task::Cifar ? 5e-4 : 0.0});
    if (commit >= kCosine) {
        r.params.append({u"lr_schedule"_s, u"cosine"_s});
        r.params.append({u"warmup_steps"_s, qint64(500)});
    } else if (commit >= kStepSchedule) {
        r.params.append({u"lr_schedule"_s, u"step"_s});
        r.params.append({u"step_size"_s, qint64(10)});
        r.params.append({u"gamma"_s, 0.1});
    } else {
        r.params.append({u"lr_schedule"_s, u"constant"_s});
    }
    r.params.append({u"amp"_s, task == Task::Cifar});
    r.name = u"%1-%2-lr%3-bs%4"_s.arg(model, optimizer, lrText(lr)).arg(batch);
    r.status = RunStatus::Finished;
    r.exitCode = 0;
    r.pid = std::uniform_int_distribution<qint64>(2000, 64000)(m_rng);
    return r;
}

void Planner::planMnist() {
    constexpr int kCount = 20;
    for (int i = 0; i < kCount; ++i) {
        const int commit = i * 4 / kCount; // the MLP era: commits 0..3
        QString opt = commit >= kCosine ? pick({u"adam"_s, u"sgd"_s, u"adamw"_s})
                                        : pick({u"adam"_s, u"sgd"_s});
        double lr = opt == u"sgd"_s ? pick({0.01, 0.05, 0.1, 0.3}) : pick({3e-4, 1e-3, 3e-3, 1e-2});
        if (i == 3) // a learning rate far too high: the loss diverges to NaN
            opt = u"sgd"_s, lr = 0.8;
        PlannedRun r = base(Task::Mnist, commit, opt, lr, pick<qint64>({64, 128, 256}),
                            pick<qint64>({10, 15, 20}));
        r.params.append({u"hidden"_s, pick<qint64>({256, 512})});
        if (commit >= kDropout)
            r.params.append({u"dropout"_s, pick({0.1, 0.2, 0.3, 0.5})});
        if (i == 0)
            r.note = u"## Baseline\n\nFirst MLP on MNIST with the defaults from `config.yaml`. "
                     u"Everything else is compared against this run."_s;
        if (i == 3) {
            r.note = u"Diverged: **lr 0.8 is far too high for SGD** on this model. "
                     u"Loss exploded to `nan` after a few hundred steps."_s;
        }
        if (i == 11) {
            r.status = RunStatus::Killed;
            r.exitCode = 130;
            r.failure = u"^C\nKeyboardInterrupt\n"_s;
            r.note = u"Stopped by hand: the lr was obviously too low to finish in time."_s;
        }
        finish(r, i);
    }
}

void Planner::planCifar() {
    constexpr int kCount = 15;
    for (int i = 0; i < kCount; ++i) {
        const int commit = 1 + i * 5 / kCount; // commits 1..5
        const QString opt = commit >= kCosine ? pick({u"sgd"_s, u"sgd"_s, u"adamw"_s})
                                              : pick({u"sgd"_s, u"adam"_s});
        const double lr = opt == u"sgd"_s ? pick({0.02, 0.05, 0.1, 0.2}) : pick({3e-4, 1e-3, 3e-3});
        qint64 batch = pick<qint64>({128, 256});
        qint64 depth = pick<qint64>({18, 18, 34});
        if (i == 4) // does not fit on the GPU
            batch = 1024, depth = 34;
        PlannedRun r = base(Task::Cifar, commit, opt, lr, batch, pick<qint64>({20, 30, 40}));
        r.params.append({u"depth"_s, depth});
        if (commit >= kDropout)
            r.params.append({u"dropout"_s, pick({0.0, 0.1, 0.3})});
        r.name = u"resnet%1-%2-lr%3-bs%4"_s.arg(depth).arg(opt, lrText(lr)).arg(batch);
        if (i == 4) {
            r.status = RunStatus::Failed;
            r.exitCode = 1;
            r.failure =
                u"Traceback (most recent call last):\n"
                u"  File \"train.py\", line 148, in <module>\n    main()\n"
                u"  File \"train.py\", line 131, in main\n    val_loss, val_acc = evaluate(model, "
                u"val, device)\n"
                u"  File \"train.py\", line 97, in evaluate\n    out = model(*[i.to(device) for i "
                u"in inputs])\n"
                u"torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB "
                u"(GPU 0; 23.65 GiB total capacity; 21.87 GiB already allocated)\n"_s;
            r.note = u"OOM at the first validation: batch 1024 with ResNet-34 does not fit in "
                     u"24 GB. Use `--batch-size 256` or AMP."_s;
        }
        if (i == kCount - 1) { // still training; DemoLiveLogger continues it
            r.status = RunStatus::Running;
            r.exitCode.reset();
            r.dirty = true;
            r.note = u"Trying 8 data loader workers to see if the GPU stays busy."_s;
        }
        finish(r, i);
    }

    // A learning-rate sweep: one parent run and a child per value.
    const int sweepCommit = kCosine;
    PlannedRun parent = base(Task::Cifar, sweepCommit, u"sgd"_s, 0.1, 128, 30);
    parent.sweepParent = true;
    parent.name = u"resnet18-lr-sweep"_s;
    setParam(parent, u"lr"_s, u"0.01,0.025,0.05,0.1,0.2,0.4"_s);
    parent.params.append({u"depth"_s, qint64(18)});
    parent.command = u"python sweep.py --param lr --values 0.01,0.025,0.05,0.1,0.2,0.4"_s;
    parent.note = u"## LR sweep\n\nSGD + cosine, 30 epochs, batch 128. See the child runs; "
                  u"0.1 is the sweet spot, 0.4 is unstable early on."_s;
    parent.tags = {{u"sweep"_s, u"lr-sweep-1"_s}, {u"owner"_s, u"alice"_s}, {u"stage"_s, u"dev"_s}};
    m_runs.append(parent);
    const int parentIndex = int(m_runs.size()) - 1;
    int child = 0;
    for (const double lr : {0.01, 0.025, 0.05, 0.1, 0.2, 0.4}) {
        PlannedRun r = base(Task::Cifar, sweepCommit, u"sgd"_s, lr, 128, 30);
        r.params.append({u"depth"_s, qint64(18)});
        r.params.append({u"dropout"_s, 0.1});
        r.name = u"lr-sweep-1/lr=%1"_s.arg(lrText(lr));
        r.parent = parentIndex;
        r.tags = {{u"sweep"_s, u"lr-sweep-1"_s}};
        finish(r, 100 + child++);
    }
}

void Planner::planSentiment() {
    constexpr int kCount = 18;
    for (int i = 0; i < kCount; ++i) {
        const int commit = i < 2 ? kLstm : kLstm + 1; // the padding bug is fixed after two crashes
        const QString opt = pick({u"adam"_s, u"adamw"_s, u"sgd"_s, u"adam"_s});
        const double lr = opt == u"sgd"_s ? pick({0.1, 0.3}) : pick({5e-4, 1e-3, 2e-3, 5e-3});
        PlannedRun r = base(Task::Sentiment, commit, opt, lr, pick<qint64>({32, 64}),
                            pick<qint64>({5, 8, 10}));
        r.params.append({u"hidden"_s, pick<qint64>({128, 256})});
        r.params.append({u"embed_dim"_s, qint64(128)});
        r.params.append({u"max_tokens"_s, qint64(256)});
        r.params.append({u"dropout"_s, pick({0.2, 0.3, 0.5})});
        if (i < 2) {
            r.status = RunStatus::Failed;
            r.exitCode = 1;
            r.failure = u"Traceback (most recent call last):\n"
                        u"  File \"train.py\", line 140, in main\n    out = model(*[i.to(device) "
                        u"for i in inputs])\n"
                        u"  File \"model.py\", line 76, in forward\n"
                        u"    packed = nn.utils.rnn.pack_padded_sequence(self.embed(tokens), "
                        u"lengths.cpu(),\n"
                        u"IndexError: index out of range in self\n"_s;
            if (i == 1)
                r.note = u"Same crash again: the padding index is `len(vocab)`, the embedding "
                         u"only has `len(vocab)` rows. Fixed in the next commit."_s;
        }
        if (i == 12) {
            r.status = RunStatus::Killed;
            r.exitCode = 137;
            r.failure = u"Killed\n"_s;
        }
        finish(r, i);
    }
}

void Planner::finish(PlannedRun &r, int index) {
    const CurveModel model(r.task, r.params);
    const qint64 total = model.totalSteps();
    switch (r.status) {
    case RunStatus::Finished:
        r.stopStep = total;
        if (model.divergenceStep()) {
            r.stopStep = *model.divergenceStep();
            while (r.stopStep < total && std::isfinite(model.trainLoss(r.stopStep)))
                ++r.stopStep;
            r.stopStep = std::min(total, r.stopStep + 1); // the NaN is the last point logged
            r.status = RunStatus::Failed;
            r.exitCode = 1;
            r.failure = u"RuntimeError: Function 'LogSoftmaxBackward0' returned nan values in "
                        u"its 0th output.\n"_s;
        }
        break;
    case RunStatus::Failed:
        r.stopStep = r.task == Task::Cifar ? model.stepsPerEpoch() : qint64(uniform(150, 600));
        break;
    case RunStatus::Killed:
        r.stopStep = qint64(total * uniform(0.3, 0.6));
        break;
    case RunStatus::Running:
        r.stopStep = qint64(total * 0.4);
        break;
    }
    if (!r.dirty)
        r.dirty = index % 5 == 2;
    r.keepStdout = r.status != RunStatus::Finished || index % 4 == 1;
    if (r.command.isEmpty()) {
        r.command = u"python train.py --config config.yaml"_s;
        if (r.commit >= kStepSchedule)
            r.command += u" --model "_s + std::get<QString>(param(r, "model"_L1));
        r.command += u" --optimizer %1 --lr %2 --batch-size %3 --epochs %4 --seed %5"_s
                         .arg(std::get<QString>(param(r, "optimizer"_L1)),
                              lrText(std::get<double>(param(r, "lr"_L1))))
                         .arg(std::get<qint64>(param(r, "batch_size"_L1)))
                         .arg(std::get<qint64>(param(r, "epochs"_L1)))
                         .arg(std::get<qint64>(param(r, "seed"_L1)));
    }
    const bool bob = r.commit >= kLstm ? index % 3 != 0 : index % 4 == 3;
    r.tags.append({u"owner"_s, bob ? u"bob"_s : u"alice"_s});
    r.tags.append({u"stage"_s, u"dev"_s});
    r.tags.append({u"dataset"_s, r.task == Task::Mnist       ? u"mnist@v1"_s
                                 : r.task == Task::Sentiment ? u"imdb@v1"_s
                                 : r.commit >= kDropout      ? u"cifar10@v2"_s
                                                             : u"cifar10@v1"_s});
    r.tags.append({u"gpu"_s, pick({u"rtx4090"_s, u"rtx4090"_s, u"a100"_s})});
    m_runs.append(r);
}

void Planner::schedule() {
    // Runs of one commit spread over the time until the next commit; a run
    // that has finished also ended before now.
    QList<int> perCommit(kCommits, 0);
    for (const PlannedRun &r : m_runs)
        ++perCommit[r.commit];
    QList<int> seen(kCommits, 0);
    for (PlannedRun &r : m_runs) {
        if (r.sweepParent)
            continue;
        const CurveModel model(r.task, r.params);
        const double duration = model.elapsedAt(std::max<qint64>(0, r.stopStep - 1));
        if (r.status == RunStatus::Running) {
            r.startTime = m_now - duration - 1.0;
            continue;
        }
        const double from = m_commitTimes[r.commit] + 1800;
        const double until =
            (r.commit + 1 < m_commitTimes.size() ? m_commitTimes[r.commit + 1] : m_now) - duration -
            600;
        const double slot = std::max(0.0, until - from) / perCommit[r.commit];
        r.startTime = from + slot * (seen[r.commit]++ + uniform(0.0, 0.8));
    }
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].parent < 0)
            continue;
        PlannedRun &parent = m_runs[m_runs[i].parent];
        if (parent.startTime == 0 || m_runs[i].startTime - 30 < parent.startTime)
            parent.startTime = m_runs[i].startTime - 30;
    }
}

void Planner::tagBest() {
    // The best finished run of each experiment went to production.
    for (const Task task : {Task::Mnist, Task::Cifar, Task::Sentiment}) {
        PlannedRun *best = nullptr;
        double bestAccuracy = 0;
        for (PlannedRun &r : m_runs) {
            if (r.task != task || r.status != RunStatus::Finished || r.sweepParent)
                continue;
            const CurveModel model(r.task, r.params);
            const double acc = model.valAccuracy(model.epochs());
            if (acc > bestAccuracy)
                best = &r, bestAccuracy = acc;
        }
        if (!best)
            continue;
        for (tracking::Tag &t : best->tags)
            if (t.key == u"stage"_s)
                t.value = u"prod"_s;
        if (best->note.isEmpty())
            best->note = u"## Promoted\n\nBest validation accuracy of the experiment "
                         u"(**%1**). Exported to ONNX for serving."_s.arg(bestAccuracy, 0, 'f', 4);
    }
}

QList<PlannedRun> Planner::plan() {
    planMnist();
    planCifar();
    planSentiment();
    schedule();
    tagBest();
    // Creation order follows start time, as it would have happened.
    QList<int> order(m_runs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_runs[a].startTime < m_runs[b].startTime; });
    QList<int> newIndex(m_runs.size());
    for (int i = 0; i < order.size(); ++i)
        newIndex[order[i]] = i;
    QList<PlannedRun> sorted;
    for (const int i : order) {
        PlannedRun r = m_runs[i];
        if (r.parent >= 0)
            r.parent = newIndex[r.parent];
        sorted.append(std::move(r));
    }
    return sorted;
}

} // namespace

QList<PlannedRun> planDemoRuns(quint64 seed, const QList<double> &commitTimes, double now) {
    return Planner(seed, commitTimes, now).plan();
}

QByteArray demoStdout(const PlannedRun &run) {
    const CurveModel model(run.task, run.params);
    QString out = u"$ %1\nusing device cuda:0\n"_s.arg(run.command);
    const int epochs = int(run.stopStep / model.stepsPerEpoch());
    for (int e = 1; e <= epochs; ++e)
        out += u"epoch %1/%2  train_loss %3  val_loss %4  val_acc %5\n"_s.arg(e)
                   .arg(model.epochs())
                   .arg(model.epochTrainLoss(e), 0, 'f', 4)
                   .arg(model.valLoss(e), 0, 'f', 4)
                   .arg(model.valAccuracy(e), 0, 'f', 4);
    out += run.failure;
    return out.toUtf8();
}

} // namespace mlwb::demo

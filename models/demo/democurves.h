#pragma once

#include "core/error.h"
#include "tracking/metricwriter.h"
#include "tracking/runtypes.h"

#include <optional>

namespace mlwb::demo {

enum class Task { Mnist, Cifar, Sentiment };

QString experimentName(Task task); // "mnist-mlp", "cifar10-resnet", "sentiment-lstm"
std::optional<Task> taskForExperiment(const QString &experiment);

// The training curves of one demo run as pure functions of its parameters
// (lr, batch_size, optimizer, dropout, epochs, seed, lr_schedule, ...), so a
// run can be continued later from where its stored curve ends. Relations are
// plausible rather than exact: a learning rate far from the optimizer's sweet
// spot trains slower to a worse floor and is noisier, too high diverges to
// NaN; large batches are smoother; without dropout validation loss turns up.
class CurveModel {
public:
    CurveModel(Task task, const QList<tracking::Param> &params);

    qint64 stepsPerEpoch() const { return m_stepsPerEpoch; }
    int epochs() const { return m_epochs; }
    qint64 totalSteps() const { return m_stepsPerEpoch * m_epochs; }
    // The first step whose loss is no longer finite, for a learning rate that diverges.
    std::optional<qint64> divergenceStep() const { return m_divergeAt; }
    // Seconds from the start of the run to the end of `step` (evaluation included).
    double elapsedAt(qint64 step) const;

    double learningRate(qint64 step) const;
    double trainLoss(qint64 step) const; // noisy, with occasional spikes
    double valLoss(int epoch) const;     // after epoch `epoch` (1-based)
    double valAccuracy(int epoch) const;
    double epochTrainLoss(int epoch) const;

private:
    double smoothLoss(double progress) const;
    double noise(quint64 stream, qint64 step) const;

    Task m_task;
    quint64 m_seed = 0;
    qint64 m_stepsPerEpoch = 1;
    int m_epochs = 1;
    double m_lr = 1e-3;
    QString m_schedule;
    qint64 m_warmup = 0;
    int m_stepSizeEpochs = 10;
    double m_lossStart = 2.3;
    double m_floor = 0.1;
    double m_floorMin = 0.1;
    double m_rate = 5;
    double m_noise = 0.05;
    double m_spikeRate = 0;
    double m_overfit = 0;
    double m_chance = 0.1;
    double m_ceiling = 0.9;
    double m_secondsPerStep = 0.01;
    double m_evalSeconds = 1;
    std::optional<qint64> m_divergeAt;
};

// Logs steps [from, to) of a run's curves: "train/loss" and "lr" per step,
// "train/epoch_loss", "val/loss", "val/accuracy" and "epoch_time_s" at each
// epoch end in the range. Times are `startTime + elapsedAt(step)`. Returns
// the number of points logged.
Result<qint64> logCurves(tracking::MetricWriter &writer, const CurveModel &model, qint64 from,
                         qint64 to, double startTime);

} // namespace mlwb::demo

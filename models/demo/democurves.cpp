#include "democurves.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace mlwb::demo {

namespace {

struct TaskProfile {
    const char *experiment;
    int trainExamples;
    double lossStart;
    double floorMin;
    double chance;
    double ceiling;
    double secondsPerStep; // at the reference batch size
    int referenceBatch;
    double evalSeconds;
    double adamLr; // the sweet spots the curves are best at
    double sgdLr;
};

constexpr TaskProfile kProfiles[] = {
    {"mnist-mlp", 60000, 2.303, 0.025, 0.10, 0.987, 0.012, 128, 1.5, 1e-3, 0.05},
    {"cifar10-resnet", 50000, 2.303, 0.13, 0.10, 0.952, 0.085, 128, 6.0, 1e-3, 0.1},
    {"sentiment-lstm", 25000, 0.693, 0.23, 0.50, 0.905, 0.030, 64, 4.0, 2e-3, 0.2},
};

const TaskProfile &profile(Task t) {
    return kProfiles[static_cast<int>(t)];
}

const tracking::ParamValue *find(const QList<tracking::Param> &params, QLatin1String key) {
    for (const tracking::Param &p : params)
        if (p.key == key)
            return &p.value;
    return nullptr;
}

double number(const QList<tracking::Param> &params, QLatin1String key, double fallback) {
    const tracking::ParamValue *v = find(params, key);
    if (!v)
        return fallback;
    if (const auto *i = std::get_if<qint64>(v))
        return double(*i);
    if (const auto *d = std::get_if<double>(v))
        return *d;
    return fallback;
}

QString text(const QList<tracking::Param> &params, QLatin1String key, const QString &fallback) {
    const tracking::ParamValue *v = find(params, key);
    if (const auto *s = v ? std::get_if<QString>(v) : nullptr)
        return *s;
    return fallback;
}

quint64 splitmix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double unit(quint64 bits) {
    return double(bits >> 11) * 0x1.0p-53;
}

} // namespace

QString experimentName(Task task) {
    return QString::fromLatin1(profile(task).experiment);
}

std::optional<Task> taskForExperiment(const QString &experiment) {
    for (int i = 0; i < int(std::size(kProfiles)); ++i)
        if (experiment == QLatin1String(kProfiles[i].experiment))
            return Task(i);
    return std::nullopt;
}

CurveModel::CurveModel(Task task, const QList<tracking::Param> &params)
    : m_task(task) {
    const TaskProfile &tp = profile(task);
    const double batch = std::max(1.0, number(params, "batch_size"_L1, tp.referenceBatch));
    const QString optimizer = text(params, "optimizer"_L1, QStringLiteral("adam"));
    const double dropout = number(params, "dropout"_L1, 0.0);
    const double depthCost = number(params, "depth"_L1, 18) >= 34 ? 1.8 : 1.0;
    m_seed = quint64(number(params, "seed"_L1, 0)) * 7919 + quint64(task) * 104729;
    m_epochs = std::max(1, int(number(params, "epochs"_L1, 10)));
    m_stepsPerEpoch = qint64(std::ceil(tp.trainExamples / batch));
    m_lr = number(params, "lr"_L1, tp.adamLr);
    m_schedule = text(params, "lr_schedule"_L1, QStringLiteral("constant"));
    m_warmup = qint64(number(params, "warmup_steps"_L1, 0));
    m_stepSizeEpochs = std::max(1, int(number(params, "step_size"_L1, 10)));

    const double sweetSpot = optimizer == QLatin1String("sgd") ? tp.sgdLr : tp.adamLr;
    const double ratio = m_lr / sweetSpot;
    const double offBy = std::log10(ratio);
    const double quality = std::exp(-offBy * offBy / 0.6);
    m_lossStart = tp.lossStart;
    m_floorMin = tp.floorMin * (depthCost > 1 ? 0.9 : 1.0);
    m_floor = std::min(m_floorMin * (1.0 + 1.5 * (1.0 - quality)),
                       m_floorMin + 0.5 * (m_lossStart - m_floorMin)) +
              dropout * 0.08 * m_floorMin;
    m_rate = 2.0 + 7.0 * quality;
    m_noise = 0.01 + 0.04 * std::sqrt(std::min(ratio, 8.0)) * std::sqrt(64.0 / batch);
    m_spikeRate = 0.0004 * std::min(ratio, 10.0);
    m_overfit = std::max(0.0, 0.45 - dropout) * m_floorMin * 3.0;
    m_chance = tp.chance;
    m_ceiling = tp.ceiling;
    m_secondsPerStep = tp.secondsPerStep * depthCost * std::pow(batch / tp.referenceBatch, 0.8);
    m_evalSeconds = tp.evalSeconds * depthCost;
    if (ratio >= 12.0)
        m_divergeAt = qint64(totalSteps() * (0.05 + 0.4 / ratio));
}

double CurveModel::elapsedAt(qint64 step) const {
    return double(step + 1) * m_secondsPerStep + double(step / m_stepsPerEpoch) * m_evalSeconds;
}

double CurveModel::learningRate(qint64 step) const {
    if (m_schedule == QLatin1String("cosine")) {
        if (step < m_warmup)
            return m_lr * double(step + 1) / double(m_warmup);
        const double p =
            double(step - m_warmup) / double(std::max<qint64>(1, totalSteps() - m_warmup));
        return m_lr * 0.5 * (1.0 + std::cos(std::numbers::pi * p));
    }
    if (m_schedule == QLatin1String("step"))
        return m_lr * std::pow(0.1, double(step / (m_stepSizeEpochs * m_stepsPerEpoch)));
    return m_lr;
}

double CurveModel::smoothLoss(double progress) const {
    double loss = m_floor + (m_lossStart - m_floor) * std::exp(-m_rate * std::pow(progress, 0.7));
    // Lowering the learning rate lets the loss settle lower than a constant rate does.
    if (m_schedule == QLatin1String("cosine")) {
        loss -= (loss - m_floorMin) * 0.35 * progress * progress;
    } else if (m_schedule == QLatin1String("step")) {
        const double epoch = progress * m_epochs;
        const double decays = std::floor(epoch / m_stepSizeEpochs);
        const double partial = std::min(1.0, (epoch - decays * m_stepSizeEpochs) * 4.0);
        loss -=
            (loss - m_floorMin) * (1.0 - std::pow(0.75, decays + (decays > 0 ? partial - 1 : 0)));
    }
    return std::max(loss, m_floorMin * 0.5);
}

double CurveModel::noise(quint64 stream, qint64 step) const {
    // Roughly normal with unit variance; the same for the same step, so a
    // continued run repeats nothing and contradicts nothing.
    quint64 h = splitmix(m_seed ^ splitmix(stream * 0x100000001b3ULL ^ quint64(step)));
    double sum = 0;
    for (int i = 0; i < 4; ++i) {
        h = splitmix(h);
        sum += unit(h);
    }
    return (sum - 2.0) * std::sqrt(3.0);
}

double CurveModel::trainLoss(qint64 step) const {
    const double progress = double(step) / double(totalSteps());
    double loss = smoothLoss(progress);
    if (m_divergeAt && step >= *m_divergeAt) {
        const double grown = loss * std::exp(double(step - *m_divergeAt) / 25.0);
        return grown > 1e6 ? std::numeric_limits<double>::quiet_NaN() : grown;
    }
    const double lrScale = std::sqrt(std::max(0.05, learningRate(step) / m_lr));
    loss *= 1.0 + m_noise * lrScale * noise(1, step);
    if (unit(splitmix(m_seed ^ splitmix(quint64(step) + 77))) < m_spikeRate)
        loss *= 1.5 + 2.0 * unit(splitmix(quint64(step) ^ m_seed));
    return std::max(loss, 1e-4);
}

double CurveModel::epochTrainLoss(int epoch) const {
    const double mid = (double(epoch) - 0.5) / double(m_epochs);
    return smoothLoss(mid) * (1.0 + 0.01 * noise(2, epoch));
}

double CurveModel::valLoss(int epoch) const {
    const double progress = double(epoch) / double(m_epochs);
    const double overfit =
        m_overfit * std::pow(std::max(0.0, progress - 0.35), 2) * m_epochs / 10.0;
    return (smoothLoss(progress) * 1.08 + m_floorMin * 0.15 + overfit) *
           (1.0 + 0.015 * noise(3, epoch));
}

double CurveModel::valAccuracy(int epoch) const {
    const double learned =
        std::clamp((m_lossStart - valLoss(epoch)) / (m_lossStart - m_floorMin), 0.0, 1.0);
    const double acc = m_chance + (m_ceiling - m_chance) * std::pow(learned, 1.6);
    return std::clamp(acc + 0.002 * noise(4, epoch), 0.0, 1.0);
}

Result<qint64> logCurves(tracking::MetricWriter &writer, const CurveModel &model, qint64 from,
                         qint64 to, double startTime) {
    to = std::min(to, model.totalSteps());
    if (to <= from)
        return 0;
    const qsizetype n = to - from;
    std::vector<qint64> steps(n);
    std::vector<double> times(n);
    std::vector<double> loss(n);
    std::vector<double> lr(n);
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 step = from + i;
        steps[i] = step;
        times[i] = startTime + model.elapsedAt(step);
        loss[i] = model.trainLoss(step);
        lr[i] = model.learningRate(step);
    }
    MLWB_TRY(writer.logSeries(QStringLiteral("train/loss"), steps, times, loss));
    MLWB_TRY(writer.logSeries(QStringLiteral("lr"), steps, times, lr));
    qint64 points = 2 * n;

    const qint64 spe = model.stepsPerEpoch();
    for (qint64 end = (from / spe + 1) * spe; end <= to; end += spe) {
        const int epoch = int(end / spe);
        const double t = startTime + model.elapsedAt(end - 1);
        const double previous = epoch > 1 ? model.elapsedAt((epoch - 1) * spe - 1) : 0.0;
        const std::pair<QString, double> values[] = {
            {QStringLiteral("train/epoch_loss"), model.epochTrainLoss(epoch)},
            {QStringLiteral("val/loss"), model.valLoss(epoch)},
            {QStringLiteral("val/accuracy"), model.valAccuracy(epoch)},
            {QStringLiteral("epoch_time_s"), model.elapsedAt(end - 1) - previous},
        };
        for (const auto &[key, value] : values)
            MLWB_TRY(writer.log(key, end, value, t));
        points += std::size(values);
    }
    return points;
}

} // namespace mlwb::demo

#include "imagediffworker.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace mlwb::widgets::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QImage toImage(const cv::Mat &bgra) {
    if (bgra.empty())
        return {};
    // OpenCV's 8-bit BGRA bytes are QImage's ARGB32 words on little-endian machines.
    return QImage(bgra.data, bgra.cols, bgra.rows, qsizetype(bgra.step), QImage::Format_ARGB32)
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

using PairResult = Result<ImagePair>;

void compute(QPromise<PairResult> &promise, ImagePair pair) {
    promise.setProgressRange(0, 100);
    const bool decodeA = pair.matA.empty() && !pair.fileA.isEmpty();
    const bool decodeB = pair.matB.empty() && !pair.fileB.isEmpty();
    if (decodeA) {
        promise.setProgressValueAndText(5, tr("Decoding %1").arg(pair.fileA));
        auto a = mlwb::datasets::loadImage(pair.fileA);
        if (!a) {
            promise.addResult(PairResult(std::unexpected(a.error())));
            return;
        }
        pair.matA = *a;
        pair.imageA = toImage(pair.matA);
    }
    if (promise.isCanceled())
        return;
    if (decodeB) {
        promise.setProgressValueAndText(35, tr("Decoding %1").arg(pair.fileB));
        auto b = mlwb::datasets::loadImage(pair.fileB);
        if (!b) {
            promise.addResult(PairResult(std::unexpected(b.error())));
            return;
        }
        pair.matB = *b;
        pair.imageB = toImage(pair.matB);
    }
    if (promise.isCanceled())
        return;
    if (!pair.matA.empty() && !pair.matB.empty()) {
        promise.setProgressValueAndText(70, tr("Comparing pixels"));
        mlwb::datasets::ImageDiffOptions options;
        options.threshold = pair.threshold;
        pair.diff = mlwb::datasets::diffImages(pair.matA, pair.matB, options);
        pair.diff->pathA = pair.fileA;
        pair.diff->pathB = pair.fileB;
        pair.heatmap = toImage(pair.diff->heatmap);
        pair.diff->heatmap = cv::Mat(); // the QImage copy is what is painted
    } else {
        pair.diff.reset();
        pair.heatmap = {};
    }
    promise.setProgressValueAndText(100, QString());
    promise.addResult(std::move(pair));
}

} // namespace

ImageDiffWorker::ImageDiffWorker(QObject *parent)
    : QObject(parent) {}

ImageDiffWorker::~ImageDiffWorker() {
    blockSignals(true);
    cancel();
}

void ImageDiffWorker::start(const QString &fileA, const QString &fileB, int threshold) {
    ImagePair input;
    input.fileA = fileA;
    input.fileB = fileB;
    input.threshold = threshold;
    m_pair = {};
    run(std::move(input));
}

void ImageDiffWorker::setThreshold(int threshold) {
    if (m_pair.matA.empty() && m_pair.matB.empty())
        return; // nothing decoded yet: the running job uses the new value via start()
    ImagePair input = m_pair;
    input.threshold = threshold;
    run(std::move(input));
}

void ImageDiffWorker::cancel() {
    ++m_generation;
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    setRunning(false);
}

void ImageDiffWorker::reset() {
    cancel();
    m_pair = {};
}

void ImageDiffWorker::run(ImagePair input) {
    cancel();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<PairResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<PairResult>::progressValueChanged, this,
            [this, watcher](int value) {
                if (watcher == m_watcher)
                    Q_EMIT progress(value, watcher->progressText());
            });
    connect(watcher, &QFutureWatcher<PairResult>::finished, this, [this, watcher, generation] {
        if (generation != m_generation || watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        setRunning(false);
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        PairResult result = watcher->result();
        if (!result) {
            Q_EMIT failed(result.error().toString());
            return;
        }
        m_pair = std::move(*result);
        Q_EMIT finished();
    });
    setRunning(true);
    watcher->setFuture(QtConcurrent::run(&compute, std::move(input)));
}

void ImageDiffWorker::setRunning(bool running) {
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

} // namespace mlwb::widgets::datasets

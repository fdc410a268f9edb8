#pragma once

#include "datasets/imagediff.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <optional>

namespace mlwb::widgets::datasets {

// Both sides of an image pair, decoded, and their difference when both exist.
struct ImagePair {
    QString fileA;
    QString fileB;
    cv::Mat matA; // 8-bit BGRA; empty for a missing side
    cv::Mat matB;
    QImage imageA; // the same pixels, ready to paint
    QImage imageB;
    std::optional<mlwb::datasets::ImageDiff> diff;
    QImage heatmap; // changed pixels coloured, the rest transparent; size of the overlap
    int threshold = 0;
};

// Decodes and diffs an image pair off the GUI thread. Only the newest request
// reports back (older ones are cancelled and their results dropped); a new
// threshold reuses the decoded images.
class ImageDiffWorker : public QObject {
    Q_OBJECT
public:
    explicit ImageDiffWorker(QObject *parent = nullptr);
    ~ImageDiffWorker() override;

    void start(const QString &fileA, const QString &fileB, int threshold);
    // Recomputes the difference of the last decoded pair with another threshold.
    void setThreshold(int threshold);
    void cancel();
    // Cancels and forgets the pair.
    void reset();
    bool isRunning() const { return m_running; }
    const ImagePair &pair() const { return m_pair; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progress(int percent, const QString &stage);
    void finished();
    void failed(const QString &message);

private:
    void run(ImagePair input);
    void setRunning(bool running);

    ImagePair m_pair;
    QFutureWatcher<Result<ImagePair>> *m_watcher = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace mlwb::widgets::datasets

#include "thumbnailloader.h"

#include "datasets/imagediff.h"

#include <QMetaObject>
#include <QThread>

#include <atomic>
#include <deque>
#include <mutex>

namespace mlwb::itemmodels {

namespace {

QImage toQImage(const cv::Mat &mat) {
    if (mat.empty() || mat.depth() != CV_8U)
        return {};
    const QImage::Format format = mat.channels() == 4   ? QImage::Format_ARGB32
                                  : mat.channels() == 3 ? QImage::Format_BGR888
                                                        : QImage::Format_Grayscale8;
    // The copy owns its pixels; the view into the Mat dies with it.
    return QImage(mat.data, mat.cols, mat.rows, qsizetype(mat.step), format).copy();
}

} // namespace

struct ThumbnailLoader::Queue {
    std::mutex mutex;
    std::deque<QString> items; // newest at the back
    QSet<QString> queued;
    int maxPending = kDefaultMaxPending;
    int runners = 0;
    quint64 generation = 0; // bumped by clear(): older results are dropped
    std::atomic<bool> stopped = false;

    bool pop(QString *path, quint64 *gen) {
        std::lock_guard lock(mutex);
        if (items.empty() || stopped) {
            --runners;
            return false;
        }
        *path = items.back();
        *gen = generation;
        items.pop_back();
        queued.remove(*path);
        return true;
    }
};

ThumbnailLoader::ThumbnailLoader(int maxSide, QObject *parent)
    : QObject(parent)
    , m_maxSide(maxSide)
    , m_queue(std::make_shared<Queue>()) {
    // Leave a core for the GUI thread and the diff worker.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
    setCacheBytes(qint64(64) << 20);
}

ThumbnailLoader::~ThumbnailLoader() {
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->stopped = true;
        m_queue->items.clear();
        m_queue->queued.clear();
    }
    m_pool.waitForDone();
}

void ThumbnailLoader::setMaxPending(int count) {
    std::lock_guard lock(m_queue->mutex);
    m_queue->maxPending = std::max(1, count);
    while (int(m_queue->items.size()) > m_queue->maxPending) {
        m_queue->queued.remove(m_queue->items.front());
        m_queue->items.pop_front();
    }
}

int ThumbnailLoader::maxPending() const {
    std::lock_guard lock(m_queue->mutex);
    return m_queue->maxPending;
}

void ThumbnailLoader::setCacheBytes(qint64 bytes) {
    m_cache.setMaxCost(qsizetype(std::max<qint64>(bytes >> 10, 1)));
}

QImage ThumbnailLoader::thumbnail(const QString &path) {
    if (const QImage *cached = m_cache.object(path))
        return *cached;
    if (path.isEmpty() || m_failed.contains(path))
        return {};
    {
        std::lock_guard lock(m_queue->mutex);
        if (m_queue->queued.contains(path))
            return {};
        m_queue->items.push_back(path);
        m_queue->queued.insert(path);
        // Over the bound, the oldest request goes: its row has most likely scrolled away.
        if (int(m_queue->items.size()) > m_queue->maxPending) {
            m_queue->queued.remove(m_queue->items.front());
            m_queue->items.pop_front();
        }
    }
    startRunners();
    return {};
}

bool ThumbnailLoader::isPending(const QString &path) const {
    std::lock_guard lock(m_queue->mutex);
    return m_queue->queued.contains(path);
}

int ThumbnailLoader::pendingCount() const {
    std::lock_guard lock(m_queue->mutex);
    return int(m_queue->items.size());
}

void ThumbnailLoader::keepOnly(const QSet<QString> &paths) {
    std::lock_guard lock(m_queue->mutex);
    std::erase_if(m_queue->items, [&](const QString &p) {
        if (paths.contains(p))
            return false;
        m_queue->queued.remove(p);
        return true;
    });
}

void ThumbnailLoader::clear() {
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->items.clear();
        m_queue->queued.clear();
        ++m_queue->generation;
    }
    m_cache.clear();
    m_failed.clear();
}

void ThumbnailLoader::startRunners() {
    std::lock_guard lock(m_queue->mutex);
    while (m_queue->runners < m_pool.maxThreadCount() &&
           int(m_queue->items.size()) > m_queue->runners) {
        ++m_queue->runners;
        m_pool.start([queue = m_queue, loader = this, side = m_maxSide] {
            QString path;
            quint64 generation = 0;
            while (queue->pop(&path, &generation)) {
                auto thumb = datasets::loadThumbnail(path, side);
                QImage image = thumb ? toQImage(*thumb) : QImage();
                const QString error = thumb ? QString() : thumb.error().toString();
                if (queue->stopped)
                    continue;
                // Posted events die with the loader, whose destructor waits for us.
                QMetaObject::invokeMethod(
                    loader,
                    [loader, path, generation, image = std::move(image), error] {
                        loader->deliver(path, generation, image, error);
                    },
                    Qt::QueuedConnection);
            }
        });
    }
}

void ThumbnailLoader::deliver(const QString &path, quint64 generation, const QImage &image,
                              const QString &error) {
    {
        std::lock_guard lock(m_queue->mutex);
        if (generation != m_queue->generation)
            return;
    }
    if (image.isNull()) {
        m_failed.insert(path);
        Q_EMIT thumbnailFailed(path, error);
        return;
    }
    m_cache.insert(path, new QImage(image), std::max<qsizetype>(image.sizeInBytes() >> 10, 1));
    Q_EMIT thumbnailReady(path, image);
}

} // namespace mlwb::itemmodels

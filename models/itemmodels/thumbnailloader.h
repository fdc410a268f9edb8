#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace mlwb::itemmodels {

// Decodes image thumbnails on background threads for views that show many files.
// Requests wait in a bounded queue, newest first: when the user scrolls quickly the
// rows that scrolled away are dropped (or cancelled with keepOnly()) instead of
// keeping the decoder busy. Finished thumbnails stay in an LRU cache bounded in bytes.
class ThumbnailLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMaxPending = 256;

    explicit ThumbnailLoader(int maxSide, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    int maxSide() const { return m_maxSide; }
    void setMaxPending(int count);
    int maxPending() const;
    // Cache budget in bytes of decoded pixels (default 64 MB).
    void setCacheBytes(qint64 bytes);

    // The cached thumbnail, or a null image after queueing the file for decoding
    // (once: asking again while it is pending or after it failed does nothing).
    QImage thumbnail(const QString &path);
    bool isPending(const QString &path) const;
    int pendingCount() const;
    // Drops queued requests for every other file; decodes already running finish.
    void keepOnly(const QSet<QString> &paths);
    // Forgets the queue, the cache and failures (e.g. when the files changed).
    void clear();

Q_SIGNALS:
    void thumbnailReady(const QString &path, const QImage &image);
    void thumbnailFailed(const QString &path, const QString &error);

private:
    struct Queue;
    void startRunners();
    void deliver(const QString &path, quint64 generation, const QImage &image,
                 const QString &error);

    int m_maxSide;
    std::shared_ptr<Queue> m_queue;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_failed;
    QThreadPool m_pool;
};

} // namespace mlwb::itemmodels

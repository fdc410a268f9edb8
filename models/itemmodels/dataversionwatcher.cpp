#include "dataversionwatcher.h"

#include "store/database.h"

#include <QTimer>

#include <optional>

namespace mlwb::itemmodels {

namespace {

// Lives on the watcher's thread together with its connection.
class Poller : public QObject {
    Q_OBJECT
public:
    Poller(QString path, std::chrono::milliseconds interval)
        : m_path(std::move(path)) {
        m_timer.setInterval(interval);
        m_timer.setParent(this);
        connect(&m_timer, &QTimer::timeout, this, &Poller::poll);
    }

    void start() {
        auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly);
        if (!db) {
            Q_EMIT failed(db.error());
            return;
        }
        m_db.emplace(std::move(*db));
        poll();
        m_timer.start();
    }

Q_SIGNALS:
    void changed();
    void failed(const mlwb::Error &error);

private:
    void poll() {
        auto v = m_db->dataVersion();
        if (!v) {
            m_timer.stop();
            Q_EMIT failed(v.error());
            return;
        }
        if (m_last && *m_last != *v)
            Q_EMIT changed();
        m_last = *v;
    }

    QString m_path;
    QTimer m_timer;
    std::optional<store::Database> m_db;
    std::optional<qint64> m_last;
};

} // namespace

DataVersionWatcher::DataVersionWatcher(const QString &dbPath, std::chrono::milliseconds interval,
                                       QObject *parent)
    : QObject(parent) {
    auto *poller = new Poller(dbPath, interval);
    poller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, poller, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, poller, &Poller::start);
    connect(poller, &Poller::changed, this, &DataVersionWatcher::changed);
    connect(poller, &Poller::failed, this, &DataVersionWatcher::failed);
    m_thread.setObjectName(QStringLiteral("mlwb data_version"));
    m_thread.start();
}

DataVersionWatcher::~DataVersionWatcher() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace mlwb::itemmodels

#include "dataversionwatcher.moc"

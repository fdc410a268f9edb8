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
    // The connection is opened and its first data_version read by the creating
    // thread, before anyone reads the data it watches: a commit made after the
    // watcher exists is always seen, however late its thread starts.
    Poller(const QString &path, std::chrono::milliseconds interval) {
        m_timer.setInterval(interval);
        m_timer.setParent(this);
        connect(&m_timer, &QTimer::timeout, this, &Poller::poll);
        auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
        if (!db) {
            m_error = db.error();
            return;
        }
        m_db.emplace(std::move(*db));
        if (auto v = m_db->dataVersion())
            m_last = *v;
        else
            m_error = v.error();
    }

    void start() {
        if (m_error) {
            Q_EMIT failed(*m_error);
            return;
        }
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

    QTimer m_timer;
    std::optional<store::Database> m_db;
    std::optional<qint64> m_last;
    std::optional<Error> m_error;
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

#include "runstableworker.h"

#include "runrowloader.h"
#include "tracking/query/runquery.h"
#include "tracking/trackingstore.h"

#include <sqlite3.h>

#include <utility>

namespace mlwb::itemmodels {

namespace {

// One read snapshot on a read-only connection, so that the first ids and their count agree.
class ReadSnapshot {
public:
    static Result<ReadSnapshot> begin(store::Database &db) {
        MLWB_TRY(db.exec(QStringLiteral("BEGIN")));
        return ReadSnapshot(db);
    }
    ReadSnapshot(ReadSnapshot &&other) noexcept
        : m_db(std::exchange(other.m_db, nullptr)) {}
    ReadSnapshot &operator=(ReadSnapshot &&) = delete;
    ~ReadSnapshot() {
        if (m_db)
            (void)m_db->exec(QStringLiteral("COMMIT"));
    }

private:
    explicit ReadSnapshot(store::Database &db)
        : m_db(&db) {}
    store::Database *m_db;
};

// Stops the statements on `db` once a newer query is asked for, while it lives.
class SupersededGuard {
public:
    SupersededGuard(store::Database &db, const std::atomic<quint64> &latest, quint64 generation)
        : m_db(db)
        , m_latest(latest)
        , m_generation(generation) {
        sqlite3_progress_handler(m_db.handle(), kSteps, &SupersededGuard::check, this);
    }
    SupersededGuard(const SupersededGuard &) = delete;
    SupersededGuard &operator=(const SupersededGuard &) = delete;
    ~SupersededGuard() { sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr); }

    bool superseded() const { return m_latest.load() != m_generation; }

private:
    static constexpr int kSteps = 10'000; // virtual machine steps: well under a millisecond

    static int check(void *self) {
        return static_cast<SupersededGuard *>(self)->superseded() ? 1 : 0;
    }

    store::Database &m_db;
    const std::atomic<quint64> &m_latest;
    quint64 m_generation;
};

} // namespace

RunsTableWorker::RunsTableWorker(QString dbPath)
    : m_path(std::move(dbPath)) {}

Result<store::Database *> RunsTableWorker::database() {
    if (!m_db) {
        MLWB_ASSIGN_OR_RETURN(store::Database db,
                              store::Database::open(m_path, store::Database::Mode::ReadOnly));
        m_db.emplace(std::move(db));
    }
    return &*m_db;
}

Status RunsTableWorker::readKeys(RunIdsResult &result) {
    tracking::TrackingStore store(*m_db);
    MLWB_ASSIGN_OR_RETURN(result.paramKeys, store.paramKeys());
    MLWB_ASSIGN_OR_RETURN(result.metricKeys, store.metricKeys());
    MLWB_ASSIGN_OR_RETURN(result.tagKeys, store.tagKeys());
    return {};
}

Result<RunIdsResult> RunsTableWorker::runQuery(const QString &filter, const QString &sort,
                                               bool trashed, bool refresh,
                                               const QList<qint64> &reread) {
    MLWB_ASSIGN_OR_RETURN(store::Database * db, database());
    MLWB_ASSIGN_OR_RETURN(tracking::RunQuery q, tracking::RunQuery::parse(filter, sort));
    q.trashedOnly = trashed;
    RunIdsResult r;
    r.refresh = refresh;
    MLWB_ASSIGN_OR_RETURN(r.ids, tracking::findRuns(*db, q));
    r.total = r.ids.size();
    MLWB_TRY(readKeys(r));
    const QSet<qint64> ids(r.ids.cbegin(), r.ids.cend());
    if (refresh) {
        MLWB_ASSIGN_OR_RETURN(const QList<qint64> running, runningRunIds(*db));
        QSet<qint64> wanted(reread.cbegin(), reread.cend());
        wanted.unite(QSet<qint64>(running.cbegin(), running.cend()));
        wanted.unite(QSet<qint64>(ids).subtract(m_lastIds));
        wanted.intersect(ids);
        MLWB_ASSIGN_OR_RETURN(
            r.rows, loadRunRows(*db, QList<qint64>(wanted.cbegin(), wanted.cend()), trashed));
    }
    m_lastIds = ids;
    return r;
}

Result<RunIdsResult> RunsTableWorker::firstIds(const tracking::RunQuery &query, int firstRows) {
    MLWB_ASSIGN_OR_RETURN(store::Database * db, database());
    MLWB_ASSIGN_OR_RETURN(ReadSnapshot snapshot, ReadSnapshot::begin(*db));
    RunIdsResult r;
    MLWB_ASSIGN_OR_RETURN(r.ids, tracking::findRuns(*db, query, firstRows));
    r.total = r.ids.size();
    if (r.ids.size() == firstRows) {
        MLWB_ASSIGN_OR_RETURN(r.total, tracking::countRuns(*db, query));
        if (r.total > r.ids.size())
            r.part = RunIdsResult::Part::First;
    }
    if (r.part == RunIdsResult::Part::All)
        m_lastIds = QSet<qint64>(r.ids.cbegin(), r.ids.cend());
    MLWB_TRY(readKeys(r));
    MLWB_ASSIGN_OR_RETURN(r.rows, loadRunRows(*db, r.ids, query.trashedOnly));
    return r;
}

Result<RunIdsResult> RunsTableWorker::allIds(const tracking::RunQuery &query, quint64 generation,
                                             bool *superseded) {
    MLWB_ASSIGN_OR_RETURN(store::Database * db, database());
    const SupersededGuard guard(*db, m_latest, generation);
    RunIdsResult r;
    r.part = RunIdsResult::Part::Rest;
    auto ids = tracking::findRuns(*db, query);
    *superseded = guard.superseded();
    if (!ids)
        return std::unexpected(ids.error());
    r.ids = std::move(*ids);
    r.total = r.ids.size();
    m_lastIds = QSet<qint64>(r.ids.cbegin(), r.ids.cend());
    return r;
}

void RunsTableWorker::query(quint64 generation, const QString &filter, const QString &sort,
                            bool trashed, bool refresh, const QList<qint64> &reread,
                            int firstRows) {
    if (refresh) {
        auto r = runQuery(filter, sort, trashed, refresh, reread);
        if (!r) {
            Q_EMIT failed(generation, r.error());
            return;
        }
        r->generation = generation;
        Q_EMIT queried(*r);
        return;
    }
    auto q = tracking::RunQuery::parse(filter, sort);
    if (!q) {
        Q_EMIT failed(generation, q.error());
        return;
    }
    q->trashedOnly = trashed;
    auto first = firstIds(*q, firstRows);
    if (!first) {
        Q_EMIT failed(generation, first.error());
        return;
    }
    first->generation = generation;
    Q_EMIT queried(*first);
    if (first->part != RunIdsResult::Part::First || m_latest.load() != generation)
        return; // a newer query is waiting and will answer instead
    bool superseded = false;
    auto rest = allIds(*q, generation, &superseded);
    if (superseded)
        return;
    if (!rest) {
        Q_EMIT failed(generation, rest.error());
        return;
    }
    rest->generation = generation;
    Q_EMIT queried(*rest);
}

void RunsTableWorker::load(quint64 generation, int page, const QList<qint64> &ids, bool trashed) {
    auto db = database();
    if (!db) {
        Q_EMIT failed(generation, db.error());
        return;
    }
    auto rows = loadRunRows(**db, ids, trashed);
    if (!rows) {
        Q_EMIT failed(generation, rows.error());
        return;
    }
    Q_EMIT loaded(generation, page, *rows);
}

} // namespace mlwb::itemmodels

#include "runstableworker.h"

#include "runrowloader.h"
#include "tracking/query/runquery.h"
#include "tracking/trackingstore.h"

namespace mlwb::itemmodels {

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

Result<RunIdsResult> RunsTableWorker::runQuery(const QString &filter, const QString &sort,
                                               bool trashed, bool refresh,
                                               const QList<qint64> &reread) {
    MLWB_ASSIGN_OR_RETURN(store::Database * db, database());
    MLWB_ASSIGN_OR_RETURN(tracking::RunQuery q, tracking::RunQuery::parse(filter, sort));
    q.trashedOnly = trashed;
    RunIdsResult r;
    r.refresh = refresh;
    MLWB_ASSIGN_OR_RETURN(r.ids, tracking::findRuns(*db, q));
    tracking::TrackingStore store(*db);
    MLWB_ASSIGN_OR_RETURN(r.paramKeys, store.paramKeys());
    MLWB_ASSIGN_OR_RETURN(r.metricKeys, store.metricKeys());
    MLWB_ASSIGN_OR_RETURN(r.tagKeys, store.tagKeys());
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

void RunsTableWorker::query(quint64 generation, const QString &filter, const QString &sort,
                            bool trashed, bool refresh, const QList<qint64> &reread) {
    auto r = runQuery(filter, sort, trashed, refresh, reread);
    if (!r) {
        Q_EMIT failed(generation, r.error());
        return;
    }
    r->generation = generation;
    Q_EMIT queried(*r);
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

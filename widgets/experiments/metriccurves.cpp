#include "metriccurves.h"

#include "chartthreads.h"

#include "store/database.h"
#include "tracking/trackingstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <latch>
#include <limits>

#include <sys/stat.h>

namespace mlwb::widgets::experiments {

namespace {

// What the curves of `runIds` need besides their points, by run id, in two queries for all of
// them (finished runs from the cache).
Result<QHash<qint64, RunCurveInfo>> readRunInfos(store::Database &db, QList<qint64> runIds,
                                                 CurveCache *cache) {
    QHash<qint64, RunCurveInfo> infos;
    infos.reserve(runIds.size());
    if (cache) {
        const std::lock_guard lock(cache->mutex);
        runIds.removeIf([&](qint64 id) {
            const auto it = cache->finishedRuns.constFind(id);
            if (it == cache->finishedRuns.cend())
                return false;
            infos.insert(id, *it);
            return true;
        });
    }
    if (runIds.isEmpty())
        return infos;
    MLWB_ASSIGN_OR_RETURN(
        store::Statement runs,
        db.prepare(QStringLiteral("SELECT id, start_time, status FROM runs "
                                  "WHERE id IN (SELECT value FROM json_each(?1))")));
    runs.bindIds(1, runIds);
    QHash<qint64, RunCurveInfo> read;
    read.reserve(runIds.size());
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, runs.step());
        if (!row)
            break;
        const auto status =
            tracking::runStatusFromString(runs.text(2)).value_or(tracking::RunStatus::Running);
        read.insert(runs.int64(0),
                    RunCurveInfo{runs.real(1), status == tracking::RunStatus::Running, {}});
    }
    for (const qint64 id : std::as_const(runIds))
        if (!read.contains(id))
            return fail(QCoreApplication::translate("mlwb", "read run %1").arg(id),
                        QCoreApplication::translate("mlwb", "there is no such run"),
                        QCoreApplication::translate(
                            "mlwb", "refresh the run list; the run may have been deleted"));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement params,
        db.prepare(QStringLiteral("SELECT run_id, key, type, value FROM params "
                                  "WHERE run_id IN (SELECT value FROM json_each(?1))")));
    params.bindIds(1, runIds);
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, params.step());
        if (!row)
            break;
        read[params.int64(0)].params.insert(
            params.text(1),
            tracking::toDisplayString(tracking::paramValueFromRow(params, params.text(2), 3)));
    }
    if (cache) {
        const std::lock_guard lock(cache->mutex);
        for (auto it = read.cbegin(); it != read.cend(); ++it)
            if (!it->running)
                cache->finishedRuns.insert(it.key(), *it);
    }
    infos.insert(read);
    return infos;
}

constexpr size_t kIdleConnections = 4;
constexpr qsizetype kRunsPerThread = 32; // fewer runs are not worth another connection
constexpr int kMaxThreads = 8;

// Which file a path names now: a project made again at the same path is another file.
std::optional<std::pair<dev_t, ino_t>> fileIdentity(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return std::pair(st.st_dev, st.st_ino);
}

// Read-only connections not in use, shared by every chart of the process: a new chart reads
// with the connections an earlier one opened, whose pages SQLite has mapped already (mapping
// the file again costs a page fault per 64 KB read). Kept for the newest database file only.
struct IdleConnections {
    std::mutex mutex;
    QString dbPath;
    std::optional<std::pair<dev_t, ino_t>> file;
    std::vector<store::Database> idle;
};

IdleConnections &idleConnections() {
    static IdleConnections pool;
    return pool;
}

Result<store::Database> takeConnection(const QString &dbPath) {
    IdleConnections &pool = idleConnections();
    const auto file = fileIdentity(dbPath);
    {
        const std::lock_guard lock(pool.mutex);
        if (pool.dbPath != dbPath || pool.file != file || !file) {
            pool.idle.clear();
            pool.dbPath = dbPath;
            pool.file = file;
        }
        if (!pool.idle.empty()) {
            store::Database db = std::move(pool.idle.back());
            pool.idle.pop_back();
            return db;
        }
    }
    return store::Database::open(dbPath, store::Database::Mode::ReadOnly);
}

void keepConnection(const QString &dbPath, store::Database db) {
    IdleConnections &pool = idleConnections();
    const std::lock_guard lock(pool.mutex);
    if (pool.dbPath == dbPath && pool.idle.size() < kIdleConnections)
        pool.idle.push_back(std::move(db));
}

struct CurveRequest {
    QString key;
    int width = 0;
    std::optional<std::pair<double, double>> range;
    XMode mode = XMode::Step;
};

// One run's curve from its series.
Result<RunCurve> readCurve(tracking::SeriesReader &reader, qint64 seriesId, qint64 runId,
                           const QString &name, RunCurveInfo info, const CurveRequest &request) {
    const auto axis =
        request.mode == XMode::Step ? tracking::XAxis::Step : tracking::XAxis::WallTime;
    const double scale = request.mode == XMode::WallTime ? 1000.0 : 1.0;
    const double offset = request.mode == XMode::RelativeTime ? info.startTime : 0.0;
    std::optional<std::pair<double, double>> sourceRange;
    if (request.range)
        sourceRange = std::pair(request.range->first / scale + offset,
                                request.range->second / scale + offset);
    MLWB_ASSIGN_OR_RETURN(
        const tracking::DecimatedSeries d,
        reader.decimate(seriesId, std::max(16, request.width), axis, sourceRange));
    RunCurve c;
    c.runId = runId;
    c.runName = name;
    c.sourcePoints = d.sourcePoints;
    c.running = info.running;
    c.params = std::move(info.params);
    // Without branches on the values: a NaN never wins min or max, and an infinity shows in
    // `finite` being false, where the extent is not used. In locals, kept in registers.
    const size_t n = d.x.size();
    c.points.resize(qsizetype(n));
    QPointF *out = c.points.data();
    Extent e;
    bool finite = true;
    for (size_t i = 0; i < n; ++i) {
        const QPointF p((d.x[i] - offset) * scale, d.y[i]);
        out[i] = p;
        e.add(p);
        finite &= (std::abs(p.x()) <= std::numeric_limits<double>::max()) &
                  (std::abs(p.y()) <= std::numeric_limits<double>::max());
    }
    c.extent = e;
    c.allFinite = finite;
    c.allPositive = finite && e.y0 > 0;
    return c;
}

} // namespace

Result<QList<RunCurve>> readCurves(const QString &dbPath, const QString &key,
                                   const QList<std::pair<qint64, QString>> &runs, int width,
                                   std::optional<std::pair<double, double>> range, XMode mode,
                                   CurveCache *cache) {
    const CurveRequest request{key, width, range, mode};
    if (cache)
        cache->series.beginRead();
    // Which runs have the metric and what their curves show besides points: a few queries for
    // all runs, on the connection the first thread then reads with.
    Result<store::Database> first = takeConnection(dbPath);
    if (!first)
        return std::unexpected(std::move(first.error()));
    QList<qint64> runIds;
    runIds.reserve(runs.size());
    for (const auto &run : runs)
        runIds.append(run.first);
    QHash<qint64, qint64> seriesIds;
    {
        tracking::SeriesReader reader(*first);
        MLWB_ASSIGN_OR_RETURN(seriesIds, reader.seriesIds(runIds, key));
    }
    runIds.removeIf([&](qint64 id) { return !seriesIds.contains(id); });
    // Relative time needs each run's start before its points; otherwise what the curves show
    // besides points is read by the first thread while the others read points.
    using Infos = QHash<qint64, RunCurveInfo>;
    const bool startsFirst = mode == XMode::RelativeTime;
    Infos infos;
    if (startsFirst) {
        MLWB_ASSIGN_OR_RETURN(infos, readRunInfos(*first, runIds, cache));
    }

    // Each thread reads with its own connection, in one read transaction; runs are handed out
    // one at a time.
    std::vector<std::optional<RunCurve>> read(size_t(runs.size()));
    std::atomic<qsizetype> next = 0;
    std::atomic<bool> failed = false;
    std::mutex errorMutex;
    std::optional<Error> error;
    const auto fail = [&](Error e) {
        const std::lock_guard lock(errorMutex);
        if (!error)
            error = std::move(e);
        failed = true;
    };
    const auto work = [&](int worker) {
        Result<store::Database> db = worker == 0 ? std::move(first) : takeConnection(dbPath);
        if (!db) {
            fail(std::move(db.error()));
            return;
        }
        if (worker == 0 && !startsFirst) {
            Result<Infos> read = readRunInfos(*db, runIds, cache);
            if (!read) {
                fail(std::move(read.error()));
                return;
            }
            infos = std::move(*read);
        }
        if (Status begun = db->exec(QStringLiteral("BEGIN")); !begun) {
            fail(std::move(begun.error()));
            return;
        }
        {
            tracking::SeriesReader reader(*db, cache ? &cache->series : nullptr);
            for (qsizetype i = next++; i < runs.size() && !failed; i = next++) {
                const qint64 runId = runs[i].first;
                const auto series = seriesIds.constFind(runId);
                if (series == seriesIds.cend())
                    continue;
                Result<RunCurve> curve =
                    readCurve(reader, *series, runId, runs[i].second,
                              startsFirst ? infos.value(runId) : RunCurveInfo{}, request);
                if (!curve) {
                    fail(std::move(curve.error()));
                    break;
                }
                read[size_t(i)] = std::move(*curve);
            }
        }
        // A read transaction ends the same whether committed or not.
        if (db->exec(QStringLiteral("COMMIT")))
            keepConnection(dbPath, std::move(*db));
    };
    const int threads = int(std::clamp<qsizetype>(
        std::min<qsizetype>(QThread::idealThreadCount(),
                            (runIds.size() + kRunsPerThread - 1) / kRunsPerThread),
        1, kMaxThreads));
    std::latch done(threads - 1);
    for (int k = 1; k < threads; ++k) {
        chartThreads(ChartWork::ReadPart).start([&work, &done, k] {
            work(k);
            done.count_down();
        });
    }
    work(0);
    done.wait();
    if (error)
        return std::unexpected(std::move(*error));
    QList<RunCurve> curves;
    curves.reserve(runs.size());
    for (std::optional<RunCurve> &c : read) {
        if (!c)
            continue;
        if (!startsFirst) {
            RunCurveInfo info = infos.value(c->runId);
            c->running = info.running;
            c->params = std::move(info.params);
        }
        curves.append(std::move(*c));
    }
    return curves;
}

QList<QPointF> smoothed(const QList<QPointF> &points, double smoothing) {
    if (smoothing <= 0)
        return points;
    QList<QPointF> out;
    out.reserve(points.size());
    double last = std::nan("");
    for (const QPointF &p : points) {
        if (!std::isfinite(p.y())) {
            out.append(p);
            continue;
        }
        last = std::isfinite(last) ? last * smoothing + p.y() * (1 - smoothing) : p.y();
        out.append(QPointF(p.x(), last));
    }
    return out;
}

} // namespace mlwb::widgets::experiments

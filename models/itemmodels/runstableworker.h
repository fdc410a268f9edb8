#pragma once

#include "core/error.h"
#include "runcolumns.h"
#include "store/database.h"

#include <QObject>
#include <QSet>

#include <atomic>
#include <optional>

namespace mlwb::tracking {
struct RunQuery;
}

namespace mlwb::itemmodels {

// The answer to one filter/sort (or live refresh) of the runs table. A new filter or sort is
// answered twice when it matches more than the first rows: those rows with the count (read in
// a few milliseconds through the sort key's index), then every id.
struct RunIdsResult {
    enum class Part {
        All,   // every id
        First, // the first ids of `total`; the rest follows
        Rest,  // every id, after First
    };
    quint64 generation = 0;
    bool refresh = false; // a live re-read: apply without reset
    Part part = Part::All;
    qsizetype total = 0; // runs matched
    QList<qint64> ids;   // in display order
    QStringList paramKeys;
    QStringList metricKeys;
    QStringList tagKeys;
    // Re-read rows (running, just finished and new runs), or the rows of the first ids.
    QList<RunRow> rows;
};

// Runs on the runs table's worker thread with its own connection: queries,
// page loads and live re-reads, in the order they were asked for.
class RunsTableWorker : public QObject {
    Q_OBJECT
public:
    explicit RunsTableWorker(QString dbPath);

    // `trashed`: the runs in the trash instead of the live ones. Unless `refresh`, the first
    // `firstRows` ids come first with their rows, then every id (skipped if superseded).
    void query(quint64 generation, const QString &filter, const QString &sort, bool trashed,
               bool refresh, const QList<qint64> &reread, int firstRows);
    // Called from any thread: queries older than this are not finished.
    void supersede(quint64 generation) { m_latest.store(generation); }
    void load(quint64 generation, int page, const QList<qint64> &ids, bool trashed);

Q_SIGNALS:
    void queried(const mlwb::itemmodels::RunIdsResult &result);
    void loaded(quint64 generation, int page, const QList<mlwb::itemmodels::RunRow> &rows);
    void failed(quint64 generation, const mlwb::Error &error);

private:
    Result<store::Database *> database();
    Result<RunIdsResult> runQuery(const QString &filter, const QString &sort, bool trashed,
                                  bool refresh, const QList<qint64> &reread);
    Result<RunIdsResult> firstIds(const tracking::RunQuery &query, int firstRows);
    // Stops early, setting `superseded`, once a newer query is asked for.
    Result<RunIdsResult> allIds(const tracking::RunQuery &query, quint64 generation,
                                bool *superseded);
    Status readKeys(RunIdsResult &result);

    QString m_path;
    std::optional<store::Database> m_db;
    QSet<qint64> m_lastIds; // of the previous query, to find new runs
    std::atomic<quint64> m_latest = 0;
};

} // namespace mlwb::itemmodels

Q_DECLARE_METATYPE(mlwb::itemmodels::RunIdsResult)

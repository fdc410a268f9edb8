#pragma once

#include "core/error.h"
#include "runcolumns.h"
#include "store/database.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace mlwb::itemmodels {

// The answer to one filter/sort (or live refresh) of the runs table.
struct RunIdsResult {
    quint64 generation = 0;
    bool refresh = false; // a live re-read: apply without reset
    QList<qint64> ids;    // in display order
    QStringList paramKeys;
    QStringList metricKeys;
    QStringList tagKeys;
    QList<RunRow> rows; // re-read rows: running, just finished and new runs
};

// Runs on the runs table's worker thread with its own connection: queries,
// page loads and live re-reads, in the order they were asked for.
class RunsTableWorker : public QObject {
    Q_OBJECT
public:
    explicit RunsTableWorker(QString dbPath);

    // `trashed`: the runs in the trash instead of the live ones.
    void query(quint64 generation, const QString &filter, const QString &sort, bool trashed,
               bool refresh, const QList<qint64> &reread);
    void load(quint64 generation, int page, const QList<qint64> &ids, bool trashed);

Q_SIGNALS:
    void queried(const mlwb::itemmodels::RunIdsResult &result);
    void loaded(quint64 generation, int page, const QList<mlwb::itemmodels::RunRow> &rows);
    void failed(quint64 generation, const mlwb::Error &error);

private:
    Result<store::Database *> database();
    Result<RunIdsResult> runQuery(const QString &filter, const QString &sort, bool trashed,
                                  bool refresh, const QList<qint64> &reread);

    QString m_path;
    std::optional<store::Database> m_db;
    QSet<qint64> m_lastIds; // of the previous query, to find new runs
};

} // namespace mlwb::itemmodels

Q_DECLARE_METATYPE(mlwb::itemmodels::RunIdsResult)

#pragma once

#include "core/error.h"
#include "runcolumns.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <memory>

namespace mlwb::itemmodels {

class DataVersionWatcher;
class RunsTableWorker;
struct RunIdsResult;

// All runs of a project that match a query, in query order. The model holds
// only the ordered ids; rows are read in pages around what the view asks for,
// on a worker thread with its own connection. Results carry the generation of
// the filter/sort they answer, so stale ones are dropped. A new filter or sort
// shows its first page and the full count at once; the ids of the rows below
// follow (runIdAt() is 0 for them until then). With live updates
// on, commits by other connections insert new runs and refresh running ones
// without a reset.
class RunsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    enum Role {
        RunIdRole = Qt::UserRole + 1, // qint64
        RunUuidRole,
        StatusRole,    // tracking::RunStatus as int
        CellValueRole, // numbers as numbers, for sorting and charts
        LoadedRole,    // false while the row is being read
        ColumnIdRole,  // header: RunColumn::id()
    };

    struct SortKey {
        QString key; // query language operand, e.g. "metrics.loss@min"
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    explicit RunsTableModel(QObject *parent = nullptr);
    ~RunsTableModel() override;

    // Opens a project database (its path, e.g. ProjectPaths::database()); an
    // empty path closes it. Reading starts at once, in the background.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }
    // Live updates follow this watcher of the same database (not owned; its
    // owner shares it with other views). Without one the model stays as read.
    void setDataVersionWatcher(DataVersionWatcher *watcher);
    void setLiveUpdates(bool on);
    bool liveUpdates() const { return m_live; }

    // Checks the filter at once (an error names its column) and re-queries in
    // the background; the rows change when queryFinished() is emitted.
    Status setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    Status setSort(const QList<SortKey> &keys);
    QList<SortKey> sortKeys() const { return m_sort; }
    // The sort as the query language writes it: "metrics.loss asc, start_time desc".
    QString sortText() const;
    // Shows the runs in the trash instead of the live ones.
    void setShowTrashed(bool trashed);
    bool showsTrashed() const { return m_trashed; }
    // Re-reads these rows (after an edit made elsewhere in the application).
    void reloadRuns(const QList<qint64> &runIds);
    void refresh();

    // Every column the data offers, and which of them are shown.
    QList<RunColumn> availableColumns() const;
    QList<RunColumn> visibleColumns() const;
    bool isColumnVisible(const QString &columnId) const;
    void setColumnVisible(const QString &columnId, bool visible);
    RunColumn columnAt(int column) const;

    // Keys seen in the project at the last query, for completion and charts.
    QStringList paramKeys() const { return m_paramKeys; }
    QStringList metricKeys() const { return m_metricKeys; }
    QStringList tagKeys() const { return m_tagKeys; }

    qint64 runIdAt(int row) const;
    int rowOfRun(qint64 runId) const;       // -1 if not in the current result
    const RunRow *cachedRow(int row) const; // nullptr until read
    bool isBusy() const { return m_busy; }
    // Every row's run id is known (false briefly after a new filter or sort).
    bool hasAllIds() const { return !m_restPending; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void queryFinished();
    void busyChanged(bool busy);
    void errorOccurred(const mlwb::Error &error);
    // Rows of these runs were re-read (live update or reload).
    void runsUpdated(const QList<qint64> &runIds);
    // The ids of every row are known now: after queryFinished(), at once or a moment later.
    void allIdsKnown();

private:
    void startWorker();
    void stopWorker();
    void requery(bool refresh);
    void requestPage(int page) const;
    void onQueried(const RunIdsResult &result);
    void onLoaded(quint64 generation, int page, const QList<RunRow> &rows);
    void onFailed(quint64 generation, const Error &error);
    void onDataChanged();
    void applyColumns(const QStringList &paramKeys, const QStringList &metricKeys);
    void applyIds(const QList<qint64> &ids, bool keepLayout);
    void applyRestIds(const QList<qint64> &ids);
    void dropUnknownRows();
    void finishQuery();
    void storeRows(const QList<RunRow> &rows);
    void setBusy(bool busy);
    void connectWatcher();

    QString m_path;
    QString m_filter;
    QList<SortKey> m_sort;
    bool m_live = true;
    bool m_trashed = false;

    QThread m_thread;
    RunsTableWorker *m_worker = nullptr; // lives on m_thread
    QPointer<DataVersionWatcher> m_watcher;
    QMetaObject::Connection m_watchConnection;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_refreshPending = false;
    bool m_queryInFlight = false;
    bool m_restPending = false; // rows from m_knownIds on have no id yet (0)
    qsizetype m_knownIds = 0;

    QStringList m_paramKeys;
    QStringList m_metricKeys;
    QStringList m_tagKeys;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, RunRow> m_rows;
    mutable QSet<int> m_pagesRequested;
    mutable QSet<int> m_pagesDeferred; // asked for before their ids were known

    QHash<QString, RunColumn> m_columnsById;
    QStringList m_availableIds;
    QStringList m_visibleIds;
    QHash<QString, bool> m_visibility; // the user's choices over the defaults
};

} // namespace mlwb::itemmodels

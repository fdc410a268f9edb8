#pragma once

#include "core/error.h"
#include "runcolumns.h"
#include "rungroups.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QThreadPool>

namespace mlwb::itemmodels {

class DataVersionWatcher;

// The runs a query matches, grouped by experiment or by a param's value: one
// row per group ("label (count)"), its runs as children. Groups and counts come
// from a SQL GROUP BY; a group's runs are read in pages when it is expanded
// (fetchMore), so a project with 100k runs costs a few rows until then. Work
// runs on a thread of its own; answers to an older query are dropped. With a
// watcher, commits elsewhere update counts, groups and the runs read so far in
// place, so expanded groups and selections stay.
class RunGroupsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    // Run rows also answer RunsTableModel's StatusRole, LoadedRole and (header)
    // ColumnIdRole, so one delegate draws both views.
    enum Role { RunIdRole = Qt::UserRole + 1, GroupCountRole = Qt::UserRole + 100 };

    explicit RunGroupsModel(QObject *parent = nullptr);
    ~RunGroupsModel() override;

    void setDatabasePath(const QString &path);
    // groupBy: "experiment" or "params.<key>"; empty shows nothing. The same query
    // again (after an edit) updates in place, so expanded groups stay open.
    void setQuery(const QString &filter, const QString &sort, bool trashed, const QString &groupBy);
    void setColumns(const QList<RunColumn> &columns);
    QList<RunColumn> columns() const { return m_columns; }
    void refresh();
    // Follows this watcher of the same database (not owned).
    void setDataVersionWatcher(DataVersionWatcher *watcher);
    QList<RunGroup> groups() const;
    qint64 runIdAt(const QModelIndex &index) const; // 0 for a group row
    const RunRow *cachedRun(qint64 runId) const;    // nullptr unless read
    bool isBusy() const { return m_busy; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void groupsLoaded();
    void groupFetched(int group);
    // A live update was applied (counts and the runs read so far are current).
    void groupsUpdated();
    void errorOccurred(const mlwb::Error &error);

private:
    struct Group {
        RunGroup group;
        QList<RunRow> runs;
        bool fetching = false;
        quintptr uid = 0; // children's internal id: stays while groups come and go
    };
    int groupRow(quintptr uid) const { return m_groupRow.value(uid, -1); }
    void indexGroups();
    void onGroups(quint64 generation, const Result<QList<RunGroup>> &groups);
    void onMembers(quint64 generation, int group, const Result<QList<RunRow>> &rows);
    struct LiveUpdate;
    void startLiveUpdate();
    void onLiveUpdate(quint64 generation, const Result<LiveUpdate> &update);
    void syncMembers(int group, const QList<RunRow> &rows);

    QString m_path;
    QString m_filter;
    QString m_sort;
    bool m_trashed = false;
    QString m_groupBy;
    QList<RunColumn> m_columns;
    QList<Group> m_groups;
    QHash<quintptr, int> m_groupRow;
    quintptr m_nextUid = 1;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_livePending = false;
    bool m_liveInFlight = false;
    QPointer<DataVersionWatcher> m_watcher;
    QMetaObject::Connection m_watchConnection;
    QThreadPool m_pool;
};

} // namespace mlwb::itemmodels

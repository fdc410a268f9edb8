#pragma once

#include "core/error.h"
#include "runcolumns.h"
#include "rungroups.h"

#include <QAbstractItemModel>
#include <QThreadPool>

namespace mlwb::itemmodels {

// The runs a query matches, grouped by experiment or by a param's value: one
// row per group ("label (count)"), its runs as children. Groups and counts come
// from a SQL GROUP BY; a group's runs are read in pages when it is expanded
// (fetchMore), so a project with 100k runs costs a few rows until then. Work
// runs on a thread of its own; answers to an older query are dropped.
class RunGroupsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Role { RunIdRole = Qt::UserRole + 1, GroupCountRole };

    explicit RunGroupsModel(QObject *parent = nullptr);
    ~RunGroupsModel() override;

    void setDatabasePath(const QString &path);
    // groupBy: "experiment" or "params.<key>"; empty shows nothing.
    void setQuery(const QString &filter, const QString &sort, bool trashed, const QString &groupBy);
    void setColumns(const QList<RunColumn> &columns);
    QList<RunColumn> columns() const { return m_columns; }
    void refresh();
    QList<RunGroup> groups() const;
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
    void errorOccurred(const mlwb::Error &error);

private:
    struct Group {
        RunGroup group;
        QList<RunRow> runs;
        bool fetching = false;
    };
    void onGroups(quint64 generation, const Result<QList<RunGroup>> &groups);
    void onMembers(quint64 generation, int group, const Result<QList<RunRow>> &rows);

    QString m_path;
    QString m_filter;
    QString m_sort;
    bool m_trashed = false;
    QString m_groupBy;
    QList<RunColumn> m_columns;
    QList<Group> m_groups;
    quint64 m_generation = 0;
    bool m_busy = false;
    QThreadPool m_pool;
};

} // namespace mlwb::itemmodels

#include "rungroupsmodel.h"

#include "dataversionwatcher.h"
#include "listsync.h"
#include "runrowloader.h"
#include "runstablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace mlwb::itemmodels {

namespace {

// Children carry their group's uid as internal id; groups carry 0.
constexpr quintptr kTopLevel = 0;

// Identifies a group across queries; a null value (runs without the param) is its own group.
QString groupKey(const QVariant &value) {
    return value.isNull() ? QStringLiteral("\u0001null") : value.toString();
}

// Whether the items of `current` that remain in `target` keep their order, so
// the change is removals and insertions only.
bool keepsOrder(const QList<QString> &current, const QList<QString> &target) {
    QHash<QString, int> pos;
    for (int i = 0; i < target.size(); ++i)
        pos.insert(target[i], i);
    int last = -1;
    for (const QString &k : current) {
        const int p = pos.value(k, -1);
        if (p < 0)
            continue;
        if (p < last)
            return false;
        last = p;
    }
    return true;
}

Result<tracking::RunQuery> makeQuery(const QString &filter, const QString &sort, bool trashed) {
    MLWB_ASSIGN_OR_RETURN(tracking::RunQuery q, tracking::RunQuery::parse(filter, sort));
    q.trashedOnly = trashed;
    return q;
}

} // namespace

RunGroupsModel::RunGroupsModel(QObject *parent)
    : QAbstractItemModel(parent) {
    m_pool.setMaxThreadCount(1);
}

RunGroupsModel::~RunGroupsModel() {
    m_pool.waitForDone();
}

void RunGroupsModel::setDatabasePath(const QString &path) {
    m_path = path;
    refresh();
}

void RunGroupsModel::setQuery(const QString &filter, const QString &sort, bool trashed,
                              const QString &groupBy) {
    if (filter == m_filter && sort == m_sort && trashed == m_trashed && groupBy == m_groupBy &&
        !m_groups.isEmpty()) {
        startLiveUpdate(); // the same query read again: groups stay open
        return;
    }
    m_filter = filter;
    m_sort = sort;
    m_trashed = trashed;
    m_groupBy = groupBy;
    refresh();
}

void RunGroupsModel::setColumns(const QList<RunColumn> &columns) {
    if (columns == m_columns)
        return;
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

QList<RunGroup> RunGroupsModel::groups() const {
    QList<RunGroup> out;
    for (const Group &g : m_groups)
        out.append(g.group);
    return out;
}

void RunGroupsModel::indexGroups() {
    m_groupRow.clear();
    for (int r = 0; r < m_groups.size(); ++r)
        m_groupRow.insert(m_groups[r].uid, r);
}

qint64 RunGroupsModel::runIdAt(const QModelIndex &index) const {
    return index.isValid() && index.internalId() != kTopLevel ? data(index, RunIdRole).toLongLong()
                                                              : 0;
}

const RunRow *RunGroupsModel::cachedRun(qint64 runId) const {
    for (const Group &g : m_groups) {
        for (const RunRow &r : g.runs) {
            if (r.id == runId)
                return &r;
        }
    }
    return nullptr;
}

void RunGroupsModel::refresh() {
    ++m_generation;
    m_liveInFlight = false;
    m_livePending = false;
    beginResetModel();
    m_groups.clear();
    m_groupRow.clear();
    endResetModel();
    if (m_path.isEmpty() || m_groupBy.isEmpty())
        return;
    m_busy = true;
    m_pool.start([this, gen = m_generation, path = m_path, filter = m_filter, sort = m_sort,
                  trashed = m_trashed, groupBy = m_groupBy] {
        Result<QList<RunGroup>> r = [&]() -> Result<QList<RunGroup>> {
            MLWB_ASSIGN_OR_RETURN(store::Database db,
                                  store::Database::open(path, store::Database::Mode::ReadOnly));
            MLWB_ASSIGN_OR_RETURN(const tracking::RunQuery q, makeQuery(filter, sort, trashed));
            return groupRuns(db, q, groupBy);
        }();
        // The destructor waits for this task, so `this` outlives it.
        QMetaObject::invokeMethod(
            this, [this, gen, r] { onGroups(gen, r); }, Qt::QueuedConnection);
    });
}

void RunGroupsModel::onGroups(quint64 generation, const Result<QList<RunGroup>> &groups) {
    if (generation != m_generation)
        return;
    m_busy = false;
    if (!groups) {
        Q_EMIT errorOccurred(groups.error());
        return;
    }
    if (!groups->isEmpty()) {
        beginInsertRows({}, 0, int(groups->size()) - 1);
        for (const RunGroup &g : *groups)
            m_groups.append(Group{g, {}, false, m_nextUid++});
        indexGroups();
        endInsertRows();
    }
    Q_EMIT groupsLoaded();
    if (m_livePending)
        startLiveUpdate();
}

bool RunGroupsModel::canFetchMore(const QModelIndex &parent) const {
    if (!parent.isValid() || parent.internalId() != kTopLevel)
        return false;
    const Group &g = m_groups.at(parent.row());
    return !g.fetching && g.runs.size() < g.group.count;
}

void RunGroupsModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    const int row = parent.row();
    Group &g = m_groups[row];
    g.fetching = true;
    m_pool.start([this, gen = m_generation, row, path = m_path, filter = m_filter, sort = m_sort,
                  trashed = m_trashed, groupBy = m_groupBy, value = g.group.value,
                  offset = int(g.runs.size())] {
        Result<QList<RunRow>> r = [&]() -> Result<QList<RunRow>> {
            MLWB_ASSIGN_OR_RETURN(store::Database db,
                                  store::Database::open(path, store::Database::Mode::ReadOnly));
            MLWB_ASSIGN_OR_RETURN(const tracking::RunQuery q, makeQuery(filter, sort, trashed));
            MLWB_ASSIGN_OR_RETURN(const QList<qint64> ids,
                                  groupMembers(db, q, groupBy, value, offset, kPageSize));
            return loadRunRows(db, ids, trashed);
        }();
        QMetaObject::invokeMethod(
            this, [this, gen, row, r] { onMembers(gen, row, r); }, Qt::QueuedConnection);
    });
}

void RunGroupsModel::onMembers(quint64 generation, int group, const Result<QList<RunRow>> &rows) {
    if (generation != m_generation || group >= m_groups.size())
        return;
    Group &g = m_groups[group];
    if (!rows) {
        g.fetching = false;
        Q_EMIT errorOccurred(rows.error());
        return;
    }
    if (rows->isEmpty()) {
        g.fetching = false;
        g.group.count = g.runs.size(); // runs left the group since it was counted
        return;
    }
    // A live update may have read some of these already.
    QSet<qint64> have;
    for (const RunRow &r : std::as_const(g.runs))
        have.insert(r.id);
    QList<RunRow> fresh;
    for (const RunRow &r : *rows) {
        if (!have.contains(r.id))
            fresh.append(r);
    }
    if (fresh.isEmpty()) {
        g.fetching = false;
        return;
    }
    // Still marked as fetching while views react to the insertion, so that
    // none of them asks for the same page again.
    const int first = int(g.runs.size());
    beginInsertRows(index(group, 0), first, first + int(fresh.size()) - 1);
    g.runs.append(fresh);
    endInsertRows();
    m_groups[group].fetching = false;
    Q_EMIT groupFetched(group);
}

struct RunGroupsModel::LiveUpdate {
    QList<RunGroup> groups;
    QList<QString> loadedKeys; // groups whose runs were read, and those runs now
    QList<QList<RunRow>> members;
};

void RunGroupsModel::setDataVersionWatcher(DataVersionWatcher *watcher) {
    disconnect(m_watchConnection);
    m_watcher = watcher;
    if (watcher)
        m_watchConnection =
            connect(watcher, &DataVersionWatcher::changed, this, &RunGroupsModel::startLiveUpdate);
}

void RunGroupsModel::startLiveUpdate() {
    if (m_path.isEmpty() || m_groupBy.isEmpty())
        return;
    if (m_busy || m_liveInFlight) {
        m_livePending = true; // one more round once the current answer is in
        return;
    }
    m_liveInFlight = true;
    m_livePending = false;
    QList<std::pair<QVariant, int>> loaded;
    for (const Group &g : std::as_const(m_groups)) {
        if (!g.runs.isEmpty())
            loaded.append({g.group.value, int(g.runs.size())});
    }
    m_pool.start([this, gen = m_generation, path = m_path, filter = m_filter, sort = m_sort,
                  trashed = m_trashed, groupBy = m_groupBy, loaded] {
        Result<LiveUpdate> r = [&]() -> Result<LiveUpdate> {
            MLWB_ASSIGN_OR_RETURN(store::Database db,
                                  store::Database::open(path, store::Database::Mode::ReadOnly));
            MLWB_ASSIGN_OR_RETURN(const tracking::RunQuery q, makeQuery(filter, sort, trashed));
            LiveUpdate u;
            MLWB_ASSIGN_OR_RETURN(u.groups, groupRuns(db, q, groupBy));
            for (const auto &[value, count] : loaded) {
                MLWB_ASSIGN_OR_RETURN(const QList<qint64> ids,
                                      groupMembers(db, q, groupBy, value, 0, count));
                MLWB_ASSIGN_OR_RETURN(QList<RunRow> rows, loadRunRows(db, ids, trashed));
                u.loadedKeys.append(groupKey(value));
                u.members.append(std::move(rows));
            }
            return u;
        }();
        QMetaObject::invokeMethod(
            this, [this, gen, r] { onLiveUpdate(gen, r); }, Qt::QueuedConnection);
    });
}

void RunGroupsModel::onLiveUpdate(quint64 generation, const Result<LiveUpdate> &update) {
    if (generation != m_generation)
        return;
    m_liveInFlight = false;
    if (!update) {
        Q_EMIT errorOccurred(update.error());
        return;
    }
    QList<QString> current;
    QList<QString> target;
    for (const Group &g : std::as_const(m_groups))
        current.append(groupKey(g.group.value));
    for (const RunGroup &g : update->groups)
        target.append(groupKey(g.value));
    if (!keepsOrder(current, target)) {
        refresh(); // groups sorted anew (rare): read them again
        return;
    }
    ListSyncOps ops;
    ops.beginRemove = [this](int first, int last) {
        beginRemoveRows({}, first, last);
        m_groups.remove(first, last - first + 1);
        indexGroups();
    };
    ops.endRemove = [this] { endRemoveRows(); };
    ops.beginInsert = [this](int first, int last) {
        beginInsertRows({}, first, last);
        for (int i = first; i <= last; ++i)
            m_groups.insert(i, Group{{}, {}, false, m_nextUid++});
        indexGroups();
    };
    ops.endInsert = [this] { endInsertRows(); };
    ops.beginReorder = [] {};
    ops.endReorder = [](const QList<int> &) {};
    syncList(current, target, ops);
    for (int r = 0; r < m_groups.size(); ++r)
        m_groups[r].group = update->groups.at(r);
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0));
    for (int i = 0; i < update->loadedKeys.size(); ++i) {
        const qsizetype row = target.indexOf(update->loadedKeys.at(i));
        if (row >= 0 && !m_groups.at(row).fetching)
            syncMembers(int(row), update->members.at(i));
    }
    Q_EMIT groupsUpdated();
    if (m_livePending)
        startLiveUpdate();
}

void RunGroupsModel::syncMembers(int group, const QList<RunRow> &rows) {
    const QModelIndex parent = index(group, 0);
    QList<qint64> current;
    QList<qint64> target;
    for (const RunRow &r : std::as_const(m_groups.at(group).runs))
        current.append(r.id);
    for (const RunRow &r : rows)
        target.append(r.id);
    if (current != target) {
        QList<QString> cur;
        QList<QString> tgt;
        for (qint64 id : current)
            cur.append(QString::number(id));
        for (qint64 id : target)
            tgt.append(QString::number(id));
        if (!keepsOrder(cur, tgt) && !current.isEmpty()) {
            beginRemoveRows(parent, 0, int(current.size()) - 1);
            m_groups[group].runs.clear();
            endRemoveRows();
            current.clear();
        }
        ListSyncOps ops;
        ops.beginRemove = [&](int first, int last) {
            beginRemoveRows(parent, first, last);
            m_groups[group].runs.remove(first, last - first + 1);
        };
        ops.endRemove = [this] { endRemoveRows(); };
        ops.beginInsert = [&](int first, int last) {
            beginInsertRows(parent, first, last);
            m_groups[group].runs.insert(first, last - first + 1, RunRow{});
        };
        ops.endInsert = [this] { endInsertRows(); };
        ops.beginReorder = [] {};
        ops.endReorder = [](const QList<int> &) {};
        syncList(current, target, ops);
    }
    m_groups[group].runs = rows;
    if (!rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parent),
                           index(int(rows.size()) - 1, columnCount() - 1, parent));
}

QModelIndex RunGroupsModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, m_groups.at(parent.row()).uid);
}

QModelIndex RunGroupsModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(groupRow(child.internalId()), 0, kTopLevel);
}

int RunGroupsModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).runs.size());
}

int RunGroupsModel::columnCount(const QModelIndex &) const {
    return qMax(1, int(m_columns.size()));
}

bool RunGroupsModel::hasChildren(const QModelIndex &parent) const {
    if (!parent.isValid())
        return !m_groups.isEmpty();
    return parent.internalId() == kTopLevel && parent.column() == 0 &&
           m_groups.at(parent.row()).group.count > 0;
}

QVariant RunGroupsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == RunsTableModel::LoadedRole)
        return true;
    if (index.internalId() == kTopLevel) {
        const RunGroup &g = m_groups.at(index.row()).group;
        if (role == GroupCountRole)
            return g.count;
        if (role == Qt::DisplayRole && index.column() == 0)
            return QCoreApplication::translate("mlwb", "%1 (%2)").arg(g.label).arg(g.count);
        return {};
    }
    const RunRow &row = m_groups.at(groupRow(index.internalId())).runs.at(index.row());
    if (role == RunIdRole)
        return row.id;
    if (role == RunsTableModel::StatusRole)
        return int(row.status);
    if (index.column() >= m_columns.size())
        return {};
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return cellText(row, m_columns.at(index.column()), now);
    return {};
}

QVariant RunGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section).title();
    if (orientation == Qt::Horizontal && role == RunsTableModel::ColumnIdRole &&
        section < m_columns.size())
        return m_columns.at(section).id();
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace mlwb::itemmodels

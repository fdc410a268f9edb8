#include "rungroupsmodel.h"

#include "runrowloader.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mlwb::itemmodels {

namespace {

// Children carry their group's row + 1 as internal id; groups carry 0.
constexpr quintptr kTopLevel = 0;

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
    m_filter = filter;
    m_sort = sort;
    m_trashed = trashed;
    m_groupBy = groupBy;
    refresh();
}

void RunGroupsModel::setColumns(const QList<RunColumn> &columns) {
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

void RunGroupsModel::refresh() {
    ++m_generation;
    beginResetModel();
    m_groups.clear();
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
            m_groups.append(Group{g, {}, false});
        endInsertRows();
    }
    Q_EMIT groupsLoaded();
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
    // Still marked as fetching while views react to the insertion, so that
    // none of them asks for the same page again.
    const int first = int(g.runs.size());
    beginInsertRows(index(group, 0), first, first + int(rows->size()) - 1);
    g.runs.append(*rows);
    endInsertRows();
    m_groups[group].fetching = false;
    Q_EMIT groupFetched(group);
}

QModelIndex RunGroupsModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RunGroupsModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
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
    if (index.internalId() == kTopLevel) {
        const RunGroup &g = m_groups.at(index.row()).group;
        if (role == GroupCountRole)
            return g.count;
        if (role == Qt::DisplayRole && index.column() == 0)
            return QCoreApplication::translate("mlwb", "%1 (%2)").arg(g.label).arg(g.count);
        return {};
    }
    const RunRow &row = m_groups.at(int(index.internalId() - 1)).runs.at(index.row());
    if (role == RunIdRole)
        return row.id;
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
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace mlwb::itemmodels

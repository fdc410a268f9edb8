#include "runstablemodel.h"

#include "dataversionwatcher.h"
#include "listsync.h"
#include "runstableworker.h"
#include "tracking/query/runquery.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace mlwb::itemmodels {

namespace {

double nowSeconds() {
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace

RunsTableModel::RunsTableModel(QObject *parent)
    : QAbstractTableModel(parent) {
    qRegisterMetaType<RunIdsResult>();
    qRegisterMetaType<QList<RunRow>>();
    qRegisterMetaType<Error>();
    m_thread.setObjectName(QStringLiteral("mlwb runs table"));
    applyColumns({}, {});
}

RunsTableModel::~RunsTableModel() {
    stopWorker();
}

void RunsTableModel::startWorker() {
    m_worker = new RunsTableWorker(m_path);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunsTableWorker::queried, this, &RunsTableModel::onQueried);
    connect(m_worker, &RunsTableWorker::loaded, this, &RunsTableModel::onLoaded);
    connect(m_worker, &RunsTableWorker::failed, this, &RunsTableModel::onFailed);
    m_thread.start();
}

void RunsTableModel::stopWorker() {
    if (!m_worker)
        return;
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void RunsTableModel::setDatabasePath(const QString &path) {
    stopWorker();
    ++m_generation;
    m_path = path;
    m_queryInFlight = false;
    m_refreshPending = false;
    m_restPending = false;
    m_pagesDeferred.clear();
    beginResetModel();
    m_ids.clear();
    m_rowOf.clear();
    m_rows.clear();
    m_pagesRequested.clear();
    endResetModel();
    if (m_path.isEmpty()) {
        setBusy(false);
        return;
    }
    startWorker();
    requery(false);
}

void RunsTableModel::setLiveUpdates(bool on) {
    if (m_live == on)
        return;
    m_live = on;
    connectWatcher();
    if (on)
        requery(true); // catches up with what changed while paused
}

void RunsTableModel::setDataVersionWatcher(DataVersionWatcher *watcher) {
    m_watcher = watcher;
    connectWatcher();
}

void RunsTableModel::connectWatcher() {
    disconnect(m_watchConnection);
    if (m_live && m_watcher)
        m_watchConnection =
            connect(m_watcher, &DataVersionWatcher::changed, this, &RunsTableModel::onDataChanged);
}

QString RunsTableModel::sortText() const {
    QStringList parts;
    for (const SortKey &k : m_sort)
        parts.append(k.key + (k.order == Qt::DescendingOrder ? QStringLiteral(" desc")
                                                             : QStringLiteral(" asc")));
    return parts.join(QStringLiteral(", "));
}

Status RunsTableModel::setFilter(const QString &filter) {
    MLWB_TRY(tracking::RunQuery::parse(filter, sortText()));
    m_filter = filter;
    requery(false);
    return {};
}

Status RunsTableModel::setSort(const QList<SortKey> &keys) {
    const QList<SortKey> old = m_sort;
    m_sort = keys;
    if (auto r = tracking::RunQuery::parse(m_filter, sortText()); !r) {
        m_sort = old;
        return std::unexpected(r.error());
    }
    requery(false);
    return {};
}

void RunsTableModel::sort(int column, Qt::SortOrder order) {
    const QString key = columnAt(column).sortKey();
    if (!key.isEmpty())
        (void)setSort({{key, order}});
}

void RunsTableModel::setShowTrashed(bool trashed) {
    if (m_trashed == trashed)
        return;
    m_trashed = trashed;
    // Rows of the other set must not linger: the ids differ, but a run can move between them.
    m_rows.clear();
    requery(false);
}

void RunsTableModel::refresh() {
    m_rows.clear();
    m_pagesRequested.clear();
    requery(false);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RunsTableModel::requery(bool refresh) {
    if (!m_worker)
        return;
    if (refresh && m_queryInFlight) {
        m_refreshPending = true;
        return;
    }
    if (!refresh) {
        ++m_generation;
        m_worker->supersede(m_generation);
        m_pagesRequested.clear();
        m_pagesDeferred.clear();
        m_refreshPending = false;
    }
    QList<qint64> reread;
    for (const RunRow &row : std::as_const(m_rows)) {
        if (row.status == tracking::RunStatus::Running)
            reread.append(row.id);
    }
    m_queryInFlight = true;
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, gen = m_generation, filter = m_filter, sort = sortText(),
         trashed = m_trashed, refresh,
         reread] { w->query(gen, filter, sort, trashed, refresh, reread, kPageSize); },
        Qt::QueuedConnection);
}

void RunsTableModel::reloadRuns(const QList<qint64> &runIds) {
    if (!m_worker || runIds.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, gen = m_generation, runIds, trashed = m_trashed] {
            w->load(gen, -1, runIds, trashed);
        },
        Qt::QueuedConnection);
}

void RunsTableModel::onDataChanged() {
    requery(true);
}

void RunsTableModel::requestPage(int page) const {
    if (!m_worker || m_pagesRequested.contains(page))
        return;
    if (m_restPending && qsizetype(page + 1) * kPageSize > m_knownIds) {
        m_pagesDeferred.insert(page);
        return;
    }
    m_pagesRequested.insert(page);
    const QList<qint64> ids = m_ids.mid(qsizetype(page) * kPageSize, kPageSize);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, gen = m_generation, page, ids, trashed = m_trashed] {
            w->load(gen, page, ids, trashed);
        },
        Qt::QueuedConnection);
}

void RunsTableModel::onQueried(const RunIdsResult &result) {
    if (result.generation != m_generation)
        return; // answers a filter or sort that has been replaced since
    if (result.part == RunIdsResult::Part::Rest) {
        if (m_restPending)
            applyRestIds(result.ids);
        finishQuery();
        return;
    }
    m_paramKeys = result.paramKeys;
    m_metricKeys = result.metricKeys;
    m_tagKeys = result.tagKeys;
    applyColumns(result.paramKeys, result.metricKeys);
    if (result.part == RunIdsResult::Part::First) {
        // The scroll bar shows every match at once; rows past the first ones wait for their ids.
        QList<qint64> ids = result.ids;
        ids.resize(qMax(result.total, ids.size()), 0);
        applyIds(ids, false);
        m_restPending = true;
        m_knownIds = result.ids.size();
    } else {
        m_restPending = false;
        applyIds(result.ids, result.refresh);
    }
    // The first rows come read with the ids; if they are the whole first page, it is not asked
    // for again.
    if (!result.refresh && result.rows.size() >= qMin<qsizetype>(kPageSize, result.ids.size()))
        m_pagesRequested.insert(0);
    storeRows(result.rows);
    setBusy(false);
    if (!result.refresh)
        Q_EMIT queryFinished();
    if (!m_restPending)
        finishQuery();
}

void RunsTableModel::finishQuery() {
    m_queryInFlight = false;
    if (!m_restPending)
        Q_EMIT allIdsKnown();
    if (m_refreshPending) {
        m_refreshPending = false;
        requery(true);
    }
}

void RunsTableModel::applyRestIds(const QList<qint64> &ids) {
    m_restPending = false;
    const QSet<int> deferred = std::exchange(m_pagesDeferred, {});
    const qsizetype known = m_knownIds;
    if (ids.size() == m_ids.size() &&
        std::equal(m_ids.cbegin(), m_ids.cbegin() + known, ids.cbegin(), ids.cbegin() + known)) {
        // The usual case: the rows shown stay; those below get their ids.
        m_ids = ids;
        for (qsizetype i = known; i < ids.size(); ++i)
            m_rowOf.insert(ids[i], int(i));
        if (known < ids.size() && columnCount() > 0)
            Q_EMIT dataChanged(index(int(known), 0), index(int(ids.size()) - 1, columnCount() - 1));
    } else {
        applyIds(ids, false); // the data changed in between
    }
    for (const int page : deferred)
        requestPage(page);
}

void RunsTableModel::dropUnknownRows() {
    m_restPending = false;
    m_pagesDeferred.clear();
    if (m_knownIds >= m_ids.size())
        return;
    beginRemoveRows({}, int(m_knownIds), int(m_ids.size()) - 1);
    m_ids.resize(m_knownIds);
    endRemoveRows();
}

void RunsTableModel::onLoaded(quint64 generation, int page, const QList<RunRow> &rows) {
    if (generation != m_generation && page >= 0)
        return;
    storeRows(rows);
}

void RunsTableModel::onFailed(quint64 generation, const Error &error) {
    if (generation != m_generation)
        return;
    if (m_restPending)
        dropUnknownRows();
    m_queryInFlight = false;
    m_refreshPending = false;
    setBusy(false);
    Q_EMIT errorOccurred(error);
}

void RunsTableModel::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void RunsTableModel::storeRows(const QList<RunRow> &rows) {
    if (rows.isEmpty())
        return;
    QList<int> changed;
    QList<qint64> ids;
    for (const RunRow &row : rows) {
        ids.append(row.id);
        const int r = m_rowOf.value(row.id, -1);
        if (r < 0)
            continue;
        m_rows.insert(row.id, row);
        changed.append(r);
    }
    std::sort(changed.begin(), changed.end());
    const int lastColumn = columnCount() - 1;
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed[j + 1] == changed[j] + 1)
            ++j;
        if (lastColumn >= 0)
            Q_EMIT dataChanged(index(changed[i], 0), index(changed[j], lastColumn));
        i = j + 1;
    }
    Q_EMIT runsUpdated(ids);
}

void RunsTableModel::applyIds(const QList<qint64> &ids, bool keepLayout) {
    if (!keepLayout) {
        // A new filter or sort: one layout change, not thousands of row groups (each of
        // which costs the views work in proportion to the rows). Runs that stay keep
        // their persistent indexes, so the selection survives; the others drop out.
        Q_EMIT layoutAboutToBeChanged();
        QHash<qint64, int> newRow;
        newRow.reserve(ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            if (ids[i] != 0) // a row whose id is not known yet
                newRow.insert(ids[i], i);
        }
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &i : from) {
            const auto it = newRow.constFind(m_ids.value(i.row()));
            to.append(it == newRow.cend() ? QModelIndex() : index(*it, i.column()));
        }
        m_ids = ids;
        m_rowOf = std::move(newRow);
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged();
        m_pagesRequested.clear();
        m_pagesDeferred.clear();
        return;
    }
    ListSyncOps ops;
    ops.beginRemove = [this](int first, int last) { beginRemoveRows({}, first, last); };
    ops.endRemove = [this] { endRemoveRows(); };
    ops.beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); };
    ops.endInsert = [this] { endInsertRows(); };
    ops.beginReorder = [this] {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    };
    ops.endReorder = [this](const QList<int> &oldToNew) {
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &i : from)
            to.append(index(oldToNew.value(i.row(), i.row()), i.column()));
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    };
    syncList(m_ids, ids, ops);
    m_rowOf.clear();
    m_rowOf.reserve(m_ids.size());
    for (int i = 0; i < m_ids.size(); ++i)
        m_rowOf.insert(m_ids[i], i);
    // Rows keep their data across a re-sort; pages are counted anew.
    m_pagesRequested.clear();
}

void RunsTableModel::applyColumns(const QStringList &paramKeys, const QStringList &metricKeys) {
    const QList<RunColumn> all = runColumns(paramKeys, metricKeys);
    QStringList available;
    for (const RunColumn &c : all) {
        m_columnsById.insert(c.id(), c);
        available.append(c.id());
    }
    m_availableIds = available;
    QStringList visible;
    for (const QString &id : std::as_const(m_availableIds)) {
        if (isColumnVisible(id))
            visible.append(id);
    }
    ListSyncOps ops;
    ops.beginRemove = [this](int first, int last) { beginRemoveColumns({}, first, last); };
    ops.endRemove = [this] { endRemoveColumns(); };
    ops.beginInsert = [this](int first, int last) { beginInsertColumns({}, first, last); };
    ops.endInsert = [this] { endInsertColumns(); };
    ops.beginReorder = [this] { Q_EMIT layoutAboutToBeChanged(); };
    ops.endReorder = [this](const QList<int> &oldToNew) {
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        for (const QModelIndex &i : from)
            to.append(index(i.row(), oldToNew.value(i.column(), i.column())));
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged();
    };
    syncList(m_visibleIds, visible, ops);
    for (auto it = m_columnsById.begin(); it != m_columnsById.end();) {
        if (!m_availableIds.contains(it.key()))
            it = m_columnsById.erase(it);
        else
            ++it;
    }
}

QList<RunColumn> RunsTableModel::availableColumns() const {
    QList<RunColumn> cols;
    for (const QString &id : m_availableIds)
        cols.append(m_columnsById.value(id));
    return cols;
}

QList<RunColumn> RunsTableModel::visibleColumns() const {
    QList<RunColumn> cols;
    for (const QString &id : m_visibleIds)
        cols.append(m_columnsById.value(id));
    return cols;
}

bool RunsTableModel::isColumnVisible(const QString &columnId) const {
    const auto it = m_visibility.constFind(columnId);
    if (it != m_visibility.cend())
        return *it;
    return m_columnsById.value(columnId).visibleByDefault();
}

void RunsTableModel::setColumnVisible(const QString &columnId, bool visible) {
    m_visibility.insert(columnId, visible);
    QStringList params;
    QStringList metrics;
    for (const QString &id : std::as_const(m_availableIds)) {
        const RunColumn c = m_columnsById.value(id);
        if (c.kind == RunColumn::Kind::Param)
            params.append(c.key);
        else if (c.kind == RunColumn::Kind::MetricLast)
            metrics.append(c.key);
    }
    applyColumns(params, metrics);
}

RunColumn RunsTableModel::columnAt(int column) const {
    return m_columnsById.value(m_visibleIds.value(column));
}

qint64 RunsTableModel::runIdAt(int row) const {
    return m_ids.value(row, 0);
}

int RunsTableModel::rowOfRun(qint64 runId) const {
    return m_rowOf.value(runId, -1);
}

const RunRow *RunsTableModel::cachedRow(int row) const {
    const auto it = m_rows.constFind(runIdAt(row));
    return it == m_rows.cend() ? nullptr : &*it;
}

int RunsTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RunsTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_visibleIds.size());
}

QVariant RunsTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids[index.row()];
    if (role == RunIdRole)
        return id;
    const auto it = m_rows.constFind(id);
    if (role == LoadedRole)
        return it != m_rows.cend();
    if (it == m_rows.cend()) {
        if (role == Qt::DisplayRole)
            requestPage(index.row() / kPageSize);
        return {};
    }
    const RunColumn &column = m_columnsById[m_visibleIds[index.column()]];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*it, column, nowSeconds());
    case Qt::ToolTipRole:
        if (column.kind == RunColumn::Kind::Name)
            return it->uuid;
        return cellText(*it, column, nowSeconds());
    case Qt::TextAlignmentRole:
        switch (column.kind) {
        case RunColumn::Kind::Duration:
        case RunColumn::Kind::MetricLast:
        case RunColumn::Kind::MetricMin:
        case RunColumn::Kind::MetricMax:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case RunUuidRole:
        return it->uuid;
    case StatusRole:
        return int(it->status);
    case CellValueRole:
        return cellValue(*it, column, nowSeconds());
    default:
        return {};
    }
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_visibleIds.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const RunColumn &column = m_columnsById[m_visibleIds[section]];
    switch (role) {
    case Qt::DisplayRole:
        return column.title();
    case Qt::ToolTipRole:
        return column.sortKey().isEmpty() ? column.title() : column.sortKey();
    case ColumnIdRole:
        return column.id();
    default:
        return {};
    }
}

} // namespace mlwb::itemmodels

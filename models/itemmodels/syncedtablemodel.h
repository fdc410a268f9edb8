#pragma once

#include "listsync.h"

#include <QAbstractTableModel>

namespace mlwb::itemmodels {

// A flat table whose rows stand for keys. syncRows() brings the rows to a new
// list of keys with row signals, never a reset: rows that stay keep their
// persistent indexes, so selections and the current row survive a reload.
class SyncedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Turns `rows` into `target`; afterwards every row is reported changed (its
    // data may be new even where its key stayed).
    template <typename Key> void syncRows(QList<Key> &rows, const QList<Key> &target) {
        const ListSyncOps ops{
            [this](int f, int l) { beginRemoveRows({}, f, l); },
            [this] { endRemoveRows(); },
            [this](int f, int l) { beginInsertRows({}, f, l); },
            [this] { endInsertRows(); },
            [this] { Q_EMIT layoutAboutToBeChanged(); },
            [this](const QList<int> &oldToNew) {
                const QModelIndexList from = persistentIndexList();
                QModelIndexList to;
                to.reserve(from.size());
                for (const QModelIndex &i : from)
                    to.append(index(oldToNew.value(i.row(), i.row()), i.column()));
                changePersistentIndexList(from, to);
                Q_EMIT layoutChanged();
            },
        };
        syncList(rows, target, ops);
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
    }
};

} // namespace mlwb::itemmodels

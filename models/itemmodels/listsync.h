#pragma once

#include <QHash>
#include <QList>

#include <algorithm>
#include <functional>

namespace mlwb::itemmodels {

// The model signals that bring one ordered list to another without a reset.
struct ListSyncOps {
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void()> beginReorder;
    // For each old index, its new index.
    std::function<void(const QList<int> &oldToNew)> endReorder;
};

// Turns `current` into `target` (both free of duplicates): removes what is gone
// in contiguous groups, reorders the survivors if their order changed, then
// inserts what is new in contiguous groups.
template <typename T>
void syncList(QList<T> &current, const QList<T> &target, const ListSyncOps &ops) {
    QHash<T, int> pos;
    pos.reserve(target.size());
    for (int i = 0; i < target.size(); ++i)
        pos.insert(target[i], i);

    for (int i = int(current.size()) - 1; i >= 0; --i) {
        if (pos.contains(current[i]))
            continue;
        const int last = i;
        while (i > 0 && !pos.contains(current[i - 1]))
            --i;
        ops.beginRemove(i, last);
        current.remove(i, last - i + 1);
        ops.endRemove();
    }

    const auto byTarget = [&](const T &a, const T &b) { return pos.value(a) < pos.value(b); };
    if (!std::is_sorted(current.cbegin(), current.cend(), byTarget)) {
        ops.beginReorder();
        QList<int> order(current.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return pos.value(current[a]) < pos.value(current[b]); });
        QList<int> oldToNew(current.size());
        QList<T> sorted;
        sorted.reserve(current.size());
        for (int n = 0; n < order.size(); ++n) {
            oldToNew[order[n]] = n;
            sorted.append(current[order[n]]);
        }
        current = std::move(sorted);
        ops.endReorder(oldToNew);
    }

    int j = 0;
    for (int i = 0; i < target.size();) {
        if (j < current.size() && current[j] == target[i]) {
            ++i;
            ++j;
            continue;
        }
        const int first = i;
        while (i < target.size() && (j >= current.size() || target[i] != current[j]))
            ++i;
        const int count = i - first;
        ops.beginInsert(j, j + count - 1);
        current.insert(j, count, T{});
        std::copy(target.cbegin() + first, target.cbegin() + i, current.begin() + j);
        ops.endInsert();
        j += count;
    }
}

} // namespace mlwb::itemmodels

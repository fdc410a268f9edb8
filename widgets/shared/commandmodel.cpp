#include "commandmodel.h"

#include "fuzzymatch.h"

#include <algorithm>

namespace mlwb::widgets {

void CommandModel::setActions(const QList<Command> &actions) {
    m_actions = actions;
    refilter();
}

void CommandModel::setRuns(const QList<Command> &runs) {
    m_runs = runs;
    refilter();
}

void CommandModel::setPattern(const QString &pattern) {
    if (pattern == m_pattern && !m_rows.isEmpty())
        return;
    m_pattern = pattern;
    refilter();
}

const Command *CommandModel::commandAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return m_all[m_rows[row].source];
}

void CommandModel::refilter() {
    beginResetModel();
    m_all.clear();
    for (const Command &c : std::as_const(m_actions))
        m_all.append(&c);
    for (const Command &c : std::as_const(m_runs))
        m_all.append(&c);
    m_rows.clear();
    const QString pattern = m_pattern.simplified().remove(u' ');
    for (int i = 0; i < m_all.size(); ++i) {
        if (auto match = fuzzyMatch(pattern, m_all[i]->title))
            m_rows.append({i, match->score, match->positions});
    }
    // Stable: ties keep actions before runs, and each source's own order.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.score > b.score; });
    endResetModel();
}

int CommandModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommandModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Command &c = *m_all[row.source];
    switch (role) {
    case Qt::DisplayRole:
        return c.title;
    case Qt::ToolTipRole:
        return c.detail.isEmpty() ? c.title : c.title + QStringLiteral(" (") + c.detail + u')';
    case Qt::DecorationRole:
        return c.icon;
    case DetailRole:
        return c.detail;
    case MatchPositionsRole:
        return QVariant::fromValue(row.positions);
    case KindRole:
        return int(c.kind);
    case RunIdRole:
        return c.runId;
    default:
        return {};
    }
}

} // namespace mlwb::widgets

// The Experiments panel's table layout: multi-key sorting from the header and
// named views (columns, order, widths) kept per project.
#include "experimentspanel.h"

#include "itemmodels/rungroupsmodel.h"
#include "itemmodels/runstablemodel.h"
#include "runsviews.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

namespace mlwb::widgets::experiments {

namespace {

using itemmodels::RunColumn;
using itemmodels::RunsTableModel;

const QString kStartKey = QStringLiteral("start_time");

QString sortTitle(const RunsTableModel &model, const QString &key) {
    for (const RunColumn &c : model.availableColumns()) {
        if (c.sortKey() != key)
            continue;
        const bool keyed =
            c.kind == RunColumn::Kind::Param || c.kind == RunColumn::Kind::MetricLast ||
            c.kind == RunColumn::Kind::MetricMin || c.kind == RunColumn::Kind::MetricMax;
        return keyed ? c.title() : c.title().toLower();
    }
    return key;
}

} // namespace

bool ExperimentsPanel::eventFilter(QObject *watched, QEvent *event) {
    // The header reports a click without its modifiers; they are taken here.
    if (watched == m_table->horizontalHeader()->viewport() &&
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease))
        m_headerModifiers = static_cast<QMouseEvent *>(event)->modifiers();
    return Panel::eventFilter(watched, event);
}

void ExperimentsPanel::sortByColumn(int column, bool addKey) {
    const QString key = m_model->columnAt(column).sortKey();
    if (key.isEmpty()) {
        updateSortIndicator();
        return;
    }
    QList<RunsTableModel::SortKey> keys = m_model->sortKeys();
    if (keys.isEmpty()) // the default order, written out
        keys = {{kStartKey, Qt::DescendingOrder}};
    const auto it = std::find_if(keys.begin(), keys.end(),
                                 [&](const RunsTableModel::SortKey &k) { return k.key == key; });
    if (addKey) {
        if (it != keys.end())
            it->order = it->order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        else
            keys.append({key, Qt::AscendingOrder});
    } else {
        Qt::SortOrder order = key == kStartKey ? Qt::DescendingOrder : Qt::AscendingOrder;
        if (it == keys.begin())
            order = it->order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        keys = {{key, order}};
    }
    if (auto r = m_model->setSort(keys); !r)
        showError(r.error());
    updateSortIndicator();
}

void ExperimentsPanel::updateSortIndicator() {
    QList<RunsTableModel::SortKey> keys = m_model->sortKeys();
    if (keys.isEmpty())
        keys = {{kStartKey, Qt::DescendingOrder}};
    int section = -1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->columnAt(c).sortKey() == keys.first().key)
            section = c;
    }
    QHeaderView *header = m_table->horizontalHeader();
    {
        const QSignalBlocker block(header);
        header->setSortIndicator(section, keys.first().order);
    }
    header->viewport()->update();
    QStringList parts;
    for (const RunsTableModel::SortKey &k : keys)
        parts.append(sortTitle(*m_model, k.key) + (k.order == Qt::DescendingOrder
                                                       ? QStringLiteral(" ↓")
                                                       : QStringLiteral(" ↑")));
    m_sortLabel->setText(tr("sorted by %1").arg(parts.join(QStringLiteral(", "))));
    m_sortLabel->setToolTip(tr("Shift+click a column header to add a sort key."));
}

void ExperimentsPanel::reloadViewNames() {
    const QSignalBlocker block(m_views);
    m_views->clear();
    m_views->addItem(tr("Default columns"), QString());
    if (m_root.isEmpty())
        return;
    const RunsViews views(m_root);
    for (const QString &name : views.names())
        m_views->addItem(name, name);
    m_pendingView = views.current();
    m_views->setCurrentIndex(qMax(0, m_views->findData(m_pendingView)));

    if (!m_viewMenuButton->menu()) {
        auto *menu = new QMenu(m_viewMenuButton);
        menu->addAction(tr("Save view as…"), this, &ExperimentsPanel::askSaveView);
        menu->addAction(tr("Delete view"), this,
                        [this] { deleteView(m_views->currentData().toString()); });
        m_viewMenuButton->setMenu(menu);
        m_viewMenuButton->setPopupMode(QToolButton::InstantPopup);
        m_viewMenuButton->setText(tr("Views"));
        m_viewMenuButton->setAutoRaise(true);
        m_views->setToolTip(tr("Named column layouts of this project"));
        m_views->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_views, &QComboBox::activated, this,
                [this] { applyView(m_views->currentData().toString()); });
    }
}

void ExperimentsPanel::askSaveView() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save view"), tr("Name of this column layout:"),
                              QLineEdit::Normal, m_views->currentData().toString(), &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        saveView(name);
}

void ExperimentsPanel::saveView(const QString &name) {
    if (m_root.isEmpty() || name.isEmpty())
        return;
    RunsView view;
    view.name = name;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (header->isSectionHidden(logical))
            continue;
        view.columns.append(m_model->columnAt(logical).id());
        view.widths.append(header->sectionSize(logical));
    }
    RunsViews views(m_root);
    views.save(view);
    views.setCurrent(name);
    reloadViewNames();
    m_pendingView.clear();
}

void ExperimentsPanel::deleteView(const QString &name) {
    if (m_root.isEmpty() || name.isEmpty())
        return;
    RunsViews(m_root).remove(name);
    reloadViewNames();
    m_pendingView.clear();
}

void ExperimentsPanel::applyView(const QString &name) {
    if (m_root.isEmpty())
        return;
    RunsViews views(m_root);
    views.setCurrent(name);
    m_views->setCurrentIndex(qMax(0, m_views->findData(name)));
    const std::optional<RunsView> view = name.isEmpty() ? std::nullopt : views.view(name);
    QHeaderView *header = m_table->horizontalHeader();
    for (const RunColumn &c : m_model->availableColumns())
        m_model->setColumnVisible(c.id(),
                                  view ? view->columns.contains(c.id()) : c.visibleByDefault());
    for (int l = 0; l < header->count(); ++l) // back to the model's order
        header->moveSection(header->visualIndex(l), l);
    if (!view)
        return;
    for (qsizetype i = 0; i < view->columns.size(); ++i) {
        for (int l = 0; l < m_model->columnCount(); ++l) {
            if (m_model->columnAt(l).id() != view->columns[i])
                continue;
            header->moveSection(header->visualIndex(l), int(i));
            if (i < view->widths.size() && view->widths[i] > 0)
                header->resizeSection(l, view->widths[i]);
        }
    }
}

void ExperimentsPanel::restorePendingView() {
    // Applied once the first query tells which columns the project has.
    if (m_pendingView.isEmpty())
        return;
    const QString name = m_pendingView;
    m_pendingView.clear();
    applyView(name);
}

} // namespace mlwb::widgets::experiments

namespace mlwb::widgets::experiments {

void ExperimentsPanel::updateGroupChoices() {
    const QString current = m_groupBy->currentData().toString();
    const QSignalBlocker block(m_groupBy);
    m_groupBy->clear();
    m_groupBy->addItem(tr("No grouping"), QString());
    m_groupBy->addItem(tr("Group by experiment"), QStringLiteral("experiment"));
    for (const QString &key : m_model->paramKeys())
        m_groupBy->addItem(tr("Group by %1").arg(key), QStringLiteral("params.") + key);
    m_groupBy->setCurrentIndex(qMax(0, m_groupBy->findData(current)));
}

void ExperimentsPanel::setGroupBy(const QString &groupBy) {
    m_groupBy->setCurrentIndex(qMax(0, m_groupBy->findData(groupBy)));
    const bool grouped = !groupBy.isEmpty();
    m_table->setVisible(!grouped);
    m_groupTree->setVisible(grouped);
    updateGroups();
    updateRunActions(); // the selection is the other view's now
}

void ExperimentsPanel::updateGroups() {
    const QString groupBy = m_groupBy->currentData().toString();
    if (groupBy.isEmpty()) {
        m_groups->setQuery({}, {}, false, {});
        return;
    }
    QList<RunColumn> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical))
            columns.append(m_model->columnAt(logical));
    }
    m_groups->setColumns(columns);
    m_groups->setQuery(m_model->filter(), m_model->sortText(), m_model->showsTrashed(), groupBy);
}

} // namespace mlwb::widgets::experiments

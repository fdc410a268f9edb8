// The Experiments panel's links (mlwb://experiments/...): another panel, the
// command line or a screenshot asks for a run or a compare page.
#include "experimentspanel.h"

#include "comparecharts.h"
#include "itemmodels/runstablemodel.h"
#include "queryedit.h"
#include "rundetailview.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QUrlQuery>

namespace mlwb::widgets::experiments {

namespace {

constexpr int kDefaultLinkRuns = 6;

// The page of a run link's "tab" query item (overview, note, artifacts, log or code).
int runPage(const QUrl &link) {
    static const QStringList pages = {QStringLiteral("overview"), QStringLiteral("note"),
                                      QStringLiteral("artifacts"), QStringLiteral("log"),
                                      QStringLiteral("code")};
    return std::max(0, int(pages.indexOf(QUrlQuery(link).queryItemValue(QStringLiteral("tab")))));
}

// "run", "charts", "compare" or "diff" with its argument (the run's uuid), or empty.
std::pair<QString, QString> linkTarget(const QUrl &link) {
    const QStringList parts = link.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 2 && parts[0] == QLatin1String("run"))
        return {parts[0], parts[1]};
    if (parts.size() == 1 &&
        (parts[0] == QLatin1String("charts") || parts[0] == QLatin1String("compare") ||
         parts[0] == QLatin1String("diff")))
        return {parts[0], {}};
    return {};
}

} // namespace

bool ExperimentsPanel::openLink(const QUrl &link) {
    if (link.host() != panelId() || linkTarget(link).first.isEmpty())
        return false;
    m_pendingLink = link;
    setLoading(true);
    applyPendingLink();
    return true;
}

void ExperimentsPanel::applyPendingLink() {
    if (m_pendingLink.isEmpty() || m_root.isEmpty() || m_model->isBusy())
        return;
    const auto [kind, argument] = linkTarget(m_pendingLink);
    if (kind == QLatin1String("run")) {
        // Looked for on the first page; beyond it the filter finds the run.
        int row = -1;
        const int firstPage =
            std::min(m_model->rowCount(), int(itemmodels::RunsTableModel::kPageSize));
        for (int r = 0; r < firstPage && row < 0; ++r) {
            const itemmodels::RunRow *cached = m_model->cachedRow(r);
            if (!cached) {
                (void)m_model->index(r, 0).data(); // asks for the page; runsUpdated calls back
                return;
            }
            if (cached->uuid == argument)
                row = r;
        }
        if (row < 0) {
            const QString filter = QStringLiteral("run_id = \"%1\"").arg(argument);
            if (m_model->filter() == filter) {
                m_pendingLink.clear();
                setLoading(false);
                showError(Error{tr("Open run %1").arg(argument), tr("no run has this id"),
                                tr("Check the link; the run may have been deleted.")});
                return;
            }
            m_filter->setText(filter);
            applyFilter(); // applied again when the rows are back
            return;
        }
        const int page = runPage(m_pendingLink);
        m_pendingLink.clear();
        const bool shown = m_details->runId() == m_model->runIdAt(row) && !m_details->isLoading();
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        m_details->setCurrentIndex(page);
        if (shown) // the same run again: nothing more to read
            setLoading(false);
        return; // otherwise loading ends when the details are shown
    }
    const int runs =
        std::max(1, QUrlQuery(m_pendingLink).queryItemValue(QStringLiteral("runs")).toInt() > 0
                        ? QUrlQuery(m_pendingLink).queryItemValue(QStringLiteral("runs")).toInt()
                        : kDefaultLinkRuns);
    const int count = std::min(runs, m_model->rowCount());
    if (count == 0) {
        m_pendingLink.clear();
        setLoading(false);
        return;
    }
    for (int r = 0; r < count; ++r) {
        if (!m_model->cachedRow(r)) {
            (void)m_model->index(r, 0).data(); // asks for the page; runsUpdated calls back
            return;
        }
    }
    m_pendingLink.clear();
    QItemSelectionModel *selection = m_table->selectionModel();
    selection->select(QItemSelection(m_model->index(0, 0), m_model->index(count - 1, 0)),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
    const int page = m_compareTab + (kind == QLatin1String("charts") ? 1
                                     : kind == QLatin1String("diff") ? 2
                                                                     : 0);
    finishLinkWhenShown(page);
}

void ExperimentsPanel::finishLinkWhenShown(int page) {
    onSelectionChanged(); // now, not after the selection pause
    m_details->setCurrentIndex(page);
    if (page != m_compareTab + 1) {
        setLoading(false);
        return;
    }
    // The charts read their curves in the background: loading lasts until they are drawn.
    if (m_charts->charts().isEmpty()) {
        setLoading(false);
        return;
    }
    m_waitingForCharts = true;
    connect(
        m_charts, &CompareCharts::chartsLoaded, this,
        [this] {
            m_waitingForCharts = false;
            setLoading(false);
        },
        Qt::SingleShotConnection);
}

} // namespace mlwb::widgets::experiments

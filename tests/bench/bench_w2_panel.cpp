// W2 panel: the Experiments panel on the 100k-run project, offscreen. Times
// opening the panel to its first painted rows, re-filters and re-sorts (each
// until the rows in the table's view are read and painted; two of each, each done
// twice, the faster time of each and the slower of the two counting), and the memory
// of the open panel. Usage: bench_w2_panel PROJECT_DIR (generated unless cached).
// Prints the report rows as JSON lines (figure, ours, peer, ratio, goal, verdict), times as
// wall and CPU time of the process (the machine may be loaded); verdicts go by wall time.

#include "benchdata.h"
#include "experiments/experimentspanel.h"
#include "itemmodels/runstablemodel.h"
#include "phaseclock.h"
#include "tracking/query/syntheticruns.h"
#include "w2project.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace mlwb;
using itemmodels::RunsTableModel;
using widgets::experiments::ExperimentsPanel;

namespace {

// Runs the event loop until `done` holds (checked after every pass), or fails after 60 s and
// prints `state` (what was still missing).
void waitUntil(const std::function<bool()> &done, const char *what,
               const std::function<QString()> &state = {}) {
    if (done())
        return;
    QEventLoop loop;
    QTimer check;
    check.setInterval(0);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    check.start();
    deadline.start(60'000);
    loop.exec();
    if (timedOut) {
        std::fprintf(stderr, "timed out waiting for %s%s\n", what,
                     state ? qPrintable(u": "_s + state()) : "");
        std::exit(1);
    }
}

// The rows in the table's viewport (as many as fit) are read, not placeholders.
bool firstPageShown(const ExperimentsPanel &panel) {
    const RunsTableModel *m = panel.model();
    if (m->isBusy() || m->rowCount() == 0)
        return false;
    const QTableView *t = panel.table();
    const int first = t->rowAt(0);
    if (first < 0)
        return false; // not laid out yet
    int last = t->rowAt(t->viewport()->height() - 1);
    if (last < 0)
        last = m->rowCount() - 1; // fewer rows than fit
    for (int r = first; r <= last; ++r) {
        if (!m->cachedRow(r))
            return false;
    }
    return true;
}

QString pageState(const ExperimentsPanel &panel) {
    const RunsTableModel *m = panel.model();
    const QTableView *t = panel.table();
    const int first = t->rowAt(0);
    const int last = t->rowAt(t->viewport()->height() - 1);
    int unread = 0;
    for (int r = std::max(first, 0); r <= last; ++r)
        unread += m->cachedRow(r) ? 0 : 1;
    return u"busy %1, %2 rows, view rows %3..%4 with %5 not read"_s.arg(m->isBusy())
        .arg(m->rowCount())
        .arg(first)
        .arg(last)
        .arg(unread);
}

// Paints the table now, as the screen would: what the user waits for.
void paint(ExperimentsPanel &panel) {
    const QPixmap shot = panel.table()->viewport()->grab();
    if (shot.isNull())
        std::exit(1);
}

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

long currentRssKb() {
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

void row(const QString &figure, const QString &ours, bool ok, const QString &goal) {
    std::printf("{\"figure\": \"%s\", \"ours\": \"%s\", \"peer\": \"\", \"ratio\": \"\", "
                "\"goal\": \"%s\", \"verdict\": \"%s\"}\n",
                qPrintable(figure), qPrintable(ours), qPrintable(goal), ok ? "ok" : "MISS");
}

void timeRow(const QString &figure, const bench::Timing &t, double goalMs) {
    row(figure, bench::formatTiming(t), t.wall < goalMs, u"< %1 ms"_s.arg(goalMs));
}

void memoryRow(const QString &figure, double mb, double goalMb) {
    row(figure, u"%1 MB"_s.arg(mb, 0, 'f', 1), mb < goalMb, u"< %1 MB"_s.arg(goalMb));
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s PROJECT_DIR\n", argv[0]);
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const bench::W2Size size = bench::W2Size::fromEnvironment();
    { // generated (if not cached) and closed again, so that it does not count
        (void)bench::must(bench::openOrGenerateW2(dir, size), "W2 project");
    }
    const long rssBefore = currentRssKb();

    bench::PhaseClock timer;
    ExperimentsPanel panel;
    panel.resize(1600, 1000);
    panel.show();
    panel.setProject(dir);
    waitUntil([&] { return firstPageShown(panel); }, "the first rows",
              [&] { return pageState(panel); });
    paint(panel);
    const bench::Timing opening = bench::Timing::of(timer);
    const int rows = panel.model()->rowCount();

    // Re-filter: the W2 filter, then back to all runs, twice over. Of each the faster time
    // counts (the first may read pages that earlier benchmarks pushed out of the page cache),
    // and of the two the slower.
    std::array<bench::Timing, 2> filterTimes;
    const std::array<QString, 2> filters = {bench::w2Filter(), QString()};
    for (int repeat = 0; repeat < 2; ++repeat) {
        for (size_t k = 0; k < filters.size(); ++k) {
            timer.restart();
            bench::must(panel.model()->setFilter(filters[k]), "filter");
            waitUntil([&] { return firstPageShown(panel); }, "filtered rows",
                      [&] { return pageState(panel); });
            paint(panel);
            const bench::Timing t = bench::Timing::of(timer);
            filterTimes[k] = repeat == 0 ? t : filterTimes[k].min(t);
        }
    }
    const bench::Timing refilter = filterTimes[0].max(filterTimes[1]);
    const int filteredRows = panel.model()->rowCount();

    // Re-sort: by a metric, then by two keys; the slower counts.
    bench::Timing resort;
    const QString metric = u"metrics."_s + tracking::syntheticMetricKey(0);
    const QString param = u"params."_s + tracking::syntheticParamKey(0);
    const QString second = u"metrics."_s + tracking::syntheticMetricKey(4);
    const QList<QList<RunsTableModel::SortKey>> sorts = {
        {{metric, Qt::AscendingOrder}},
        {{param, Qt::AscendingOrder}, {second, Qt::DescendingOrder}},
    };
    std::array<bench::Timing, 2> sortTimes; // as for filters: the faster of two, the slower sort
    for (int repeat = 0; repeat < 2; ++repeat) {
        for (size_t k = 0; k < sortTimes.size(); ++k) {
            timer.restart();
            bench::must(panel.model()->setSort(sorts[qsizetype(k)]), "sort");
            waitUntil([&] { return firstPageShown(panel); }, "sorted rows",
                      [&] { return pageState(panel); });
            paint(panel);
            const bench::Timing t = bench::Timing::of(timer);
            sortTimes[k] = repeat == 0 ? t : sortTimes[k].min(t);
        }
    }
    resort = sortTimes[0].max(sortTimes[1]);

    const long rssOpen = currentRssKb();
    const QString runs = QString::number(size.runs / 1000) + u"k"_s;
    timeRow(u"W2 panel: open to first painted rows (%1 runs)"_s.arg(runs), opening, 150);
    timeRow(u"W2 panel: re-filter to painted rows"_s, refilter, 50);
    timeRow(u"W2 panel: re-sort to painted rows"_s, resort, 50);
    memoryRow(u"W2 panel: memory of the open panel (RSS growth)"_s, (rssOpen - rssBefore) / 1024.0,
              300);
    memoryRow(u"W2 panel: peak RSS of the process"_s, peakRssKb() / 1024.0, 300);
    std::fprintf(stderr, "rows %d, filtered %d\n", rows, filteredRows);
    return 0;
}

// W2 memory: peak RSS of a process that opens the 100k-run project and runs
// the W2 queries. `bench_w2_memory --generate DIR` creates the project (in its
// own process, so generation does not count); `bench_w2_memory DIR` measures.
// Prints one JSON line.

#include "benchdata.h"
#include "tracking/query/runquery.h"
#include "w2project.h"

#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mlwb;

namespace {

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv) {
    const bool generate = argc == 3 && qstrcmp(argv[1], "--generate") == 0;
    if (argc != 2 && !generate) {
        std::fprintf(stderr, "usage: %s [--generate] PROJECT_DIR\n", argv[0]);
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[argc - 1]);
    const long before = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    bool generated = false;
    Project project = bench::must(
        bench::openOrGenerateW2(dir, bench::W2Size::fromEnvironment(), &generated), "W2");
    if (generate) {
        std::printf("{\"name\": \"w2_generate\", \"seconds\": %.3f, \"cached\": %s}\n",
                    timer.elapsed() / 1000.0, generated ? "false" : "true");
        return 0;
    }
    const long opened = peakRssKb();
    const auto query =
        bench::must(tracking::RunQuery::parse(bench::w2Filter(), bench::w2Sort()), "parse");
    const auto ids = bench::must(tracking::findRuns(project.db(), query, 100), "query");
    const auto count =
        bench::must(tracking::countRuns(project.db(), tracking::RunQuery{}), "count");
    std::printf("{\"name\": \"w2_peak_rss\", \"peak_rss_kb\": %ld, \"rss_at_start_kb\": %ld, "
                "\"rss_after_open_kb\": %ld, \"rows\": %lld, \"runs\": %lld}\n",
                peakRssKb(), before, opened, static_cast<long long>(ids.size()),
                static_cast<long long>(count));
    return 0;
}

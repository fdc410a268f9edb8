#pragma once

class QThreadPool;

namespace mlwb::widgets::experiments {

// What metric charts do on threads of their own, apart from Qt's global pool (whose threads
// other work may hold) and apart from each other: a task that waits for parts it handed out
// never holds a thread those parts need.
enum class ChartWork {
    Read,     // a chart's read of its curves (two charts at a time)
    ReadPart, // the runs of one read beside the thread that reads (one thread a core)
    Draw,     // a chart's image of its curves (two at a time)
    Raster,   // the column parts of one image (one thread a core)
};

QThreadPool &chartThreads(ChartWork work);

} // namespace mlwb::widgets::experiments

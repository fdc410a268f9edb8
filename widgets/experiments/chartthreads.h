#pragma once

class QThreadPool;

namespace mlwb::widgets::experiments {

// What metric charts do on threads of their own, apart from Qt's global pool: readCurves()
// spreads a read over the global pool, and a chart task waiting there would hold one of its
// threads.
enum class ChartWork {
    Read,   // a chart's read of its curves (two charts at a time)
    Draw,   // a chart's image of its curves (two at a time)
    Raster, // the column parts of one image (one thread a core)
};

QThreadPool &chartThreads(ChartWork work);

} // namespace mlwb::widgets::experiments

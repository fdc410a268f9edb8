#pragma once

#include "core/error.h"
#include "store/database.h"

#include <QString>

#include <optional>
#include <vector>

namespace mlwb::tracking {

struct SeriesData {
    std::vector<qint64> steps;
    std::vector<double> times;
    std::vector<double> values;
};

// A curve reduced for drawing: per bucket of x, the first/last point plus the
// minimum and maximum, in x order, so no spike is lost at any zoom.
struct DecimatedSeries {
    std::vector<double> x;
    std::vector<double> y;
    qint64 sourcePoints = 0; // points the buckets summarise
    qint64 pointsRead = 0;   // of those, points read from their blocks (not from block extremes)
};

enum class XAxis { Step, WallTime };

class SeriesReader {
public:
    explicit SeriesReader(store::Database &db);

    Result<std::optional<qint64>> seriesId(qint64 runId, const QString &key);
    Result<SeriesData> load(qint64 seriesId);
    // At most ~4 points per bucket (first, min, max, last). `range` limits x;
    // blocks wholly outside it are skipped, blocks inside one bucket are
    // summarised from their stored extremes without reading their points.
    Result<DecimatedSeries> decimate(qint64 seriesId, int buckets, XAxis axis = XAxis::Step,
                                     std::optional<std::pair<double, double>> range = {});

private:
    store::Database &m_db;
};

} // namespace mlwb::tracking

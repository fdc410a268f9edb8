#pragma once

#include "core/error.h"
#include "store/database.h"
#include "tracking/runtypes.h"

namespace mlwb::itemmodels {

// Everything the detail pane shows of one run.
struct RunDetails {
    tracking::Run run;
    QList<tracking::Param> params;
    QList<tracking::MetricSummary> metrics;
    QList<tracking::Tag> tags;
    QList<tracking::Artifact> artifacts;
};

Result<RunDetails> loadRunDetails(store::Database &db, qint64 runId);

} // namespace mlwb::itemmodels

#include "rundetails.h"

#include "tracking/trackingstore.h"

namespace mlwb::itemmodels {

Result<RunDetails> loadRunDetails(store::Database &db, qint64 runId) {
    tracking::TrackingStore store(db);
    RunDetails d;
    MLWB_ASSIGN_OR_RETURN(d.run, store.run(runId));
    MLWB_ASSIGN_OR_RETURN(d.params, store.params(runId));
    MLWB_ASSIGN_OR_RETURN(d.metrics, store.metricSummaries(runId));
    MLWB_ASSIGN_OR_RETURN(d.tags, store.tags(runId));
    MLWB_ASSIGN_OR_RETURN(d.artifacts, store.artifacts(runId));
    return d;
}

} // namespace mlwb::itemmodels

#include "importedrun.h"

#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QCoreApplication>

namespace mlwb::tracking::importers {

QString importTr(const char *text, int n) {
    return QCoreApplication::translate("mlwb", text, nullptr, n);
}

Status writeImportedRun(store::Database &db, const ImportedRun &run, ImportReport &report) {
    TrackingStore store(db);
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(db));
    MLWB_ASSIGN_OR_RETURN(const std::optional<qint64> existing,
                          store.runIdForSource(run.spec.source));
    if (existing) {
        ++report.skippedRuns;
        return {};
    }
    NewRun spec = run.spec;
    if (!run.parentSource.isEmpty() && !spec.parentId) {
        MLWB_ASSIGN_OR_RETURN(spec.parentId, store.runIdForSource(run.parentSource));
    }
    MLWB_ASSIGN_OR_RETURN(const Run created, store.createRun(spec));
    qint64 points = 0;
    {
        // Everything flushes into the open transaction, so the run appears whole or not at all.
        MetricWriter writer(db, created.id);
        for (const ImportedSeries &s : run.series) {
            MLWB_TRY(writer.logSeries(s.key, s.steps, s.times, s.values));
            points += qint64(s.values.size());
        }
        MLWB_TRY(writer.flush());
    }
    if (run.deleted)
        MLWB_TRY(store.trashRuns({created.id}));
    MLWB_TRY(tx.commit());
    ++report.runs;
    report.metrics += int(run.series.size());
    report.points += points;
    report.params += int(spec.params.size());
    report.tags += int(spec.tags.size());
    return {};
}

} // namespace mlwb::tracking::importers

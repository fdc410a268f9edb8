#include "w2project.h"

#include "benchdata.h"
#include "tracking/query/syntheticruns.h"
#include "tracking/trackingstore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mlwb::bench {

W2Size W2Size::fromEnvironment() {
    W2Size s;
    s.runs = envInt("MLWB_BENCH_W2_RUNS", s.runs);
    return s;
}

Result<Project> openOrGenerateW2(const QString &dir, const W2Size &size) {
    QDir().mkpath(dir);
    MLWB_ASSIGN_OR_RETURN(Project project, Project::init(dir));
    tracking::TrackingStore store(project.db());
    MLWB_ASSIGN_OR_RETURN(const qint64 existing, store.runCount());
    if (existing == 0) {
        MLWB_TRY(
            tracking::generateSyntheticRuns(project.db(), size.runs, size.params, size.metrics, 7));
        MLWB_TRY(project.db().exec(u"ANALYZE"_s));
    }
    return project;
}

QString w2Filter() {
    return u"metrics.%1 < 0.5 and params.%2 = \"adam\""_s.arg(tracking::syntheticMetricKey(3),
                                                              tracking::syntheticParamKey(2));
}

QString w2Sort() {
    return u"metrics.%1 asc"_s.arg(tracking::syntheticMetricKey(1));
}

} // namespace mlwb::bench

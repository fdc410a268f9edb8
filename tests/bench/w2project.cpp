#include "w2project.h"

#include "benchdata.h"
#include "tracking/query/syntheticruns.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mlwb::bench {

W2Size W2Size::fromEnvironment() {
    W2Size s;
    s.runs = envInt("MLWB_BENCH_W2_RUNS", s.runs);
    return s;
}

Result<Project> openOrGenerateW2(const QString &dir, const W2Size &size, bool *generated) {
    // Bump the generator version when generateSyntheticRuns() makes different runs.
    const QByteArray stamp =
        dataStamp("w2 generator 2 runs " + QByteArray::number(size.runs) + " params " +
                  QByteArray::number(size.params) + " metrics " + QByteArray::number(size.metrics));
    const bool cached = reuseCachedProject(dir, stamp);
    if (generated)
        *generated = !cached;
    MLWB_ASSIGN_OR_RETURN(Project project, Project::init(dir));
    if (!cached) {
        MLWB_TRY(
            tracking::generateSyntheticRuns(project.db(), size.runs, size.params, size.metrics, 7));
        MLWB_TRY(project.db().exec(u"ANALYZE"_s));
        MLWB_TRY(project.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        markCachedProject(dir, stamp);
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

#include "rundetails.h"

#include "store/contentstore.h"
#include "tracking/trackingstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mlwb::itemmodels {

Result<RunDetails> loadRunDetails(store::Database &db, qint64 runId) {
    tracking::TrackingStore store(db);
    RunDetails d;
    MLWB_ASSIGN_OR_RETURN(d.run, store.run(runId));
    MLWB_ASSIGN_OR_RETURN(d.params, store.params(runId));
    MLWB_ASSIGN_OR_RETURN(const QList<tracking::MetricSummary> metrics,
                          store.metricSummaries(runId));
    for (const tracking::MetricSummary &m : metrics)
        (m.key.startsWith(QLatin1String("system/")) ? d.systemMetrics : d.metrics).append(m);
    MLWB_ASSIGN_OR_RETURN(d.tags, store.tags(runId));
    MLWB_ASSIGN_OR_RETURN(d.artifacts, store.artifacts(runId));
    return d;
}

bool isLogArtifact(const QString &path) {
    const QString base = QFileInfo(path).completeBaseName().toLower();
    return base == QLatin1String("stdout") || base == QLatin1String("stderr");
}

Result<QList<RunLog>> loadRunLogs(const QList<tracking::Artifact> &artifacts,
                                  const QString &objectsDir, qint64 maxBytes) {
    const store::ContentStore objects(objectsDir);
    QList<RunLog> logs;
    for (const tracking::Artifact &a : artifacts) {
        if (!isLogArtifact(a.path))
            continue;
        QFile f(objects.pathOf(a.hash));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("mlwb", "Read the log %1").arg(a.path),
                        f.errorString(),
                        QCoreApplication::translate(
                            "mlwb", "The object store of the project is missing this file; "
                                    "check %1.")
                            .arg(f.fileName()));
        RunLog log{a.path, {}, f.size() > maxBytes};
        if (log.truncated)
            f.seek(f.size() - maxBytes);
        log.text = QString::fromUtf8(f.readAll());
        logs.append(log);
    }
    return logs;
}

} // namespace mlwb::itemmodels

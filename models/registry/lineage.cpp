#include "lineage.h"

#include "registrysql.h"

#include "tracking/trackingstore.h"

namespace mlwb::registry {

using namespace detail;

QString lineageKindName(LineageNode::Kind kind) {
    switch (kind) {
    case LineageNode::Kind::DatasetVersion:
        return QStringLiteral("dataset_version");
    case LineageNode::Kind::Run:
        return QStringLiteral("run");
    case LineageNode::Kind::ModelVersion:
        return QStringLiteral("model_version");
    case LineageNode::Kind::Deployment:
        return QStringLiteral("deployment");
    }
    return {};
}

namespace {

Result<bool> hasTable(store::Database &db, const QString &name) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          db.prepare(QStringLiteral(
                              "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1")));
    st.bind(1, name);
    return st.step();
}

} // namespace

Result<QList<DatasetUse>> datasetsOfRun(store::Database &db, qint64 runId) {
    MLWB_ASSIGN_OR_RETURN(const bool linked, hasTable(db, QStringLiteral("run_datasets")));
    if (!linked)
        return QList<DatasetUse>{};
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          db.prepare(QStringLiteral(
                              "SELECT dv.id, d.id, d.name, dv.number, rd.role, dv.manifest_hash "
                              "FROM run_datasets rd "
                              "JOIN dataset_versions dv ON dv.id = rd.dataset_version_id "
                              "JOIN datasets d ON d.id = dv.dataset_id "
                              "WHERE rd.run_id = ?1 ORDER BY rd.created_at, d.name, dv.number")));
    st.bind(1, runId);
    return collect<DatasetUse>(st, [](const store::Statement &s) {
        return DatasetUse{s.int64(0), s.int64(1), s.text(2), int(s.int64(3)), s.text(4), s.text(5)};
    });
}

Result<Lineage> lineageOf(store::Database &db, const ModelVersion &version,
                          const DeploymentLookup &deployments) {
    Lineage l;
    l.version = version;
    tracking::TrackingStore runs(db);
    if (version.runId) {
        if (auto run = runs.run(*version.runId)) {
            l.run = *run;
            MLWB_ASSIGN_OR_RETURN(l.params, runs.params(run->id));
            MLWB_ASSIGN_OR_RETURN(l.metrics, runs.metricSummaries(run->id));
            MLWB_ASSIGN_OR_RETURN(l.datasets, datasetsOfRun(db, run->id));
        }
    }
    if (deployments) {
        MLWB_ASSIGN_OR_RETURN(l.deployments, deployments(version.id));
    }

    using Kind = LineageNode::Kind;
    QList<int> datasetNodes;
    for (const DatasetUse &d : std::as_const(l.datasets)) {
        datasetNodes.append(int(l.nodes.size()));
        l.nodes.append({Kind::DatasetVersion, d.versionId,
                        QStringLiteral("%1 v%2").arg(d.dataset).arg(d.number), d.role});
    }
    int runNode = -1;
    if (l.run) {
        runNode = int(l.nodes.size());
        QString detail = tracking::toString(l.run->status);
        if (!l.run->git.commit.isEmpty())
            detail += QStringLiteral(" · ") + l.run->git.commit.left(8) +
                      (l.run->git.dirty ? QStringLiteral("+") : QString());
        l.nodes.append({Kind::Run, l.run->id, l.run->name, detail});
        for (int i = 0; i < datasetNodes.size(); ++i) {
            const bool output = l.datasets[i].role == QStringLiteral("output");
            l.edges.append(output ? LineageEdge{runNode, datasetNodes[i], l.datasets[i].role}
                                  : LineageEdge{datasetNodes[i], runNode, l.datasets[i].role});
        }
    }
    const int versionNode = int(l.nodes.size());
    l.nodes.append({Kind::ModelVersion, version.id, version.ref(),
                    formatName(version.format) + QStringLiteral(" · ") +
                        QString::number(version.size) + QStringLiteral(" B")});
    if (runNode >= 0)
        l.edges.append({runNode, versionNode, QStringLiteral("trained")});
    for (const DeploymentRef &d : std::as_const(l.deployments)) {
        const int n = int(l.nodes.size());
        l.nodes.append({Kind::Deployment, d.id, d.name, d.status});
        l.edges.append({versionNode, n, QStringLiteral("deployed")});
    }
    return l;
}

} // namespace mlwb::registry

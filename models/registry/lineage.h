#pragma once

#include "registry.h"

#include "tracking/runtypes.h"

#include <functional>

namespace mlwb::registry {

// A dataset version a run read or wrote (table run_datasets).
struct DatasetUse {
    qint64 versionId = 0;
    qint64 datasetId = 0;
    QString dataset; // name
    int number = 0;  // version number within the dataset
    QString role;    // "input", "output", ...
    QString manifestHash;
};

// A deployment of a model version, as the deploy domain reports it.
struct DeploymentRef {
    qint64 id = 0;
    QString name;
    QString status;
};

struct LineageNode {
    enum class Kind { DatasetVersion, Run, ModelVersion, Deployment };
    Kind kind = Kind::ModelVersion;
    qint64 id = 0;  // row id in its own table: open it in its panel with this
    QString label;  // "mnist@2", "run sweep-3", "digits v4"
    QString detail; // second line: status, commit, size
};
QString
lineageKindName(LineageNode::Kind kind); // "dataset_version", "run", "model_version", "deployment"

struct LineageEdge {
    int from = 0; // indexes into Lineage::nodes
    int to = 0;
    QString label; // "input", "trained", "deployed"
};

// Where a model version came from and where it went.
struct Lineage {
    ModelVersion version;
    std::optional<tracking::Run> run; // none for a file registration or a deleted run
    QList<tracking::Param> params;
    QList<tracking::MetricSummary> metrics;
    QList<DatasetUse> datasets;
    QList<DeploymentRef> deployments;
    // dataset versions → run → model version → deployments, left to right.
    QList<LineageNode> nodes;
    QList<LineageEdge> edges;
};

// Deployments of a model version; the deploy domain provides it.
using DeploymentLookup = std::function<Result<QList<DeploymentRef>>(qint64 modelVersionId)>;

// Reads the lineage of one version. Dataset links are optional: a project
// without dataset tables or a run without links gives none.
Result<Lineage> lineageOf(store::Database &db, const ModelVersion &version,
                          const DeploymentLookup &deployments = {});
// The dataset versions a run used, oldest link first.
Result<QList<DatasetUse>> datasetsOfRun(store::Database &db, qint64 runId);

} // namespace mlwb::registry

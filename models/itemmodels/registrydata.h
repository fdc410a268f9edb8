#pragma once

#include "core/error.h"
#include "registry/gates.h"
#include "registry/lineage.h"
#include "registry/registry.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace mlwb::itemmodels {

// How a version fares against its model's rules in the project's gate file.
enum class GateStatus { None, Passed, Failed, Error };

// Every registered model of a project with its versions, read in one go.
struct RegistrySnapshot {
    QList<registry::RegisteredModel> models;                // by name
    QHash<QString, QList<registry::ModelVersion>> versions; // by model name, newest first
    QHash<qint64, GateStatus> gates;                        // by version id
    std::optional<Error> gateFileError; // the gate file exists but does not parse
};

// What the version detail shows: lineage (run, params, metrics, datasets) and
// the gate report of the version, when the model has rules.
struct VersionDetails {
    registry::Lineage lineage;
    QString gateFile; // absolute path; empty without a gate file
    std::optional<registry::GateReport> gates;
    std::optional<Error> gateError; // the gate file or the evaluation failed
    QList<registry::AliasChange> aliasHistory;
};

// The gate file of the project at `root`: none when there is no file.
Result<std::optional<registry::GateFile>> loadProjectGates(const QString &root);
GateStatus gateStatusOf(const registry::GateReport &report);

// These open their own connection: call them off the GUI thread.
Result<RegistrySnapshot> loadRegistry(const QString &root);
Result<VersionDetails> loadVersionDetails(const QString &root, const QString &model, int version);
// Lineages of versions given as NAME@VERSION, in that order.
Result<QList<registry::Lineage>> loadLineages(const QString &root, const QStringList &refs);

} // namespace mlwb::itemmodels

#include "registrydata.h"

#include "deploy/registrysource.h"
#include "project/project.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mlwb::itemmodels {

Result<std::optional<registry::GateFile>> loadProjectGates(const QString &root) {
    const QString path = QDir(root).filePath(QString::fromLatin1(registry::kGateFileName));
    if (!QFileInfo::exists(path))
        return std::optional<registry::GateFile>{};
    MLWB_ASSIGN_OR_RETURN(registry::GateFile file, registry::loadGateFile(path));
    return std::optional<registry::GateFile>(std::move(file));
}

GateStatus gateStatusOf(const registry::GateReport &report) {
    if (report.rules.isEmpty())
        return GateStatus::None;
    if (report.errors() > 0)
        return GateStatus::Error;
    return report.failed() > 0 ? GateStatus::Failed : GateStatus::Passed;
}

Result<RegistrySnapshot> loadRegistry(const QString &root) {
    MLWB_ASSIGN_OR_RETURN(Project project, Project::open(ProjectPaths(root)));
    registry::ModelRegistry reg(project);
    RegistrySnapshot snapshot;
    MLWB_ASSIGN_OR_RETURN(snapshot.models, reg.models(true));
    auto gates = loadProjectGates(root);
    if (!gates)
        snapshot.gateFileError = gates.error();
    for (const registry::RegisteredModel &m : std::as_const(snapshot.models)) {
        MLWB_ASSIGN_OR_RETURN(QList<registry::ModelVersion> versions, reg.versions(m.name, true));
        std::sort(versions.begin(), versions.end(),
                  [](const auto &a, const auto &b) { return a.version > b.version; });
        const bool hasRules = gates && *gates && (*gates)->rulesOf(m.name);
        for (const registry::ModelVersion &v : std::as_const(versions)) {
            if (!hasRules)
                continue;
            auto report = registry::checkGates(reg, **gates, v);
            snapshot.gates.insert(v.id, report ? gateStatusOf(*report) : GateStatus::Error);
        }
        snapshot.versions.insert(m.name, versions);
    }
    return snapshot;
}

Result<VersionDetails> loadVersionDetails(const QString &root, const QString &model, int version) {
    MLWB_ASSIGN_OR_RETURN(Project project, Project::open(ProjectPaths(root)));
    registry::ModelRegistry reg(project);
    MLWB_ASSIGN_OR_RETURN(const registry::ModelVersion v, reg.version(model, version));
    VersionDetails details;
    MLWB_ASSIGN_OR_RETURN(
        details.lineage,
        registry::lineageOf(project.db(), v, deploy::lineageDeployments(project.db(), v)));
    MLWB_ASSIGN_OR_RETURN(const QList<registry::AliasChange> history, reg.aliasHistory(model));
    details.aliasHistory = history;
    auto gates = loadProjectGates(root);
    if (!gates) {
        details.gateError = gates.error();
    } else if (*gates) {
        details.gateFile = (*gates)->path;
        if ((*gates)->rulesOf(model)) {
            auto report = registry::checkGates(reg, **gates, v);
            if (report)
                details.gates = *report;
            else
                details.gateError = report.error();
        }
    }
    return details;
}

Result<QList<registry::Lineage>> loadLineages(const QString &root, const QStringList &refs) {
    MLWB_ASSIGN_OR_RETURN(Project project, Project::open(ProjectPaths(root)));
    registry::ModelRegistry reg(project);
    QList<registry::Lineage> lineages;
    for (const QString &ref : refs) {
        MLWB_ASSIGN_OR_RETURN(const registry::ModelVersion v, reg.resolve(ref));
        MLWB_ASSIGN_OR_RETURN(
            registry::Lineage lineage,
            registry::lineageOf(project.db(), v, deploy::lineageDeployments(project.db(), v)));
        lineages.append(std::move(lineage));
    }
    return lineages;
}

} // namespace mlwb::itemmodels

#pragma once

#include "core/error.h"
#include "deployer.h"
#include "registry/lineage.h"

namespace mlwb::registry {
class ModelRegistry;
}

namespace mlwb::deploy {

// A deploy request for a registered model version: "NAME@3", "NAME@alias",
// "NAME" (latest). The model file comes from the project's content store; an
// error says so when it is missing there.
Result<DeployRequest> requestForVersion(registry::ModelRegistry &registry, const QString &ref);

// The deployments of `version` for its lineage graph, newest first: where it
// runs or ran ("podman :8081", "healthy"); failed and removed ones are left out.
registry::DeploymentLookup lineageDeployments(store::Database &db,
                                              const registry::ModelVersion &version);

} // namespace mlwb::deploy

#pragma once

#include "core/error.h"
#include "deployer.h"

namespace mlwb::registry {
class ModelRegistry;
}

namespace mlwb::deploy {

// A deploy request for a registered model version: "NAME@3", "NAME@alias",
// "NAME" (latest). The model file comes from the project's content store; an
// error says so when it is missing there.
Result<DeployRequest> requestForVersion(registry::ModelRegistry &registry, const QString &ref);

} // namespace mlwb::deploy

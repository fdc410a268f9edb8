#pragma once

#include "deployments.h"

#include <QString>

namespace mlwb::deploy {

// A name Kubernetes and Compose accept (DNS-1123 label): "mlwb-iris-3".
QString manifestName(const Deployment &d);

// compose.yaml with one service: the deployment's image, its port on
// 127.0.0.1 and its labels.
QString composeYaml(const Deployment &d);
// A Kubernetes Deployment and a Service (two documents) for the image, with
// readiness/liveness probes on the Open Inference Protocol health paths.
QString kubernetesYaml(const Deployment &d);

} // namespace mlwb::deploy

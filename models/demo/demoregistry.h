#pragma once

#include "core/error.h"
#include "project/project.h"

namespace mlwb::demo {

struct DemoRegistryReport {
    QString model;      // "digits"
    int versions = 0;   // 3
    QString gateCommit; // the commit that added mlwb-gates.yaml
};

// Registers the three demo ONNX networks (resources/demo/models) as versions of
// model "digits", each as the model.onnx artifact of one finished run of the
// first experiment (weakest run first), with aliases champion (v2) and
// challenger (v3), and commits mlwb-gates.yaml whose signature rule fails for
// the challenger (a CNN where the champion is an MLP).
Result<DemoRegistryReport> writeDemoRegistry(Project &project, double now);

} // namespace mlwb::demo

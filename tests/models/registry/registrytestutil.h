#pragma once

#include "models/store/testsupport.h"

#include "project/project.h"
#include "registry/registry.h"
#include "store/contentstore.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QFile>

namespace mlwb::testsupport {

inline QString demoModel(const char *name) {
    return QStringLiteral(MLWB_SOURCE_DIR "/resources/demo/models/") + QString::fromLatin1(name);
}

inline Project makeProject(const QString &dir) {
    auto p = Project::init(dir);
    if (!p)
        qFatal("%s", qPrintable(p.error().toString()));
    return std::move(*p);
}

// A finished run with metrics (final values) and params, and `modelFile` as
// its artifact "model.onnx". Returns the run.
inline tracking::Run makeTrainedRun(Project &project, const QString &name,
                                    const QList<std::pair<QString, double>> &metrics,
                                    const QList<tracking::Param> &params,
                                    const QString &modelFile) {
    tracking::TrackingStore store(project.db());
    tracking::NewRun spec;
    spec.name = name;
    spec.params = params;
    spec.git.commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    spec.git.dirty = true;
    auto run = store.createRun(spec);
    if (!run)
        qFatal("%s", qPrintable(run.error().toString()));
    tracking::MetricWriter writer(project.db(), run->id);
    for (const auto &[key, value] : metrics) {
        writer.log(key, 0, value * 0.5);
        writer.log(key, 10, value);
    }
    if (!writer.flush())
        qFatal("flush metrics");
    if (!modelFile.isEmpty()) {
        store::ContentStore objects(project.paths().objectsDir());
        auto stored = objects.putFile(modelFile);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().toString()));
        if (!store.addArtifact(run->id, {QStringLiteral("model.onnx"), stored->hash, stored->size,
                                         tracking::nowSeconds()}))
            qFatal("artifact");
    }
    if (!store.finishRun(run->id, tracking::RunStatus::Finished, 0))
        qFatal("finish");
    return *store.run(run->id);
}

} // namespace mlwb::testsupport

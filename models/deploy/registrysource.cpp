#include "registrysource.h"

#include "registry/registry.h"
#include "store/contentstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

} // namespace

Result<DeployRequest> requestForVersion(registry::ModelRegistry &registry, const QString &ref) {
    MLWB_ASSIGN_OR_RETURN(const registry::ModelVersion v, registry.resolve(ref));
    const QString what = tr("deploy %1").arg(v.ref());
    if (v.hash.isEmpty())
        return fail(what, tr("the version's model file was never stored in the project"),
                    tr("register the file again with `mlwb model register %1 PATH`").arg(v.model));
    const QString path = store::ContentStore(registry.objectsDir()).pathOf(v.hash);
    if (!QFileInfo(path).isFile())
        return fail(what, tr("the model file %1 is missing from the store (%2)").arg(v.hash, path),
                    tr("register the file again with `mlwb model register %1 PATH`").arg(v.model));
    if (v.format != registry::ModelFormat::Onnx)
        return fail(what, tr("the version is not an ONNX model"),
                    tr("mlwb-serve serves ONNX models; export the model to ONNX and register it"));
    DeployRequest r;
    r.modelFile = path;
    r.modelName = v.model;
    r.modelVersion = QString::number(v.version);
    r.modelHash = v.hash;
    return r;
}

registry::DeploymentLookup lineageDeployments(store::Database &db,
                                              const registry::ModelVersion &version) {
    return [&db, model = version.model, number = QString::number(version.version)](
               qint64) -> Result<QList<registry::DeploymentRef>> {
        MLWB_ASSIGN_OR_RETURN(const QList<Deployment> all, DeploymentStore(db).list());
        QList<registry::DeploymentRef> refs;
        for (const Deployment &d : all) {
            if (d.modelName != model || d.modelVersion != number ||
                d.status == DeploymentStatus::Failed || d.removedAt.isValid())
                continue;
            refs.append({d.id, QStringLiteral("%1 :%2").arg(targetName(d.target)).arg(d.port),
                         statusName(d.status)});
        }
        return refs;
    };
}

} // namespace mlwb::deploy

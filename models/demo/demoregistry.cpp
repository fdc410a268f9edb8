#include "demoregistry.h"

#include "datasets/datasetstore.h"
#include "registry/gates.h"
#include "registry/registry.h"
#include "store/contentstore.h"
#include "tracking/trackingstore.h"
#include "vcs/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cmath>

namespace mlwb::demo {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr const char *kModelFiles[] = {"digits-mlp-v1.onnx", "digits-mlp-v2.onnx",
                                       "digits-cnn-v3.onnx"};

constexpr char kGates[] = R"yaml(# Gates of the model registry: `mlwb gate check digits@challenger`.
# Exit code 0 when every rule passes, 1 when one fails, 2 when one cannot be evaluated.
models:
  digits:
    rules:
      - metrics["val/accuracy"] >= champion.metrics["val/accuracy"]
      - parameters <= 50000
      - size < 50000
      - signature == champion.signature
      - dataset.drift_psi < 0.2
)yaml";

// Finished top-level runs of the first experiment by final val/accuracy: the
// weakest, the middle and the best one.
Result<QList<qint64>> pickRuns(store::Database &db) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        db.prepare(QStringLiteral(
            "SELECT r.id FROM runs r JOIN metric_summary m ON m.run_id = r.id "
            "AND m.key = 'val/accuracy' WHERE r.status = 'finished' AND r.parent_id IS NULL "
            "AND r.deleted_at IS NULL AND m.last_value IS NOT NULL "
            "AND r.experiment_id = (SELECT min(id) FROM experiments) ORDER BY m.last_value")));
    QList<qint64> all;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        all.append(st.int64(0));
    }
    if (all.size() < 3)
        return QList<qint64>{};
    return QList<qint64>{all.first(), all.at(all.size() / 2), all.last()};
}

} // namespace

Result<DemoRegistryReport> writeDemoRegistry(Project &project, double now) {
    DemoRegistryReport report;
    report.model = QStringLiteral("digits");
    registry::ModelRegistry reg(project);
    reg.setUser(QStringLiteral("mara"));
    tracking::TrackingStore runs(project.db());
    store::ContentStore objects(project.paths().objectsDir());
    datasets::DatasetStore datasets(project);
    MLWB_ASSIGN_OR_RETURN(const QList<qint64> runIds, pickRuns(project.db()));
    const QStringList descriptions = {
        tr("Baseline MLP, one hidden layer of 32."),
        tr("Wider MLP, hidden layers 64 and 32."),
        tr("Small CNN: one 3x3 convolution, max pooling, a linear head."),
    };
    for (int i = 0; i < 3; ++i) {
        const QString resource = QStringLiteral(":/demo/models/") + QLatin1String(kModelFiles[i]);
        QFile f(resource);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("read the demo model %1").arg(resource), f.errorString());
        const QByteArray bytes = f.readAll();
        const registry::RegisterOptions options{descriptions[i], {}};
        Result<registry::Registration> r;
        if (!runIds.isEmpty()) {
            MLWB_ASSIGN_OR_RETURN(const store::ContentStore::Stored stored,
                                  objects.putBytes(bytes));
            MLWB_TRY(runs.addArtifact(
                runIds[i], {QStringLiteral("model.onnx"), stored.hash, stored.size, now}));
            MLWB_ASSIGN_OR_RETURN(const tracking::Run run, runs.run(runIds[i]));
            r = reg.registerRunArtifact(report.model, run.uuid, QStringLiteral("model.onnx"),
                                        options);
        } else {
            const QString tmp =
                QDir(project.paths().dataDir()).filePath(QLatin1String(kModelFiles[i]));
            QSaveFile out(tmp);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
                !out.commit())
                return fail(tr("write %1").arg(tmp), out.errorString());
            r = reg.registerFile(report.model, tmp, options);
            QFile::remove(tmp);
        }
        if (!r)
            return std::unexpected(r.error());
        if (!runIds.isEmpty()) {
            // The first two models learnt from the first digits table, the CNN from the second.
            MLWB_ASSIGN_OR_RETURN(const datasets::DatasetVersion data,
                                  datasets.version(QStringLiteral("digits"), i < 2 ? 1 : 2));
            MLWB_TRY(datasets.recordUse(runIds[i], data.id, QStringLiteral("train")));
        }
        ++report.versions;
    }
    MLWB_TRY(reg.setModelDescription(
        report.model, tr("# digits\n\nClassifies 8x8 grey images of handwritten digits into "
                         "10 classes.\n\n- **Input**: `pixels`, float32 `[batch, 64]`\n"
                         "- **Output**: `probabilities`, float32 `[batch, 10]`\n")));
    MLWB_TRY(
        reg.setModelTag(report.model, QStringLiteral("task"), QStringLiteral("classification")));
    MLWB_TRY(reg.setAlias(report.model, QStringLiteral("champion"), 1));
    MLWB_TRY(reg.setAlias(report.model, QStringLiteral("champion"), 2));
    MLWB_TRY(reg.setAlias(report.model, QStringLiteral("challenger"), 3));

    const QString gatePath =
        QDir(project.paths().root()).filePath(QString::fromLatin1(registry::kGateFileName));
    QSaveFile gates(gatePath);
    if (!gates.open(QIODevice::WriteOnly) || gates.write(kGates) < 0 || !gates.commit())
        return fail(tr("write %1").arg(gatePath), gates.errorString());
    MLWB_ASSIGN_OR_RETURN(vcs::Repository repo, vcs::Repository::discover(project.paths().root()));
    MLWB_ASSIGN_OR_RETURN(
        report.gateCommit,
        repo.commitAll(QStringLiteral("Add validation gates for the digits model"),
                       QStringLiteral("Mara Jensen"), QStringLiteral("mara@example.org"),
                       qint64(std::floor(now / 3600.0) * 3600.0 - 3600)));
    return report;
}

} // namespace mlwb::demo

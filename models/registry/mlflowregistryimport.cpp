#include "mlflowregistryimport.h"

#include "onnxmodel.h"
#include "registrysql.h"

#include "store/contentstore.h"
#include "tracking/trackingstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

namespace mlwb::registry {

using namespace detail;

namespace {

struct MlflowVersion {
    QString model;
    int version = 0;
    double createdAt = 0;
    QString description;
    QString stage;
    QString source;
    QString runId;
};

Result<bool> hasTable(store::Database &db, const QString &name) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          db.prepare(QStringLiteral(
                              "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1")));
    st.bind(1, name);
    return st.step();
}

// The stored file for an MLflow version source, if it can be found here.
struct Content {
    QString hash;
    qint64 size = 0;
    ModelFormat format = ModelFormat::Opaque;
    QJsonObject signature;
};

Result<Content> findContent(ModelRegistry &reg, const MlflowVersion &v,
                            std::optional<qint64> runId) {
    store::ContentStore objects(reg.objectsDir());
    auto describe = [&](const QString &file, const QString &name) -> Content {
        Content c;
        if (name.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive)) {
            if (auto m = readOnnxModel(file)) {
                c.format = ModelFormat::Onnx;
                c.signature = toSignatureJson(*m);
            }
        }
        return c;
    };
    // A local file: file:///path or /path.
    const QUrl url(v.source);
    const QString local = url.isLocalFile()                       ? url.toLocalFile()
                          : v.source.startsWith(QLatin1Char('/')) ? v.source
                                                                  : QString();
    if (!local.isEmpty() && QFileInfo(local).isFile()) {
        Content c = describe(local, local);
        MLWB_ASSIGN_OR_RETURN(const auto stored, objects.putFile(local));
        c.hash = stored.hash;
        c.size = stored.size;
        return c;
    }
    // runs:/<run id>/<path>: one artifact of the imported run at or below <path>.
    if (runId && v.source.startsWith(QStringLiteral("runs:/"))) {
        const QString path = v.source.section(QLatin1Char('/'), 2);
        tracking::TrackingStore runs(reg.database());
        MLWB_ASSIGN_OR_RETURN(const QList<tracking::Artifact> artifacts, runs.artifacts(*runId));
        QList<tracking::Artifact> matching;
        for (const tracking::Artifact &a : artifacts)
            if (a.path == path || a.path.startsWith(path + QLatin1Char('/')))
                matching.append(a);
        if (matching.size() == 1 && objects.contains(matching.first().hash)) {
            Content c = describe(objects.pathOf(matching.first().hash), matching.first().path);
            c.hash = matching.first().hash;
            c.size = matching.first().size;
            return c;
        }
    }
    return Content{};
}

} // namespace

Result<RegistryImportReport> importMlflowRegistry(ModelRegistry &reg, const QString &path) {
    const QString what = tr("import the MLflow model registry from %1").arg(path);
    MLWB_ASSIGN_OR_RETURN(store::Database mlflow,
                          store::Database::open(path, store::Database::Mode::ReadOnly));
    RegistryImportReport report;
    for (const char *table : {"registered_models", "model_versions"}) {
        MLWB_ASSIGN_OR_RETURN(const bool present, hasTable(mlflow, QLatin1String(table)));
        if (!present)
            return report;
    }
    store::Database &db = reg.database();
    tracking::TrackingStore runs(db);

    MLWB_ASSIGN_OR_RETURN(
        store::Statement models,
        mlflow.prepare(QStringLiteral("SELECT name, coalesce(description, ''), creation_time "
                                      "FROM registered_models ORDER BY name")));
    QSet<QString> imported;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, models.step());
        if (!row)
            break;
        const QString name = models.text(0);
        auto ensured = reg.ensureModel(name);
        if (!ensured) {
            report.problems.append(withContext(ensured.error(), what));
            continue;
        }
        imported.insert(name);
        ++report.models;
        if (ensured->second && !models.text(1).isEmpty())
            MLWB_TRY(reg.setModelDescription(name, models.text(1)));
    }

    MLWB_ASSIGN_OR_RETURN(store::Statement versions,
                          mlflow.prepare(QStringLiteral(
                              "SELECT name, version, creation_time, coalesce(description, ''), "
                              "coalesce(current_stage, ''), coalesce(source, ''), "
                              "coalesce(run_id, '') FROM model_versions "
                              "ORDER BY name, version")));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement insert,
        db.prepare(QStringLiteral(
            "INSERT INTO model_versions(model_id, version, source_kind, run_id, artifact_path, "
            "content_hash, size, format, signature, description, created_at) "
            "SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 FROM registered_models "
            "WHERE name = ?1 AND NOT EXISTS (SELECT 1 FROM model_versions v WHERE "
            "v.model_id = registered_models.id AND v.version = ?2)")));
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, versions.step());
        if (!row)
            break;
        MlflowVersion v{versions.text(0),
                        int(versions.int64(1)),
                        versions.isNull(2) ? tracking::nowSeconds() : versions.int64(2) / 1000.0,
                        versions.text(3),
                        versions.text(4),
                        versions.text(5),
                        versions.text(6)};
        if (!imported.contains(v.model))
            continue;
        MLWB_ASSIGN_OR_RETURN(const std::optional<qint64> runId,
                              v.runId.isEmpty()
                                  ? Result<std::optional<qint64>>(std::nullopt)
                                  : runs.runIdForSource(QStringLiteral("mlflow:") + v.runId));
        auto content = findContent(reg, v, runId);
        if (!content) {
            report.problems.append(withContext(content.error(), what));
            content = Content{};
        }
        insert.reset();
        insert.bind(1, v.model).bind(2, v.version);
        insert.bind(3, runId ? QStringLiteral("run-artifact") : QStringLiteral("file"));
        runId ? insert.bind(4, *runId) : insert.bindNull(4);
        insert.bind(5, v.source)
            .bind(6, content->hash)
            .bind(7, content->size)
            .bind(8, formatName(content->format))
            .bind(9, QString::fromUtf8(
                         QJsonDocument(content->signature).toJson(QJsonDocument::Compact)))
            .bind(10, v.description)
            .bind(11, v.createdAt);
        MLWB_TRY(insert.exec());
        if (db.changes() == 0) {
            ++report.skippedVersions;
            continue;
        }
        ++report.versions;
        if (!content->hash.isEmpty())
            ++report.filesStored;
        if (!v.stage.isEmpty() && v.stage != QStringLiteral("None")) {
            MLWB_TRY(
                reg.setVersionTag(v.model, v.version, QStringLiteral("mlflow.stage"), v.stage));
            ++report.tags;
        }
    }

    MLWB_ASSIGN_OR_RETURN(const bool hasAliases,
                          hasTable(mlflow, QStringLiteral("registered_model_aliases")));
    if (hasAliases) {
        MLWB_ASSIGN_OR_RETURN(store::Statement aliases,
                              mlflow.prepare(QStringLiteral(
                                  "SELECT name, alias, version FROM registered_model_aliases "
                                  "ORDER BY name, alias")));
        for (;;) {
            MLWB_ASSIGN_OR_RETURN(const bool row, aliases.step());
            if (!row)
                break;
            if (!imported.contains(aliases.text(0)))
                continue;
            auto previous = reg.setAlias(aliases.text(0), aliases.text(1), int(aliases.int64(2)));
            if (!previous)
                report.problems.append(withContext(previous.error(), what));
            else if (*previous != std::optional<int>(int(aliases.int64(2))))
                ++report.aliases;
        }
    }
    for (const auto &[table, versioned] :
         {std::pair{"registered_model_tags", false}, std::pair{"model_version_tags", true}}) {
        MLWB_ASSIGN_OR_RETURN(const bool present, hasTable(mlflow, QLatin1String(table)));
        if (!present)
            continue;
        MLWB_ASSIGN_OR_RETURN(
            store::Statement tags,
            mlflow.prepare(QStringLiteral("SELECT name, key, coalesce(value, '')%1 "
                                          "FROM %2 ORDER BY name, key")
                               .arg(versioned ? QStringLiteral(", version") : QString(),
                                    QLatin1String(table))));
        for (;;) {
            MLWB_ASSIGN_OR_RETURN(const bool row, tags.step());
            if (!row)
                break;
            if (!imported.contains(tags.text(0)))
                continue;
            auto previous = versioned ? reg.setVersionTag(tags.text(0), int(tags.int64(3)),
                                                          tags.text(1), tags.text(2))
                                      : reg.setModelTag(tags.text(0), tags.text(1), tags.text(2));
            if (!previous)
                report.problems.append(withContext(previous.error(), what));
            else if (*previous != std::optional<QString>(tags.text(2)))
                ++report.tags;
        }
    }
    return report;
}

} // namespace mlwb::registry

#include "registry.h"

#include "onnxmodel.h"
#include "registrysql.h"

#include "project/project.h"
#include "store/contentstore.h"
#include "tracking/trackingstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mlwb::registry {

using namespace detail;

QString sourceKindName(SourceKind kind) {
    return kind == SourceKind::RunArtifact ? QStringLiteral("run-artifact")
                                           : QStringLiteral("file");
}

QString formatName(ModelFormat format) {
    return format == ModelFormat::Onnx ? QStringLiteral("onnx") : QStringLiteral("opaque");
}

QString currentUser() {
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

Status checkModelName(const QString &name) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]*$"));
    if (name.size() > 200 || !valid.match(name).hasMatch())
        return fail(tr("use \"%1\" as a model name").arg(name),
                    tr("a model name starts with a letter or digit and holds only letters, "
                       "digits and . _ - /"),
                    tr("choose a name like \"mnist-classifier\""));
    return {};
}

Status checkAliasName(const QString &alias) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]+$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (alias.size() > 100 || !valid.match(alias).hasMatch() || digits.match(alias).hasMatch() ||
        alias == QStringLiteral("latest"))
        return fail(tr("use \"%1\" as an alias").arg(alias),
                    tr("an alias holds letters, digits, _ and -, is not a number and not "
                       "\"latest\""),
                    tr("choose a name like \"champion\" or \"challenger\""));
    return {};
}

namespace detail {

ModelVersion versionFromRow(const store::Statement &st) {
    ModelVersion v;
    v.id = st.int64(0);
    v.modelId = st.int64(1);
    v.model = st.text(2);
    v.version = int(st.int64(3));
    v.sourceKind =
        st.text(4) == QStringLiteral("run-artifact") ? SourceKind::RunArtifact : SourceKind::File;
    if (!st.isNull(5))
        v.runId = st.int64(5);
    v.runUuid = st.text(6);
    v.artifactPath = st.text(7);
    v.hash = st.text(8);
    v.size = st.int64(9);
    v.format = st.text(10) == QStringLiteral("onnx") ? ModelFormat::Onnx : ModelFormat::Opaque;
    v.signature = QJsonDocument::fromJson(st.text(11).toUtf8()).object();
    v.description = st.text(12);
    v.createdAt = st.real(13);
    if (!st.isNull(14))
        v.archivedAt = st.real(14);
    return v;
}

} // namespace detail

ModelRegistry::ModelRegistry(store::Database &db, QString objectsDir)
    : m_db(db)
    , m_objectsDir(std::move(objectsDir))
    , m_user(currentUser()) {}

ModelRegistry::ModelRegistry(Project &project)
    : ModelRegistry(project.db(), project.paths().objectsDir()) {}

Result<std::pair<qint64, bool>> ModelRegistry::ensureModel(const QString &name) {
    MLWB_TRY(checkModelName(name));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement insert,
        m_db.prepare(QStringLiteral("INSERT INTO registered_models(name, created_at, updated_at) "
                                    "VALUES (?1, ?2, ?2) ON CONFLICT(name) DO NOTHING")));
    insert.bind(1, name).bind(2, tracking::nowSeconds());
    MLWB_TRY(insert.exec());
    const bool created = m_db.changes() > 0;
    MLWB_ASSIGN_OR_RETURN(const qint64 id, modelId(name));
    return std::pair{id, created};
}

Result<qint64> ModelRegistry::modelId(const QString &name) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral("SELECT id FROM registered_models WHERE name = ?1")));
    st.bind(1, name);
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return fail(tr("find model \"%1\"").arg(name), tr("no model has this name"),
                    tr("list the models with `mlwb model ls`"));
    return st.int64(0);
}

Result<qint64> ModelRegistry::versionId(const QString &model, int version) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(
            QStringLiteral("SELECT id FROM model_versions WHERE model_id = ?1 AND version = ?2")));
    st.bind(1, mid).bind(2, version);
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return fail(tr("find version %1 of model \"%2\"").arg(version).arg(model),
                    tr("the model has no such version"),
                    tr("list its versions with `mlwb model show %1`").arg(model));
    return st.int64(0);
}

namespace {

// Reads an ONNX file's signature; other files are opaque.
Result<std::pair<ModelFormat, QJsonObject>>
describeFile(const QString &objectPath, const QString &name, const QString &source) {
    if (!name.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive))
        return std::pair{ModelFormat::Opaque, QJsonObject{}};
    QFile f(objectPath);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("read %1").arg(source), f.errorString());
    const QByteArray bytes = f.readAll();
    MLWB_ASSIGN_OR_RETURN(const OnnxModel m, parseOnnxModel(bytes, source));
    return std::pair{ModelFormat::Onnx, toSignatureJson(m)};
}

} // namespace

Result<Registration> ModelRegistry::registerFile(const QString &model, const QString &path,
                                                 const RegisterOptions &options) {
    MLWB_TRY(checkModelName(model));
    if (!options.alias.isEmpty())
        MLWB_TRY(checkAliasName(options.alias));
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(tr("register %1 as model \"%2\"").arg(path, model),
                    info.exists() ? tr("it is a folder") : tr("it does not exist"),
                    tr("give the path of one model file, e.g. model.onnx"));
    // Validate before storing, so a broken model leaves nothing behind.
    MLWB_ASSIGN_OR_RETURN(const auto described, describeFile(path, info.fileName(), path));
    store::ContentStore objects(m_objectsDir);
    MLWB_ASSIGN_OR_RETURN(const store::ContentStore::Stored stored, objects.putFile(path));
    return addVersion(model, {stored.hash, stored.size, described.first, described.second},
                      SourceKind::File, std::nullopt, info.absoluteFilePath(), options);
}

Result<Registration> ModelRegistry::registerRunArtifact(const QString &model,
                                                        const QString &runUuidOrPrefix,
                                                        const QString &artifactPath,
                                                        const RegisterOptions &options) {
    MLWB_TRY(checkModelName(model));
    if (!options.alias.isEmpty())
        MLWB_TRY(checkAliasName(options.alias));
    tracking::TrackingStore runs(m_db);
    MLWB_ASSIGN_OR_RETURN(const tracking::Run run, runs.runByUuid(runUuidOrPrefix));
    MLWB_ASSIGN_OR_RETURN(const QList<tracking::Artifact> artifacts, runs.artifacts(run.id));
    const auto it =
        std::find_if(artifacts.begin(), artifacts.end(),
                     [&](const tracking::Artifact &a) { return a.path == artifactPath; });
    const QString what = tr("register artifact %1 of run %2 as model \"%3\"")
                             .arg(artifactPath, run.uuid.left(8), model);
    if (it == artifacts.end())
        return fail(
            what, tr("the run has no artifact with this path"),
            tr("list its artifacts with `mlwb artifact ls --run %1`").arg(run.uuid.left(8)));
    store::ContentStore objects(m_objectsDir);
    if (!objects.contains(it->hash))
        return fail(what, tr("its content (%1) is missing from .mlwb/objects").arg(it->hash),
                    tr("add the artifact to the run again"));
    const QString source = tr("artifact %1 of run %2").arg(artifactPath, run.uuid.left(8));
    MLWB_ASSIGN_OR_RETURN(const auto described,
                          describeFile(objects.pathOf(it->hash), artifactPath, source));
    return addVersion(model, {it->hash, it->size, described.first, described.second},
                      SourceKind::RunArtifact, run.id, artifactPath, options);
}

Result<Registration> ModelRegistry::addVersion(const QString &model, const Stored &stored,
                                               SourceKind kind, std::optional<qint64> runId,
                                               const QString &artifactPath,
                                               const RegisterOptions &options) {
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(m_db));
    MLWB_ASSIGN_OR_RETURN(const auto ensured, ensureModel(model));
    const qint64 mid = ensured.first;
    Registration reg;
    reg.modelCreated = ensured.second;

    MLWB_ASSIGN_OR_RETURN(
        store::Statement same,
        m_db.prepare(QStringLiteral("SELECT version FROM model_versions WHERE model_id = ?1 AND "
                                    "content_hash = ?2 ORDER BY version LIMIT 1")));
    same.bind(1, mid).bind(2, stored.hash);
    MLWB_ASSIGN_OR_RETURN(const bool found, same.step());
    int number = 0;
    if (found) {
        number = int(same.int64(0));
        reg.existed = true;
    } else {
        MLWB_ASSIGN_OR_RETURN(
            const QVariant maxVersion,
            m_db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM model_versions "
                                       "WHERE model_id = %1")
                            .arg(mid)));
        number = maxVersion.toInt() + 1;
        MLWB_ASSIGN_OR_RETURN(
            store::Statement insert,
            m_db.prepare(QStringLiteral(
                "INSERT INTO model_versions(model_id, version, source_kind, run_id, artifact_path, "
                "content_hash, size, format, signature, description, created_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")));
        const double now = tracking::nowSeconds();
        insert.bind(1, mid).bind(2, number).bind(3, sourceKindName(kind));
        if (runId)
            insert.bind(4, *runId);
        else
            insert.bindNull(4);
        insert.bind(5, artifactPath)
            .bind(6, stored.hash)
            .bind(7, stored.size)
            .bind(8, formatName(stored.format))
            .bind(9,
                  QString::fromUtf8(QJsonDocument(stored.signature).toJson(QJsonDocument::Compact)))
            .bind(10, options.description)
            .bind(11, now);
        MLWB_TRY(insert.exec());
        MLWB_ASSIGN_OR_RETURN(store::Statement touch,
                              m_db.prepare(QStringLiteral(
                                  "UPDATE registered_models SET updated_at = ?2 WHERE id = ?1")));
        touch.bind(1, mid).bind(2, now);
        MLWB_TRY(touch.exec());
    }
    if (!options.alias.isEmpty()) {
        MLWB_ASSIGN_OR_RETURN(reg.previousAliasVersion, setAlias(model, options.alias, number));
    }
    MLWB_TRY(tx.commit());
    MLWB_ASSIGN_OR_RETURN(reg.version, version(model, number));
    return reg;
}

Result<QList<RegisteredModel>> ModelRegistry::models(bool includeArchived) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral(
            "SELECT m.id, m.name, m.description, m.created_at, m.updated_at, m.archived_at, "
            "(SELECT count(*) FROM model_versions v WHERE v.model_id = m.id), "
            "(SELECT coalesce(max(version), 0) FROM model_versions v WHERE v.model_id = m.id) "
            "FROM registered_models m WHERE ?1 OR m.archived_at IS NULL ORDER BY m.name")));
    st.bind(1, includeArchived ? 1 : 0);
    MLWB_ASSIGN_OR_RETURN(QList<RegisteredModel> list,
                          collect<RegisteredModel>(st, [](const store::Statement &s) {
                              RegisteredModel m;
                              m.id = s.int64(0);
                              m.name = s.text(1);
                              m.description = s.text(2);
                              m.createdAt = s.real(3);
                              m.updatedAt = s.real(4);
                              if (!s.isNull(5))
                                  m.archivedAt = s.real(5);
                              m.versionCount = int(s.int64(6));
                              m.latestVersion = int(s.int64(7));
                              return m;
                          }));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement aliases,
        m_db.prepare(QStringLiteral("SELECT a.alias, v.version FROM model_aliases a "
                                    "JOIN model_versions v ON v.id = a.version_id "
                                    "WHERE a.model_id = ?1 ORDER BY a.alias")));
    MLWB_ASSIGN_OR_RETURN(store::Statement tags,
                          m_db.prepare(QStringLiteral("SELECT key, value FROM model_tags "
                                                      "WHERE model_id = ?1 ORDER BY key")));
    for (RegisteredModel &m : list) {
        aliases.reset();
        aliases.bind(1, m.id);
        MLWB_ASSIGN_OR_RETURN(
            m.aliases, (collect<std::pair<QString, int>>(aliases, [](const store::Statement &s) {
                return std::pair{s.text(0), int(s.int64(1))};
            })));
        tags.reset();
        tags.bind(1, m.id);
        MLWB_ASSIGN_OR_RETURN(m.tags, collect<tracking::Tag>(tags, [](const store::Statement &s) {
                                  return tracking::Tag{s.text(0), s.text(1)};
                              }));
    }
    return list;
}

Result<RegisteredModel> ModelRegistry::model(const QString &name) {
    MLWB_TRY(modelId(name));
    MLWB_ASSIGN_OR_RETURN(const QList<RegisteredModel> all, models(true));
    for (const RegisteredModel &m : all)
        if (m.name == name)
            return m;
    return fail(tr("find model \"%1\"").arg(name), tr("no model has this name"));
}

namespace {

Status fillVersionDetails(store::Database &db, QList<ModelVersion> &list) {
    MLWB_ASSIGN_OR_RETURN(store::Statement aliases,
                          db.prepare(QStringLiteral("SELECT alias FROM model_aliases "
                                                    "WHERE version_id = ?1 ORDER BY alias")));
    MLWB_ASSIGN_OR_RETURN(store::Statement tags,
                          db.prepare(QStringLiteral("SELECT key, value FROM model_version_tags "
                                                    "WHERE version_id = ?1 ORDER BY key")));
    for (ModelVersion &v : list) {
        aliases.reset();
        aliases.bind(1, v.id);
        MLWB_ASSIGN_OR_RETURN(v.aliases, collect<QString>(aliases, [](const store::Statement &s) {
                                  return s.text(0);
                              }));
        tags.reset();
        tags.bind(1, v.id);
        MLWB_ASSIGN_OR_RETURN(v.tags, collect<tracking::Tag>(tags, [](const store::Statement &s) {
                                  return tracking::Tag{s.text(0), s.text(1)};
                              }));
    }
    return {};
}

} // namespace

Result<QList<ModelVersion>> ModelRegistry::versions(const QString &model, bool includeArchived) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QString::fromLatin1(kVersionColumns) +
                     QStringLiteral("WHERE v.model_id = ?1 AND (?2 OR v.archived_at IS NULL) "
                                    "ORDER BY v.version")));
    st.bind(1, mid).bind(2, includeArchived ? 1 : 0);
    MLWB_ASSIGN_OR_RETURN(QList<ModelVersion> list, collect<ModelVersion>(st, versionFromRow));
    MLWB_TRY(fillVersionDetails(m_db, list));
    return list;
}

Result<ModelVersion> ModelRegistry::versionById(qint64 id) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st, m_db.prepare(QString::fromLatin1(kVersionColumns) +
                                                            QStringLiteral("WHERE v.id = ?1")));
    st.bind(1, id);
    MLWB_ASSIGN_OR_RETURN(QList<ModelVersion> list, collect<ModelVersion>(st, versionFromRow));
    if (list.isEmpty())
        return fail(tr("find model version %1").arg(id), tr("there is no such version"),
                    tr("refresh the model list; the version may have been removed"));
    MLWB_TRY(fillVersionDetails(m_db, list));
    return list.first();
}

Result<ModelVersion> ModelRegistry::version(const QString &model, int number) {
    MLWB_ASSIGN_OR_RETURN(const qint64 id, versionId(model, number));
    return versionById(id);
}

Result<std::optional<ModelVersion>> ModelRegistry::aliasTarget(const QString &model,
                                                               const QString &alias) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral("SELECT version_id FROM model_aliases "
                                                      "WHERE model_id = ?1 AND alias = ?2")));
    st.bind(1, mid).bind(2, alias);
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return std::optional<ModelVersion>{};
    MLWB_ASSIGN_OR_RETURN(ModelVersion v, versionById(st.int64(0)));
    return std::optional<ModelVersion>{std::move(v)};
}

Result<ModelVersion> ModelRegistry::resolve(const QString &ref) {
    const qsizetype at = ref.lastIndexOf(QLatin1Char('@'));
    const QString name = at < 0 ? ref : ref.left(at);
    const QString which = at < 0 ? QStringLiteral("latest") : ref.mid(at + 1);
    bool isNumber = false;
    const int number = which.toInt(&isNumber);
    if (isNumber)
        return version(name, number);
    if (which == QStringLiteral("latest")) {
        MLWB_ASSIGN_OR_RETURN(const QList<ModelVersion> live, versions(name, false));
        if (live.isEmpty())
            return fail(tr("find the latest version of model \"%1\"").arg(name),
                        tr("the model has no versions that are not archived"),
                        tr("register one with `mlwb model register %1 PATH`").arg(name));
        return live.last();
    }
    MLWB_ASSIGN_OR_RETURN(const std::optional<ModelVersion> target, aliasTarget(name, which));
    if (!target)
        return fail(tr("find %1").arg(ref), tr("model \"%1\" has no alias \"%2\"").arg(name, which),
                    tr("set it with `mlwb model alias %1 VERSION %2`").arg(name, which));
    return *target;
}

} // namespace mlwb::registry

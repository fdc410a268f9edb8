#pragma once

#include "core/error.h"
#include "store/database.h"
#include "tracking/runtypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlwb {
class Project;
}

namespace mlwb::registry {

enum class SourceKind { RunArtifact, File };
enum class ModelFormat { Onnx, Opaque };
QString sourceKindName(SourceKind kind); // "run-artifact", "file"
QString formatName(ModelFormat format);  // "onnx", "opaque"

struct RegisteredModel {
    qint64 id = 0;
    QString name;
    QString description; // markdown: the model card
    double createdAt = 0;
    double updatedAt = 0;
    std::optional<double> archivedAt;
    int versionCount = 0;
    int latestVersion = 0;                  // 0 without versions
    QList<std::pair<QString, int>> aliases; // alias → version number, by alias
    QList<tracking::Tag> tags;
};

struct ModelVersion {
    qint64 id = 0;
    qint64 modelId = 0;
    QString model;
    int version = 0;
    SourceKind sourceKind = SourceKind::File;
    std::optional<qint64> runId;
    QString runUuid;
    QString artifactPath; // the run's artifact path, or the file it was registered from
    QString hash;         // content store object; empty when the file was never stored
    qint64 size = 0;
    ModelFormat format = ModelFormat::Opaque;
    QJsonObject signature; // toSignatureJson() for ONNX, {} otherwise
    QString description;
    double createdAt = 0;
    std::optional<double> archivedAt;
    QStringList aliases;
    QList<tracking::Tag> tags;

    QString ref() const { return model + QLatin1Char('@') + QString::number(version); }
};

// One move of an alias; a missing from/to version means it was set or removed.
struct AliasChange {
    QString alias;
    std::optional<int> fromVersion;
    std::optional<int> toVersion;
    QString who;
    double at = 0;
};

struct RegisterOptions {
    QString description; // of the version; kept when the version already existed
    QString alias;       // set (or moved) to the version when not empty
};

struct Registration {
    ModelVersion version;
    bool existed = false;      // the same bytes were registered before: nothing new was added
    bool modelCreated = false; // the model's first version
    std::optional<int> previousAliasVersion; // where RegisterOptions::alias pointed before
};

// Models, versions, aliases, tags, descriptions of one project database.
// Every edit returns what it replaced, so an undo command can put it back:
// setAlias/removeAlias return the alias's previous version (none: it was new,
// undo with removeAlias), set*Tag/remove*Tag the previous value, set*Description
// the previous text, archive/restore whether anything changed.
// Not thread-safe: one registry per connection per thread.
class ModelRegistry {
public:
    ModelRegistry(store::Database &db, QString objectsDir);
    explicit ModelRegistry(Project &project);

    // Copies the file into the content store. A `.onnx` file must be valid ONNX;
    // other files are stored as opaque.
    Result<Registration> registerFile(const QString &model, const QString &path,
                                      const RegisterOptions &options = {});
    // A run's artifact (the run by uuid or unambiguous prefix), already in the store.
    Result<Registration> registerRunArtifact(const QString &model, const QString &runUuidOrPrefix,
                                             const QString &artifactPath,
                                             const RegisterOptions &options = {});

    Result<QList<RegisteredModel>> models(bool includeArchived = true);
    Result<RegisteredModel> model(const QString &name);
    Result<QList<ModelVersion>> versions(const QString &model, bool includeArchived = true);
    Result<ModelVersion> version(const QString &model, int version);
    Result<ModelVersion> versionById(qint64 id);
    // "NAME@3", "NAME@champion" (an alias), "NAME@latest" or "NAME" (the latest
    // version that is not archived).
    Result<ModelVersion> resolve(const QString &ref);
    // The version an alias points at, if any.
    Result<std::optional<ModelVersion>> aliasTarget(const QString &model, const QString &alias);

    Result<std::optional<int>> setAlias(const QString &model, const QString &alias, int version);
    Result<std::optional<int>> removeAlias(const QString &model, const QString &alias);
    // Newest first; all aliases of the model when `alias` is empty.
    Result<QList<AliasChange>> aliasHistory(const QString &model, const QString &alias = {});

    Result<std::optional<QString>> setModelTag(const QString &model, const QString &key,
                                               const QString &value);
    Result<std::optional<QString>> removeModelTag(const QString &model, const QString &key);
    Result<std::optional<QString>> setVersionTag(const QString &model, int version,
                                                 const QString &key, const QString &value);
    Result<std::optional<QString>> removeVersionTag(const QString &model, int version,
                                                    const QString &key);

    Result<QString> setModelDescription(const QString &model, const QString &markdown);
    Result<QString> setVersionDescription(const QString &model, int version,
                                          const QString &markdown);

    Result<bool> archiveModel(const QString &model);
    Result<bool> restoreModel(const QString &model);
    Result<bool> archiveVersion(const QString &model, int version);
    Result<bool> restoreVersion(const QString &model, int version);

    // Who alias moves are recorded for; the OS user unless set.
    void setUser(const QString &user) { m_user = user; }
    QString user() const { return m_user; }

    store::Database &database() { return m_db; }
    QString objectsDir() const { return m_objectsDir; }

    // Creates the model when it does not exist yet (for importers); returns its id.
    Result<std::pair<qint64, bool>> ensureModel(const QString &name);

private:
    struct Stored {
        QString hash;
        qint64 size = 0;
        ModelFormat format = ModelFormat::Opaque;
        QJsonObject signature;
    };
    Result<Registration> addVersion(const QString &model, const Stored &stored, SourceKind kind,
                                    std::optional<qint64> runId, const QString &artifactPath,
                                    const RegisterOptions &options);
    Result<qint64> modelId(const QString &name);
    Result<qint64> versionId(const QString &model, int version);

    store::Database &m_db;
    QString m_objectsDir;
    QString m_user;
};

// The OS user name ($USER, else $LOGNAME, else "unknown").
QString currentUser();
// Model names: letters, digits and . _ - /; no '@'. Aliases: letters, digits, _ and -,
// not only digits and not "latest", so NAME@X is never ambiguous.
Status checkModelName(const QString &name);
Status checkAliasName(const QString &alias);

} // namespace mlwb::registry

#include "datasetstore.h"

#include "filescan.h"
#include "pointerfile.h"
#include "project/project.h"
#include "statcache.h"
#include "store/contentstore.h"
#include "vcs/repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

double now() {
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

constexpr char kVersionColumns[] =
    "SELECT v.id, v.dataset_id, d.name, d.root, d.is_folder, v.number, v.created_at, v.message, "
    "v.file_count, v.total_bytes, v.manifest_hash, v.git_commit "
    "FROM dataset_versions v JOIN datasets d ON d.id = v.dataset_id ";

DatasetVersion versionFromRow(const store::Statement &st) {
    DatasetVersion v;
    v.id = st.int64(0);
    v.datasetId = st.int64(1);
    v.dataset = st.text(2);
    v.root = st.text(3);
    v.folder = st.int64(4) != 0;
    v.number = int(st.int64(5));
    v.createdAt = st.real(6);
    v.message = st.text(7);
    v.files = st.int64(8);
    v.bytes = st.int64(9);
    v.manifestHash = st.text(10);
    v.gitCommit = st.text(11);
    return v;
}

Result<QList<DatasetVersion>> queryVersions(store::Database &db, const QString &where,
                                            const QVariant &arg) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          db.prepare(QString::fromLatin1(kVersionColumns) + where));
    st.bind(1, arg);
    QList<DatasetVersion> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        out.append(versionFromRow(st));
    }
    return out;
}

QString headCommit(const QString &root) {
    auto repo = vcs::Repository::discover(root);
    if (!repo)
        return {};
    auto head = repo->commit(QStringLiteral("HEAD"));
    return head ? head->id : QString();
}

QString defaultName(const QFileInfo &info) {
    return info.isDir() ? info.fileName() : info.completeBaseName();
}

} // namespace

DatasetStore::DatasetStore(Project &project)
    : m_project(project) {}

Result<std::optional<DatasetInfo>> DatasetStore::dataset(const QString &name) {
    MLWB_ASSIGN_OR_RETURN(const QList<DatasetInfo> all, datasets());
    for (const DatasetInfo &d : all)
        if (d.name == name)
            return d;
    return std::nullopt;
}

Result<QList<DatasetInfo>> DatasetStore::datasets() {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_project.db().prepare(QStringLiteral(
            "SELECT d.id, d.name, d.root, d.is_folder, d.created_at, "
            "coalesce((SELECT max(number) FROM dataset_versions v WHERE v.dataset_id = d.id), 0) "
            "FROM datasets d ORDER BY d.name")));
    QList<DatasetInfo> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        out.append(
            {st.int64(0), st.text(1), st.text(2), st.int64(3) != 0, st.real(4), int(st.int64(5))});
    }
    return out;
}

Result<QList<DatasetVersion>> DatasetStore::versions(const QString &name) {
    MLWB_ASSIGN_OR_RETURN(const std::optional<DatasetInfo> d, dataset(name));
    if (!d) {
        MLWB_ASSIGN_OR_RETURN(const QList<DatasetInfo> all, datasets());
        QStringList names;
        for (const DatasetInfo &i : all)
            names.append(i.name);
        return fail(tr("find dataset '%1'").arg(name),
                    names.isEmpty()
                        ? tr("the project has no datasets yet")
                        : tr("the project has datasets %1").arg(names.join(QStringLiteral(", "))),
                    tr("snapshot data with `mlwb data add PATH`; `mlwb data ls` lists datasets"));
    }
    return queryVersions(m_project.db(),
                         QStringLiteral("WHERE v.dataset_id = ?1 ORDER BY v.number"), d->id);
}

Result<DatasetVersion> DatasetStore::version(const QString &name, int number) {
    MLWB_ASSIGN_OR_RETURN(const QList<DatasetVersion> all, versions(name));
    if (all.isEmpty())
        return fail(tr("find a version of dataset '%1'").arg(name), tr("it has no versions"),
                    tr("snapshot it with `mlwb data add`"));
    if (number == 0)
        return all.back();
    for (const DatasetVersion &v : all)
        if (v.number == number)
            return v;
    return fail(tr("find version %1 of dataset '%2'").arg(number).arg(name),
                all.size() == 1 ? tr("it has only version 1")
                                : tr("it has versions 1 to %1").arg(all.back().number),
                tr("`mlwb data versions %1` lists them; `latest` names the newest").arg(name));
}

Result<DatasetVersion> DatasetStore::readVersion(qint64 versionId) {
    MLWB_ASSIGN_OR_RETURN(
        const QList<DatasetVersion> v,
        queryVersions(m_project.db(), QStringLiteral("WHERE v.id = ?1"), versionId));
    if (v.isEmpty())
        return fail(tr("read dataset version %1").arg(versionId), tr("there is no such version"));
    return v.front();
}

Result<Manifest> DatasetStore::manifest(const DatasetVersion &version) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_project.db().prepare(QStringLiteral(
                              "SELECT path, hash, size, mode, mtime_ns FROM dataset_files "
                              "WHERE version_id = ?1 ORDER BY path")));
    st.bind(1, version.id);
    Manifest m;
    m.folder = version.folder;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        m.entries.append({st.text(0), st.text(1), st.int64(2), int(st.int64(3)), st.int64(4)});
    }
    m.sort(); // SQLite's ORDER BY compares bytes; keep QString order for find()
    return m;
}

Result<Manifest> DatasetStore::manifestByHash(const QString &hash) {
    const store::ContentStore objects(m_project.paths().objectsDir());
    QFile f(objects.pathOf(hash));
    if (hash.size() != 32 || !f.open(QIODevice::ReadOnly))
        return fail(tr("read dataset manifest %1").arg(hash),
                    tr("it is not in %1").arg(m_project.paths().objectsDir()),
                    tr("the version was snapshotted in another copy of the project; run "
                       "`mlwb data add` there, or copy its .mlwb/objects"));
    return Manifest::parse(f.readAll(), hash);
}

Result<SnapshotResult> DatasetStore::snapshot(const QString &path, const SnapshotOptions &options) {
    const QFileInfo info(path);
    const QString abs = QDir::cleanPath(info.absoluteFilePath());
    const QString what = tr("snapshot %1").arg(path);
    const QString projectRoot = m_project.paths().root();
    const QString root = QDir(projectRoot).relativeFilePath(abs);
    if (root.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(root))
        return fail(what, tr("it is outside the project %1").arg(projectRoot),
                    tr("move the data into the project folder, or open the project it lies in"));
    if (root == QLatin1String(".") || root.startsWith(QLatin1String(".mlwb")))
        return fail(what, tr("that is the project itself or its data folder"),
                    tr("snapshot a file or a folder inside the project"));
    if (!info.exists())
        return fail(what, tr("there is no file or folder there"), tr("check the path"));
    const bool folder = info.isDir();

    // Which dataset: the name given, else the one already at this path, else a new one.
    MLWB_ASSIGN_OR_RETURN(const QList<DatasetInfo> all, datasets());
    std::optional<DatasetInfo> target;
    for (const DatasetInfo &d : all)
        if (options.name.isEmpty() ? d.root == root : d.name == options.name)
            target = d;
    const QString name =
        target ? target->name : (options.name.isEmpty() ? defaultName(info) : options.name);
    if (target && target->root != root)
        return fail(what, tr("dataset '%1' is the data at %2").arg(name, target->root),
                    tr("choose another name with --name"));
    if (!target)
        for (const DatasetInfo &d : all)
            if (d.name == name)
                return fail(what, tr("dataset '%1' is the data at %2").arg(name, d.root),
                            tr("choose another name with --name"));

    MLWB_ASSIGN_OR_RETURN(QList<ScannedFile> files, scanFiles(abs));
    if (files.isEmpty())
        return fail(what, tr("the folder holds no files"), tr("add files to it first"));

    std::optional<DatasetVersion> latest;
    QSet<QString> known; // hashes of the latest version: their objects are there
    if (target && target->latestVersion > 0) {
        MLWB_ASSIGN_OR_RETURN(latest, version(name, 0));
        MLWB_ASSIGN_OR_RETURN(const Manifest previous, manifest(*latest));
        for (const ManifestEntry &e : previous.entries)
            known.insert(e.hash);
    }

    store::ContentStore objects(m_project.paths().objectsDir());
    StatCache cache(m_project.db());
    MLWB_TRY(cache.load(abs));
    SnapshotResult result;
    QStringList hashes(files.size());
    QList<ScannedFile> toHash;
    QList<qsizetype> toHashIndex;
    for (qsizetype i = 0; i < files.size(); ++i) {
        QString h = cache.lookup(files[i]);
        if (!h.isEmpty() && (known.contains(h) || objects.contains(h))) {
            hashes[i] = std::move(h);
            ++result.filesReused;
        } else {
            toHash.append(files[i]);
            toHashIndex.append(i);
            result.bytesHashed += files[i].size;
        }
    }
    result.filesHashed = toHash.size();
    MLWB_ASSIGN_OR_RETURN(const QStringList fresh, hashFiles(toHash, &objects, options.progress));
    QList<std::pair<ScannedFile, QString>> cacheUpdates;
    for (qsizetype k = 0; k < toHash.size(); ++k) {
        hashes[toHashIndex[k]] = fresh[k];
        cacheUpdates.append({toHash[k], fresh[k]});
    }
    MLWB_TRY(cache.update(cacheUpdates));

    Manifest m;
    m.folder = folder;
    for (qsizetype i = 0; i < files.size(); ++i)
        m.entries.append(
            {files[i].path, hashes[i], files[i].size, files[i].mode, files[i].mtimeNs});
    m.sort();
    const QString manifestHash = m.hash();
    result.pointerPath = PointerFile::pathFor(abs);

    // Data equal to an earlier version (say, after checking it out) is that version.
    std::optional<DatasetVersion> same;
    if (target) {
        MLWB_ASSIGN_OR_RETURN(
            const QList<DatasetVersion> matches,
            queryVersions(m_project.db(),
                          QStringLiteral("WHERE v.dataset_id = %1 AND v.manifest_hash = ?1 "
                                         "ORDER BY v.number DESC LIMIT 1")
                              .arg(target->id),
                          manifestHash));
        if (!matches.isEmpty())
            same = matches.front();
    }
    if (same) {
        result.version = *same;
    } else {
        const QByteArray manifestText = m.serialize();
        MLWB_TRY(objects.putBytes(manifestText));
        store::Database &db = m_project.db();
        MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(db));
        qint64 datasetId = target ? target->id : 0;
        if (!target) {
            MLWB_ASSIGN_OR_RETURN(
                store::Statement ins,
                db.prepare(QStringLiteral("INSERT INTO datasets(name, root, is_folder, created_at) "
                                          "VALUES (?1, ?2, ?3, ?4)")));
            ins.bind(1, name).bind(2, root).bind(3, folder ? 1 : 0).bind(4, now());
            MLWB_TRY(ins.exec());
            datasetId = db.lastInsertRowId();
        }
        MLWB_ASSIGN_OR_RETURN(
            store::Statement insVersion,
            db.prepare(QStringLiteral(
                "INSERT INTO dataset_versions(dataset_id, number, created_at, message, "
                "file_count, total_bytes, manifest_hash, git_commit) VALUES (?1, "
                "(SELECT coalesce(max(number), 0) + 1 FROM dataset_versions WHERE dataset_id = ?1),"
                " ?2, ?3, ?4, ?5, ?6, ?7)")));
        insVersion.bind(1, datasetId).bind(2, now()).bind(3, options.message);
        insVersion.bind(4, qint64(m.entries.size())).bind(5, m.totalBytes()).bind(6, manifestHash);
        insVersion.bind(7, headCommit(projectRoot));
        MLWB_TRY(insVersion.exec());
        const qint64 versionId = db.lastInsertRowId();
        MLWB_ASSIGN_OR_RETURN(store::Statement insFile,
                              db.prepare(QStringLiteral(
                                  "INSERT INTO dataset_files(version_id, path, hash, size, mode, "
                                  "mtime_ns) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")));
        for (const ManifestEntry &e : m.entries) {
            insFile.bind(1, versionId).bind(2, e.path).bind(3, e.hash).bind(4, e.size);
            insFile.bind(5, e.mode).bind(6, e.mtimeNs);
            MLWB_TRY(insFile.exec());
        }
        MLWB_TRY(tx.commit());
        MLWB_ASSIGN_OR_RETURN(result.version, readVersion(versionId));
        result.created = true;
    }
    PointerFile pointer{result.version.dataset,   result.version.number, manifestHash, folder,
                        qint64(m.entries.size()), m.totalBytes()};
    MLWB_TRY(pointer.write(result.pointerPath));
    return result;
}

Status DatasetStore::recordUse(qint64 runId, qint64 versionId, const QString &role) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_project.db().prepare(QStringLiteral(
                              "INSERT OR IGNORE INTO run_datasets(run_id, dataset_version_id, "
                              "role, created_at) VALUES (?1, ?2, ?3, ?4)")));
    st.bind(1, runId).bind(2, versionId).bind(3, role).bind(4, now());
    if (auto r = st.exec(); !r)
        return fail(tr("record that run %1 used dataset version %2").arg(runId).arg(versionId),
                    r.error().why, tr("check that both the run and the version exist"));
    return {};
}

Result<QList<std::pair<DatasetVersion, QString>>> DatasetStore::usedBy(qint64 runId) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_project.db().prepare(QStringLiteral(
                              "SELECT dataset_version_id, role FROM run_datasets WHERE run_id = ?1 "
                              "ORDER BY created_at, dataset_version_id")));
    st.bind(1, runId);
    QList<std::pair<qint64, QString>> ids;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        ids.append({st.int64(0), st.text(1)});
    }
    QList<std::pair<DatasetVersion, QString>> out;
    for (const auto &[id, role] : ids) {
        MLWB_ASSIGN_OR_RETURN(DatasetVersion v, readVersion(id));
        out.append({std::move(v), role});
    }
    return out;
}

} // namespace mlwb::datasets

#include "dataref.h"

#include "datasetstore.h"
#include "dvccache.h"
#include "dvchistory.h"
#include "pointerfile.h"
#include "project/project.h"
#include "vcs/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

Result<std::shared_ptr<QTemporaryDir>> scratchDir() {
    auto dir =
        std::make_shared<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mlwb-data-XXXXXX"));
    if (!dir->isValid())
        return fail(tr("create a temporary folder"), dir->errorString(),
                    tr("check free space in %1").arg(QDir::tempPath()));
    return dir;
}

// "latest" or a positive number.
Result<int> parseVersionNumber(const QString &text, const QString &name) {
    if (text.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0)
        return 0;
    QString digits = text;
    if (digits.startsWith(QLatin1Char('v')))
        digits.remove(0, 1);
    bool ok = false;
    const int n = digits.toInt(&ok);
    if (!ok || n < 1)
        return fail(tr("read the version in '%1@%2'").arg(name, text),
                    tr("'%1' is not a version number").arg(text),
                    tr("write NAME@1, NAME@2, … or NAME@latest"));
    return n;
}

} // namespace

DataRefResolver::DataRefResolver(QString projectDir)
    : m_projectDir(std::move(projectDir)) {}
DataRefResolver::~DataRefResolver() = default;
DataRefResolver::DataRefResolver(DataRefResolver &&) noexcept = default;

Result<Project *> DataRefResolver::project() {
    if (!m_project) {
        MLWB_ASSIGN_OR_RETURN(Project p, Project::locateAndOpen(m_projectDir));
        m_project = std::make_unique<Project>(std::move(p));
    }
    return m_project.get();
}

Result<ResolvedData> DataRefResolver::resolve(const QString &spec) {
    const QFileInfo info(spec);
    if (info.exists())
        return ResolvedData{info.absoluteFilePath(), spec, info.isDir(), {}, nullptr};
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == spec.size() - 1)
        return fail(tr("read %1").arg(spec), tr("there is no such file or folder"),
                    tr("give a path, NAME@VERSION for a dataset snapshot, or PATH@REV for a "
                       "git revision"));
    const QString left = spec.left(at);
    const QString right = spec.mid(at + 1);

    // A dataset's name wins over a file or folder of that name.
    const bool maybeName = !left.contains(QLatin1Char('/'));
    if (maybeName) {
        auto p = project();
        if (p) {
            DatasetStore datasets(**p);
            MLWB_ASSIGN_OR_RETURN(const auto known, datasets.dataset(left));
            if (known)
                return resolveDataset(left, right);
        }
    }
    auto fromGit = resolveGitPath(left, right);
    if (fromGit || !maybeName)
        return fromGit;
    // Neither a dataset nor a file in git: say what there is.
    auto p = project();
    if (!p)
        return fromGit;
    DatasetStore datasets(**p);
    MLWB_ASSIGN_OR_RETURN(const QList<DatasetInfo> all, datasets.datasets());
    QStringList names;
    for (const DatasetInfo &d : all)
        names.append(d.name);
    return fail(tr("read %1").arg(spec),
                names.isEmpty()
                    ? tr("there is no dataset '%1' (the project has none yet) and no file of "
                         "that name in git")
                          .arg(left)
                    : tr("there is no dataset '%1' (there are: %2) and no file of that name in git")
                          .arg(left, names.join(QStringLiteral(", "))),
                tr("`mlwb data ls` lists the datasets; `mlwb data add PATH` creates one"));
}

Result<ResolvedData> DataRefResolver::resolveDataset(const QString &name, const QString &version) {
    MLWB_ASSIGN_OR_RETURN(const int number, parseVersionNumber(version, name));
    MLWB_ASSIGN_OR_RETURN(Project * p, project());
    DatasetStore datasets(*p);
    MLWB_ASSIGN_OR_RETURN(const DatasetVersion v, datasets.version(name, number));
    MLWB_ASSIGN_OR_RETURN(auto scratch, scratchDir());
    const QString target = scratch->filePath(QFileInfo(v.root).fileName());
    CheckoutOptions options;
    options.rememberStats = false;
    MLWB_ASSIGN_OR_RETURN(const Manifest m, datasets.manifest(v));
    MLWB_TRY(datasets.restore(m, target, options));
    return ResolvedData{
        target, QStringLiteral("%1@%2").arg(name).arg(v.number), v.folder, {}, std::move(scratch)};
}

Result<ResolvedData> DataRefResolver::resolveGitPath(const QString &path, const QString &rev) {
    const QFileInfo file(path);
    QString folder = file.absolutePath();
    while (!QFileInfo(folder).isDir() && folder.size() > 1)
        folder = QFileInfo(folder).absolutePath();
    MLWB_ASSIGN_OR_RETURN(vcs::Repository repo, vcs::Repository::discover(folder));
    const QString relative = QDir(repo.workdir()).relativeFilePath(file.absoluteFilePath());
    MLWB_ASSIGN_OR_RETURN(const vcs::CommitInfo commit, repo.commit(rev));
    const QString label = QStringLiteral("%1@%2").arg(path, rev);
    MLWB_ASSIGN_OR_RETURN(auto scratch, scratchDir());
    const QString target = scratch->filePath(file.fileName());

    // 1. Our pointer file: the manifest it names, from this project's objects.
    if (auto bytes = repo.fileAt(commit.id, PointerFile::pathFor(relative))) {
        MLWB_ASSIGN_OR_RETURN(
            const PointerFile pointer,
            PointerFile::parse(*bytes, PointerFile::pathFor(relative) + QLatin1Char('@') + rev));
        MLWB_ASSIGN_OR_RETURN(Project * p, project());
        DatasetStore datasets(*p);
        MLWB_ASSIGN_OR_RETURN(const Manifest m, datasets.manifestByHash(pointer.manifest));
        CheckoutOptions options;
        options.rememberStats = false;
        MLWB_TRY(datasets.restore(m, target, options));
        return ResolvedData{target, label, m.folder, {}, std::move(scratch)};
    }
    // 2. DVC: the .dvc file or dvc.lock of that commit, read from .dvc/cache.
    MLWB_ASSIGN_OR_RETURN(const std::optional<DvcOut> out, dvcOutAt(repo, commit.id, relative));
    if (out) {
        const DvcCache cache = DvcCache::forRepository(repo.workdir());
        MLWB_ASSIGN_OR_RETURN(const DvcMaterialized m, cache.materialize(*out, target));
        ResolvedData data{target, label, out->folder, {}, std::move(scratch)};
        for (const QString &missing : m.missing)
            data.warnings.append(tr("%1: %2 is not in the DVC cache %3 (run `dvc fetch`)")
                                     .arg(label, missing, cache.dir()));
        for (const QString &bad : m.mismatched)
            data.warnings.append(
                tr("%1: %2 in the DVC cache does not match its md5").arg(label, bad));
        if (!out->folder && m.written == 0)
            return fail(tr("read %1").arg(label),
                        tr("its content %1 is not in the DVC cache %2").arg(out->md5, cache.dir()),
                        tr("run `dvc fetch` or `dvc pull` to download it"));
        return data;
    }
    // 3. The file as git stores it.
    MLWB_ASSIGN_OR_RETURN(const QByteArray bytes, repo.fileAt(commit.id, relative));
    QSaveFile save(target);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
        return fail(tr("write %1").arg(target), save.errorString(),
                    tr("check free space in %1").arg(QDir::tempPath()));
    return ResolvedData{target, label, false, {}, std::move(scratch)};
}

} // namespace mlwb::datasets

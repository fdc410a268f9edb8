#include "datasethistory.h"

#include "dvchistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

} // namespace

QString gitVersionKindName(GitVersionKind kind) {
    switch (kind) {
    case GitVersionKind::Pointer:
        return QStringLiteral("pointer");
    case GitVersionKind::File:
        return QStringLiteral("file");
    case GitVersionKind::Dvc:
        return QStringLiteral("dvc");
    }
    return {};
}

bool isPlainTableFile(const QString &path) {
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"),
                                      QStringLiteral("tab"), QStringLiteral("jsonl"),
                                      QStringLiteral("ndjson")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

Result<QList<GitDataVersion>> gitDataVersions(vcs::Repository &repo, const QString &path) {
    const QString clean = QDir::cleanPath(path);
    QList<GitDataVersion> out;

    const QString pointerPath = PointerFile::pathFor(clean);
    MLWB_ASSIGN_OR_RETURN(const QList<vcs::CommitInfo> pointerCommits, repo.history(pointerPath));
    for (const vcs::CommitInfo &c : pointerCommits) {
        auto bytes = repo.fileAt(c.id, pointerPath);
        if (!bytes)
            continue; // the commit deleted the pointer
        auto pointer = PointerFile::parse(*bytes, pointerPath + QLatin1Char('@') + c.id.left(12));
        if (!pointer)
            return std::unexpected(pointer.error());
        out.append({c, GitVersionKind::Pointer, clean, *pointer, std::nullopt});
    }

    if (isPlainTableFile(clean)) {
        MLWB_ASSIGN_OR_RETURN(const QList<vcs::CommitInfo> fileCommits, repo.history(clean));
        for (const vcs::CommitInfo &c : fileCommits)
            if (repo.fileAt(c.id, clean)) // skip the commit that deleted it
                out.append({c, GitVersionKind::File, clean, std::nullopt, std::nullopt});
    }

    auto dvc = dvcVersions(repo, clean);
    if (!dvc)
        return std::unexpected(
            withContext(dvc.error(), tr("list the DVC versions of %1").arg(clean)));
    for (const DvcVersion &v : *dvc)
        out.append({v.commit, GitVersionKind::Dvc, clean, std::nullopt, v.out});

    std::stable_sort(out.begin(), out.end(), [](const GitDataVersion &a, const GitDataVersion &b) {
        return a.commit.time > b.commit.time;
    });
    return out;
}

} // namespace mlwb::datasets

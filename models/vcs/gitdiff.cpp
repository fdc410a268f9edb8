#include "gitdiff.h"

#include "gitptr.h"

namespace mlwb::vcs {

using namespace detail;

namespace {

char statusLetter(git_delta_t status) {
    switch (status) {
    case GIT_DELTA_ADDED:
    case GIT_DELTA_UNTRACKED:
        return 'A';
    case GIT_DELTA_DELETED:
        return 'D';
    case GIT_DELTA_RENAMED:
        return 'R';
    case GIT_DELTA_COPIED:
        return 'C';
    default:
        return 'M';
    }
}

QString lineText(const git_diff_line *line) {
    qsizetype n = qsizetype(line->content_len);
    while (n > 0 && (line->content[n - 1] == '\n' || line->content[n - 1] == '\r'))
        --n;
    return QString::fromUtf8(line->content, n);
}

Result<FileDiff> toFileDiff(git_diff *diff, size_t index) {
    git_patch *rawPatch = nullptr;
    if (git_patch_from_diff(&rawPatch, diff, index) != 0)
        return std::unexpected(gitError(tr("read file change %1 of a diff").arg(index + 1)));
    PatchPtr patch(rawPatch);
    const git_diff_delta *delta =
        rawPatch ? git_patch_get_delta(patch.get()) : git_diff_get_delta(diff, index);
    FileDiff file;
    file.oldPath = QString::fromUtf8(delta->old_file.path);
    file.newPath = QString::fromUtf8(delta->new_file.path);
    file.status = statusLetter(delta->status);
    file.binary = (delta->flags & GIT_DIFF_FLAG_BINARY) != 0;
    if (!patch || file.binary)
        return file;
    for (size_t h = 0; h < git_patch_num_hunks(patch.get()); ++h) {
        const git_diff_hunk *hunk = nullptr;
        size_t lines = 0;
        if (git_patch_get_hunk(&hunk, &lines, patch.get(), h) != 0)
            return std::unexpected(gitError(tr("read a hunk of %1").arg(file.newPath)));
        DiffHunk out;
        out.header = QString::fromUtf8(hunk->header, qsizetype(hunk->header_len)).trimmed();
        for (size_t l = 0; l < lines; ++l) {
            const git_diff_line *line = nullptr;
            if (git_patch_get_line_in_hunk(&line, patch.get(), h, l) != 0)
                return std::unexpected(gitError(tr("read a line of %1").arg(file.newPath)));
            DiffLine dl;
            switch (line->origin) {
            case GIT_DIFF_LINE_ADDITION:
                dl.origin = LineOrigin::Added;
                ++file.additions;
                break;
            case GIT_DIFF_LINE_DELETION:
                dl.origin = LineOrigin::Removed;
                ++file.deletions;
                break;
            case GIT_DIFF_LINE_CONTEXT:
                dl.origin = LineOrigin::Context;
                break;
            default: // "\ No newline at end of file" markers
                continue;
            }
            dl.oldLine = line->old_lineno;
            dl.newLine = line->new_lineno;
            dl.text = lineText(line);
            out.lines.append(std::move(dl));
        }
        file.hunks.append(std::move(out));
    }
    return file;
}

} // namespace

namespace detail {

Result<QList<FileDiff>> toFileDiffs(git_diff *diff) {
    QList<FileDiff> files;
    const size_t n = git_diff_num_deltas(diff);
    files.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        MLWB_ASSIGN_OR_RETURN(FileDiff f, toFileDiff(diff, i));
        files.append(std::move(f));
    }
    return files;
}

} // namespace detail

Result<QList<FileDiff>> Repository::diff(const QString &fromRev, const QString &toRev) {
    const QString what = tr("compare %1 with %2")
                             .arg(fromRev.isEmpty() ? tr("the empty tree") : fromRev,
                                  toRev.isEmpty() ? tr("the work tree") : toRev);
    auto treeOf = [this](const QString &rev) -> Result<TreePtr> {
        if (rev.isEmpty())
            return TreePtr();
        git_object *raw = nullptr;
        if (git_revparse_single(&raw, m_repo.get(), rev.toUtf8().constData()) != 0)
            return std::unexpected(gitError(tr("resolve revision '%1'").arg(rev),
                                            tr("use a commit id, branch, tag or HEAD~N")));
        ObjectPtr obj(raw);
        git_object *tree = nullptr;
        if (git_object_peel(&tree, obj.get(), GIT_OBJECT_TREE) != 0)
            return std::unexpected(gitError(tr("resolve revision '%1'").arg(rev)));
        return TreePtr(reinterpret_cast<git_tree *>(tree));
    };
    MLWB_ASSIGN_OR_RETURN(TreePtr from, treeOf(fromRev));
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    git_diff *raw = nullptr;
    int rc = 0;
    if (toRev.isEmpty()) {
        rc = git_diff_tree_to_workdir_with_index(&raw, m_repo.get(), from.get(), &opts);
    } else {
        MLWB_ASSIGN_OR_RETURN(TreePtr to, treeOf(toRev));
        rc = git_diff_tree_to_tree(&raw, m_repo.get(), from.get(), to.get(), &opts);
    }
    if (rc != 0)
        return std::unexpected(gitError(what));
    DiffPtr diff(raw);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(diff.get(), &find) != 0)
        return std::unexpected(gitError(what));
    return toFileDiffs(diff.get());
}

Result<QList<FileDiff>> Repository::parsePatch(const QString &patch) {
    ensureInitialised();
    if (patch.trimmed().isEmpty())
        return QList<FileDiff>();
    const QByteArray bytes = patch.toUtf8();
    git_diff *raw = nullptr;
    if (git_diff_from_buffer(&raw, bytes.constData(), size_t(bytes.size())) != 0)
        return std::unexpected(
            gitError(tr("read a stored patch"), tr("the patch is not a unified diff")));
    DiffPtr diff(raw);
    return toFileDiffs(diff.get());
}

} // namespace mlwb::vcs

#include "repository.h"

#include "gitptr.h"

#include <QCoreApplication>
#include <QDir>

#include <mutex>

namespace mlwb::vcs {

using namespace detail;

namespace detail {

void ensureInitialised() {
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString oidToString(const git_oid *oid) {
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

Error gitError(const QString &what, const QString &hint) {
    return Error{what, lastGitError(), hint};
}

} // namespace detail

QString lastGitError() {
    const git_error *e = git_error_last();
    if (!e || !e->message)
        return tr("unknown libgit2 error");
    return QString::fromUtf8(e->message).trimmed();
}

void Repository::Free::operator()(git_repository *r) const {
    git_repository_free(r);
}

namespace {

CommitInfo toCommitInfo(const git_commit *c) {
    CommitInfo info;
    info.id = oidToString(git_commit_id(c));
    info.summary = QString::fromUtf8(git_commit_summary(const_cast<git_commit *>(c)));
    info.message = QString::fromUtf8(git_commit_message(c));
    if (const git_signature *a = git_commit_author(c)) {
        info.author = QString::fromUtf8(a->name);
        info.email = QString::fromUtf8(a->email);
        info.time = a->when.time;
    }
    return info;
}

Result<ObjectPtr> resolve(git_repository *repo, const QString &rev, git_object_t type) {
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, repo, rev.toUtf8().constData()) != 0)
        return std::unexpected(gitError(tr("resolve revision '%1'").arg(rev),
                                        tr("use a commit id, branch, tag or HEAD~N")));
    ObjectPtr obj(raw);
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, obj.get(), type) != 0)
        return std::unexpected(gitError(tr("resolve revision '%1'").arg(rev)));
    return ObjectPtr(peeled);
}

// The blob id of `path` in `tree`, or a zero id when the path is absent.
git_oid blobIdAt(git_tree *tree, const QByteArray &path) {
    git_oid id{};
    git_tree_entry *raw = nullptr;
    if (tree && git_tree_entry_bypath(&raw, tree, path.constData()) == 0) {
        TreeEntryPtr entry(raw);
        git_oid_cpy(&id, git_tree_entry_id(entry.get()));
    }
    return id;
}

} // namespace

Result<Repository> Repository::discover(const QString &path) {
    ensureInitialised();
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, QDir(path).absolutePath().toUtf8().constData(), 0, nullptr) !=
        0)
        return std::unexpected(gitError(tr("open git repository at %1").arg(path),
                                        tr("run `git init` there or choose a folder inside a "
                                           "git work tree")));
    Repository r;
    r.m_repo.reset(raw);
    return r;
}

Result<Repository> Repository::initOrOpen(const QString &path) {
    ensureInitialised();
    const QByteArray abs = QDir(path).absolutePath().toUtf8();
    git_repository *raw = nullptr;
    const int rc = git_repository_open_ext(&raw, abs.constData(), 0, nullptr);
    if (rc == GIT_ENOTFOUND) {
        if (git_repository_init(&raw, abs.constData(), 0) != 0)
            return std::unexpected(gitError(tr("create git repository in %1").arg(path),
                                            tr("check that the folder is writable")));
    } else if (rc != 0) {
        return std::unexpected(gitError(tr("open git repository at %1").arg(path)));
    }
    Repository r;
    r.m_repo.reset(raw);
    return r;
}

Result<Repository> Repository::initAt(const QString &path) {
    ensureInitialised();
    const QByteArray abs = QDir(path).absolutePath().toUtf8();
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, abs.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) ==
        0) {
        Repository r;
        r.m_repo.reset(raw);
        return r;
    }
    if (git_repository_init(&raw, abs.constData(), 0) != 0)
        return std::unexpected(gitError(tr("create git repository in %1").arg(path),
                                        tr("check that the folder is writable")));
    Repository r;
    r.m_repo.reset(raw);
    return r;
}

QString Repository::workdir() const {
    const char *w = git_repository_workdir(m_repo.get());
    return w ? QDir::cleanPath(QString::fromUtf8(w)) : QString();
}

Result<WorkingState> Repository::workingState() {
    WorkingState state;
    TreePtr headTree;
    if (git_repository_head_unborn(m_repo.get()) != 1) {
        MLWB_ASSIGN_OR_RETURN(ObjectPtr head,
                              resolve(m_repo.get(), QStringLiteral("HEAD"), GIT_OBJECT_COMMIT));
        const auto *c = reinterpret_cast<git_commit *>(head.get());
        state.commit = oidToString(git_commit_id(c));
        git_tree *tree = nullptr;
        if (git_commit_tree(&tree, c) != 0)
            return std::unexpected(gitError(tr("read the tree of HEAD")));
        headTree.reset(tree);
    }
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    git_diff *raw = nullptr;
    if (git_diff_tree_to_workdir_with_index(&raw, m_repo.get(), headTree.get(), &opts) != 0)
        return std::unexpected(
            gitError(tr("compare the work tree of %1 with HEAD").arg(workdir())));
    DiffPtr diff(raw);
    state.dirty = git_diff_num_deltas(diff.get()) > 0;
    if (state.dirty) {
        Buf buf;
        if (git_diff_to_buf(&buf.buf, diff.get(), GIT_DIFF_FORMAT_PATCH) != 0)
            return std::unexpected(gitError(tr("format the uncommitted changes as a patch")));
        state.patch = buf.toString();
    }
    return state;
}

Result<CommitInfo> Repository::commit(const QString &rev) {
    MLWB_ASSIGN_OR_RETURN(ObjectPtr obj, resolve(m_repo.get(), rev, GIT_OBJECT_COMMIT));
    return toCommitInfo(reinterpret_cast<git_commit *>(obj.get()));
}

Result<QString> Repository::commitAll(const QString &message, const QString &author,
                                      const QString &email, std::optional<qint64> time) {
    const QString what = tr("commit the work tree of %1").arg(workdir());
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, m_repo.get()) != 0)
        return std::unexpected(gitError(what));
    IndexPtr index(rawIndex);
    if (git_index_add_all(index.get(), nullptr, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) != 0 ||
        git_index_update_all(index.get(), nullptr, nullptr, nullptr) != 0 ||
        git_index_write(index.get()) != 0)
        return std::unexpected(gitError(what));
    git_oid treeId;
    if (git_index_write_tree(&treeId, index.get()) != 0)
        return std::unexpected(gitError(what));
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, m_repo.get(), &treeId) != 0)
        return std::unexpected(gitError(what));
    TreePtr tree(rawTree);

    git_signature *rawSig = nullptr;
    const QByteArray name = author.toUtf8();
    const QByteArray mail = email.toUtf8();
    const int sigRc = time
                          ? git_signature_new(&rawSig, name.constData(), mail.constData(), *time, 0)
                          : git_signature_now(&rawSig, name.constData(), mail.constData());
    if (sigRc != 0)
        return std::unexpected(gitError(what, tr("give a non-empty author name and email")));
    SignaturePtr sig(rawSig);

    ObjectPtr parentObj;
    if (git_repository_head_unborn(m_repo.get()) != 1) {
        MLWB_ASSIGN_OR_RETURN(parentObj,
                              resolve(m_repo.get(), QStringLiteral("HEAD"), GIT_OBJECT_COMMIT));
    }
    const git_commit *parents[] = {reinterpret_cast<git_commit *>(parentObj.get())};
    git_oid id;
    if (git_commit_create(&id, m_repo.get(), "HEAD", sig.get(), sig.get(), nullptr,
                          message.toUtf8().constData(), tree.get(), parentObj ? 1 : 0,
                          parents) != 0)
        return std::unexpected(gitError(what));
    return oidToString(&id);
}

Result<QByteArray> Repository::fileAt(const QString &rev, const QString &path) {
    MLWB_ASSIGN_OR_RETURN(ObjectPtr tree, resolve(m_repo.get(), rev, GIT_OBJECT_TREE));
    git_tree_entry *rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, reinterpret_cast<git_tree *>(tree.get()),
                              path.toUtf8().constData()) != 0)
        return fail(tr("read %1 at %2").arg(path, rev), tr("the file is not in that revision"),
                    tr("check the path (relative to the repository root) and the revision"));
    TreeEntryPtr entry(rawEntry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return fail(tr("read %1 at %2").arg(path, rev), tr("it is a folder, not a file"));
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, m_repo.get(), git_tree_entry_id(entry.get())) != 0)
        return std::unexpected(gitError(tr("read %1 at %2").arg(path, rev)));
    BlobPtr blob(rawBlob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

Result<QList<CommitInfo>> Repository::history(const QString &path, int limit) {
    QList<CommitInfo> out;
    if (git_repository_head_unborn(m_repo.get()) == 1)
        return out;
    const QString what = tr("read the history of %1").arg(path);
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, m_repo.get()) != 0)
        return std::unexpected(gitError(what));
    RevwalkPtr walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0)
        return std::unexpected(gitError(what));
    const QByteArray p = path.toUtf8();
    git_oid id;
    while (out.size() < limit && git_revwalk_next(&id, walk.get()) == 0) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, m_repo.get(), &id) != 0)
            return std::unexpected(gitError(what));
        CommitPtr commit(rawCommit);
        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, commit.get()) != 0)
            return std::unexpected(gitError(what));
        TreePtr tree(rawTree);
        TreePtr parentTree;
        if (git_commit_parentcount(commit.get()) > 0) {
            git_commit *rawParent = nullptr;
            if (git_commit_parent(&rawParent, commit.get(), 0) != 0)
                return std::unexpected(gitError(what));
            CommitPtr parent(rawParent);
            git_tree *rawParentTree = nullptr;
            if (git_commit_tree(&rawParentTree, parent.get()) != 0)
                return std::unexpected(gitError(what));
            parentTree.reset(rawParentTree);
        }
        const git_oid mine = blobIdAt(tree.get(), p);
        const git_oid before = blobIdAt(parentTree.get(), p);
        if (!git_oid_equal(&mine, &before))
            out.append(toCommitInfo(commit.get()));
    }
    return out;
}

} // namespace mlwb::vcs

#pragma once

#include "core/error.h"

#include <git2.h>

#include <QString>

#include <memory>

// RAII for libgit2 handles; the only place that names the *_free functions.
namespace mlwb::vcs::detail {

template <auto FreeFn> struct Free {
    template <typename T> void operator()(T *p) const { FreeFn(p); }
};
template <typename T, auto FreeFn> using GitPtr = std::unique_ptr<T, Free<FreeFn>>;

using RepositoryPtr = GitPtr<git_repository, git_repository_free>;
using ObjectPtr = GitPtr<git_object, git_object_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using TreeEntryPtr = GitPtr<git_tree_entry, git_tree_entry_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;
using DiffPtr = GitPtr<git_diff, git_diff_free>;
using PatchPtr = GitPtr<git_patch, git_patch_free>;
using RevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;
using SignaturePtr = GitPtr<git_signature, git_signature_free>;

// A git_buf that is disposed of when it goes out of scope.
struct Buf {
    git_buf buf = GIT_BUF_INIT;
    Buf() = default;
    Buf(const Buf &) = delete;
    Buf &operator=(const Buf &) = delete;
    ~Buf() { git_buf_dispose(&buf); }
    QString toString() const { return QString::fromUtf8(buf.ptr, qsizetype(buf.size)); }
};

// git_libgit2_init, once per process.
void ensureInitialised();

QString tr(const char *s);
QString oidToString(const git_oid *oid);

// An Error whose `why` is libgit2's message for the call that just failed on
// this thread; call it right after the failing call.
Error gitError(const QString &what, const QString &hint = {});

} // namespace mlwb::vcs::detail

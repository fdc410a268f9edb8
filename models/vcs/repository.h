#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct git_repository;

namespace mlwb::vcs {

struct WorkingState {
    QString commit; // HEAD's full id; empty on an unborn branch
    bool dirty = false;
    QString patch; // tracked files' uncommitted changes (index + work tree) vs HEAD
};

struct CommitInfo {
    QString id;
    QString summary;
    QString message;
    QString author;
    QString email;
    qint64 time = 0; // unix seconds
};

enum class LineOrigin { Context, Added, Removed };

struct DiffLine {
    LineOrigin origin = LineOrigin::Context;
    int oldLine = -1; // -1 when the line is not on that side
    int newLine = -1;
    QString text; // without the trailing newline
};

struct DiffHunk {
    QString header;
    QList<DiffLine> lines;
};

struct FileDiff {
    QString oldPath;
    QString newPath;
    char status = 'M'; // A, D, M, R
    bool binary = false;
    int additions = 0;
    int deletions = 0;
    QList<DiffHunk> hunks;
};

// A libgit2 repository handle. One per thread.
class Repository {
public:
    // Finds the repository that contains `path` (like `git rev-parse`).
    static Result<Repository> discover(const QString &path);
    // Opens the repository at `path`, creating one (git init) if there is none.
    static Result<Repository> initOrOpen(const QString &path);
    // Creates a repository whose work tree is exactly `path`, even inside another
    // repository's work tree; opens it if `path` already holds one.
    static Result<Repository> initAt(const QString &path);

    QString workdir() const;
    Result<WorkingState> workingState();
    Result<CommitInfo> commit(const QString &rev);
    // Commits every change in the work tree (like `git add -A && git commit`).
    Result<QString> commitAll(const QString &message, const QString &author, const QString &email,
                              std::optional<qint64> time = {});
    // Changes from `fromRev` to `toRev`; an empty `toRev` means the work tree.
    Result<QList<FileDiff>> diff(const QString &fromRev, const QString &toRev);
    // Parses a unified diff (such as WorkingState::patch) into file diffs.
    static Result<QList<FileDiff>> parsePatch(const QString &patch);
    Result<QByteArray> fileAt(const QString &rev, const QString &path);
    // Commits that changed `path`, newest first.
    Result<QList<CommitInfo>> history(const QString &path, int limit = 1000);

    git_repository *handle() const { return m_repo.get(); }

private:
    struct Free {
        void operator()(git_repository *r) const;
    };
    std::unique_ptr<git_repository, Free> m_repo;
};

// libgit2 is initialised once per process by the first Repository call.
QString lastGitError();

} // namespace mlwb::vcs

"""The commit, dirtiness and uncommitted patch of the project's work tree."""

import subprocess


def _git(root, *args):
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def state(root):
    """(commit, dirty, patch); ("", False, "") outside a git repository or without commits."""
    commit = _git(root, "rev-parse", "--verify", "HEAD")
    if not commit:
        return "", False, ""
    status = _git(root, "status", "--porcelain", "--untracked-files=no") or ""
    dirty = bool(status.strip())
    patch = (_git(root, "diff", "HEAD") or "") if dirty else ""
    return commit.strip(), dirty, patch

"""Finding the project database and the `mlwb` command-line tool."""

import os
import shutil
import subprocess

from .errors import MlwbError

DATA_DIR = ".mlwb"
DATABASE = "project.db"


def database_path(root):
    return os.path.join(root, DATA_DIR, DATABASE)


def executable():
    """The `mlwb` command: $MLWB_EXECUTABLE, else `mlwb` on PATH, else None."""
    exe = os.environ.get("MLWB_EXECUTABLE")
    if exe:
        return exe
    return shutil.which("mlwb")


def locate(start):
    """`start` or the nearest parent holding .mlwb/project.db, like git finds a repository."""
    path = os.path.abspath(start)
    while True:
        if os.path.isfile(database_path(path)):
            return path
        parent = os.path.dirname(path)
        if parent == path:
            return None
        path = parent


def init(root):
    """Creates a project in `root` with `mlwb init`."""
    exe = executable()
    if not exe:
        raise MlwbError(
            f"create a project in {root}",
            "there is no .mlwb/project.db there and the `mlwb` command is not available",
            "run `mlwb init` in your project folder, or set MLWB_EXECUTABLE to the mlwb program",
        )
    try:
        done = subprocess.run([exe, "init", root], capture_output=True, text=True, timeout=120)
    except OSError as e:
        raise MlwbError(f"run `{exe} init {root}`", str(e),
                        "check MLWB_EXECUTABLE or your PATH") from e
    if done.returncode != 0 or not os.path.isfile(database_path(root)):
        why = (done.stderr or done.stdout).strip() or f"exit code {done.returncode}"
        raise MlwbError(f"create a project with `{exe} init {root}`", why,
                        "run `mlwb init` in your project folder yourself")
    return root


def resolve(project=None):
    """The project root: `project`, else $MLWB_PROJECT, else the current directory upward.

    A folder without a project is initialised with `mlwb init`."""
    given = project if project is not None else os.environ.get("MLWB_PROJECT")
    if given:
        root = os.path.abspath(os.fspath(given))
        if os.path.basename(root) == DATABASE and os.path.isfile(root):
            return os.path.dirname(os.path.dirname(root))
        if os.path.isfile(database_path(root)):
            return root
        return init(root)
    found = locate(os.getcwd())
    if found:
        return found
    return init(os.getcwd())

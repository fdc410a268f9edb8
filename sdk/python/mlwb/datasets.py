"""mlwb.use_dataset(): lineage from a run to the dataset version it read."""

import os
import time

from . import lifecycle
from .errors import MlwbError

POINTER_SUFFIX = ".mlwb"


def _read_pointer(path):
    """{"name": ..., "version": int} from a pointer file written by `mlwb data add`."""
    fields = {}
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                key, sep, value = line.partition(":")
                if not sep:
                    raise MlwbError(f"read dataset pointer {path}:{number}", "expected 'key: value'",
                                    "restore the file from git, or run `mlwb data add` again")
                fields[key.strip()] = value.strip()
    except OSError as e:
        raise MlwbError(f"read dataset pointer {path}", str(e), "check the path") from e
    try:
        return fields["name"], int(fields["version"])
    except (KeyError, ValueError) as e:
        raise MlwbError(f"read dataset pointer {path}", "it lacks a name or a version number",
                        "restore the file from git, or run `mlwb data add` again") from e


def _by_name(store, name):
    rows = store.read("SELECT v.id, v.number FROM dataset_versions v"
                      " JOIN datasets d ON d.id = v.dataset_id"
                      " WHERE d.name = ? ORDER BY v.number DESC LIMIT 1", (name,))
    if rows:
        return rows[0]
    names = [r[0] for r in store.read("SELECT name FROM datasets ORDER BY name")]
    known = f"the project has datasets {', '.join(names)}" if names else \
        "the project has no datasets yet"
    raise MlwbError(f"use dataset {name!r}", f"there is no dataset of that name; {known}",
                    "snapshot it with `mlwb data add PATH`, or pass a path")


def _by_pointer(store, path):
    pointer = path if path.endswith(POINTER_SUFFIX) else path + POINTER_SUFFIX
    if not os.path.isfile(pointer):
        raise MlwbError(f"use dataset {path}", f"it has no pointer file {pointer}, so it has "
                        "no recorded version", f"run `mlwb data add {path}` first")
    name, number = _read_pointer(pointer)
    rows = store.read("SELECT v.id, v.number FROM dataset_versions v"
                      " JOIN datasets d ON d.id = v.dataset_id"
                      " WHERE d.name = ? AND v.number = ?", (name, number))
    if not rows:
        raise MlwbError(f"use dataset {path}",
                        f"{pointer} names {name}@{number}, which this project does not have",
                        f"run `mlwb data add {path}` in this project")
    return rows[0]


def use_dataset(name_or_path, role="input", run=None):
    """Records that `run` (default: the active run) read a dataset version.

    A name means that dataset's latest version; a path (a file or folder
    snapshotted with `mlwb data add`, or its .mlwb pointer file) means the
    version its pointer file names. Returns "NAME@VERSION"."""
    run = run or lifecycle.current()
    if run is None:
        raise MlwbError(f"use dataset {name_or_path}", "there is no active run",
                        "call it inside `with mlwb.start_run(...)`, or pass run=")
    text = os.fspath(name_or_path)
    is_path = (os.sep in text or os.path.exists(text)
               or os.path.exists(text + POINTER_SUFFIX))
    store = run._store
    version_id, number = _by_pointer(store, text) if is_path else _by_name(store, text)
    name = store.read("SELECT d.name FROM datasets d JOIN dataset_versions v"
                      " ON v.dataset_id = d.id WHERE v.id = ?", (version_id,))[0][0]

    def insert(conn):
        conn.execute("INSERT OR IGNORE INTO run_datasets(run_id, dataset_version_id, role,"
                     " created_at) VALUES (?, ?, ?, ?)", (run.run_id, version_id, role, time.time()))

    store.write(insert, f"record that run {run.id} used {name}@{number}")
    return f"{name}@{number}"

"""mlwb.start_run(): creating (or attaching to) a run row."""

import os
import socket
import sys
import time
import uuid as uuidlib

from . import gitstate, lifecycle
from . import project as projects
from .errors import MlwbError
from .run import Run
from .store import store_for

DEFAULT_EXPERIMENT = "default"


def _experiment_id(conn, name):
    conn.execute("INSERT OR IGNORE INTO experiments(name, created_at) VALUES (?, ?)",
                 (name, time.time()))
    return conn.execute("SELECT id FROM experiments WHERE name = ?", (name,)).fetchone()[0]


def _attach(store, root, run_uuid, **kwargs):
    rows = store.read("SELECT id, name, experiment_id FROM runs WHERE uuid = ?", (run_uuid,))
    if not rows:
        raise MlwbError(f"attach to run {run_uuid} (from MLWB_RUN_ID)",
                        f"{store.path} has no run with that id",
                        "unset MLWB_RUN_ID or point MLWB_PROJECT at the project of that run")
    run_id, name, experiment_id = rows[0]
    return Run(store, root, run_id, run_uuid, name, experiment_id, attached=True, **kwargs)


def _create(store, root, experiment, name, parent, **kwargs):
    run_uuid = uuidlib.uuid4().hex
    if not name:
        name = f"run-{run_uuid[:8]}"
    commit, dirty, patch = gitstate.state(root)
    command = " ".join(sys.argv)

    def insert(conn):
        if experiment is None and parent is not None:
            experiment_id = parent.experiment_id
        else:
            experiment_id = _experiment_id(conn, experiment or DEFAULT_EXPERIMENT)
        cursor = conn.execute(
            "INSERT INTO runs(uuid, experiment_id, parent_id, name, status, start_time, command,"
            " host, pid, git_commit, git_dirty, git_patch)"
            " VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)",
            (run_uuid, experiment_id, parent.run_id if parent else None, name, time.time(),
             command, socket.gethostname(), os.getpid(), commit, int(dirty), patch))
        return cursor.lastrowid, experiment_id

    run_id, experiment_id = store.write(insert, f"create a run in {store.path}")
    return Run(store, root, run_id, run_uuid, name, experiment_id, attached=False, **kwargs)


def start_run(experiment=None, name=None, params=None, tags=None, project=None, nested=False,
              system_metrics=False, flush_every=1000, flush_ms=1000):
    """Starts a run and returns it; use it in a `with` block or call run.finish().

    experiment: name, created when new (default: $MLWB_EXPERIMENT, else the
    enclosing run's experiment for nested runs, else "default").
    project: the project folder (default: $MLWB_PROJECT, else the current
    directory upward); a folder without a project gets one through `mlwb init`.
    nested: the run becomes a child of the active run.
    Under `mlwb run` ($MLWB_RUN_ID set) a top-level run attaches to the run the
    wrapper created, and the wrapper records how it ended."""
    parent = lifecycle.current()
    if parent is not None and not nested:
        raise MlwbError("start a run", f"run {parent.id} is still active",
                        "finish it first, or pass nested=True to start a child run")
    if not nested:
        parent = None
    if experiment is None and parent is None:
        experiment = os.environ.get("MLWB_EXPERIMENT") or None
    if parent is not None and project is None:
        root = parent.project
    else:
        root = projects.resolve(project)
        if parent is not None and os.path.realpath(root) != os.path.realpath(parent.project):
            raise MlwbError("start a nested run", f"its project {root} is not the project "
                            f"{parent.project} of the enclosing run {parent.id}",
                            "leave out project= for nested runs")
    store = store_for(os.path.realpath(projects.database_path(root)))
    options = {"flush_every": flush_every, "flush_ms": flush_ms}
    attach_to = os.environ.get("MLWB_RUN_ID")
    if attach_to and parent is None:
        run = _attach(store, root, attach_to, **options)
    else:
        run = _create(store, root, experiment, name, parent, **options)
    lifecycle.push(run)
    try:
        if params:
            run.log_params(params)
        if tags:
            run.set_tags(tags)
        if system_metrics:
            from .sysmetrics import SystemSampler
            run._sampler = SystemSampler(run)
            run._sampler.start()
    except BaseException:
        lifecycle.remove(run)
        if not run.attached:
            run.finish("failed")
        raise
    return run


def active_run():
    """The innermost run that is started and not finished, or None."""
    return lifecycle.current()

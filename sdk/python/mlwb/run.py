"""A run being logged: metrics, params, tags, note, artifacts and its end state."""

import numbers
import operator
import os
import subprocess
import threading
import time
from array import array

from . import lifecycle
from .errors import MlwbError
from .project import executable
from .series import SeriesBuffers, check_keys

STATUSES = ("finished", "failed", "killed")
_INT64 = (-(2**63), 2**63 - 1)
_now = time.time


def typed_param(value):
    """(type, value) as the params table stores them. bool is checked before int
    because True is an int in Python."""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "bool", int(bool(value))
    if isinstance(value, numbers.Integral):
        value = int(value)
        if _INT64[0] <= value <= _INT64[1]:
            return "int", value
        return "string", str(value)
    if isinstance(value, numbers.Real):
        return "float", float(value)
    return "string", value if isinstance(value, str) else str(value)


def _check_key(key, kind):
    if not isinstance(key, str) or not key:
        raise MlwbError(f"set {kind} {key!r}", f"{kind} names must be non-empty strings")


class Run:
    """Created by mlwb.start_run(); use it as a context manager or call finish()."""

    def __init__(self, store, root, run_id, uuid, name, experiment_id, attached,
                 flush_every, flush_ms):
        self._store = store
        self._writer = store.writer()
        self._lock = threading.RLock()  # the buffers: logging thread and system sampler
        self._handed_off = 0
        self.project = root
        self.run_id = run_id
        self.id = uuid
        self.name = name
        self.experiment_id = experiment_id
        self.attached = attached  # True: the run belongs to `mlwb run`, which ends it
        self._flush_every = max(1, int(flush_every))
        self._flush_s = max(0.0, flush_ms / 1000.0)
        self._buffers = SeriesBuffers()
        self._series_ids = {}
        self._next_step = 0
        self._last_keys = ()
        self._flushed = 0
        self._done = False
        self.status = "running"
        self._sampler = None

    # -- metrics ---------------------------------------------------------------

    def log(self, metrics, step=None):
        """Logs {name: number} at `step` (default: one more than the last step)."""
        if self._done:
            raise MlwbError(f"log to run {self.id}", f"the run is already {self.status}")
        if step is None:
            step = self._next_step
        else:
            if type(step) is not int:
                step = operator.index(step)
            if not _INT64[0] <= step < _INT64[1]:
                raise MlwbError(f"log at step {step}", "steps are 64-bit integers")
        self._next_step = step + 1
        values = [*metrics.values()]
        keys = tuple(metrics)
        if keys != self._last_keys:
            check_keys(keys)
            self._last_keys = keys
        now = _now()
        with self._lock:
            buffers = self._buffers
            try:
                # One array per hand-off: fromlist() converts in place, and leaves the
                # array as it was if a value is no number.
                buffers.values.fromlist(values)
            except TypeError:
                self._raise_not_numbers(metrics, step)
            pending = buffers.pending
            if not pending:
                buffers.oldest = now
            buffers.rows.append((step, now, keys))
            buffers.pending = pending = pending + len(values)
            if pending >= self._flush_every or now - buffers.oldest >= self._flush_s:
                self._hand_off_locked()

    @staticmethod
    def _raise_not_numbers(metrics, step):
        for key, value in metrics.items():
            try:
                array("d", (value,))
            except TypeError as e:
                raise MlwbError(f"log metric {key!r} at step {step}",
                                f"{value!r} is not a number ({e})",
                                "log numbers, e.g. loss.item() for a tensor") from None
        raise MlwbError(f"log metrics at step {step}", "the values are not numbers")

    def log_metric(self, key, value, step=None):
        self.log({key: value}, step=step)

    def log_series(self, key, steps, values, times=None):
        """Appends many points of one series at once; times default to now."""
        if self._done:
            raise MlwbError(f"log to run {self.id}", f"the run is already {self.status}")
        try:
            steps = array("q", steps)
            values = array("d", values)
            times = array("d", [time.time()]) * len(steps) if times is None else array("d", times)
        except (TypeError, OverflowError) as e:
            raise MlwbError(f"log series {key!r}", str(e),
                            "steps must be integers, values and times numbers") from None
        if not (len(steps) == len(values) == len(times)):
            raise MlwbError(f"log series {key!r}",
                            f"{len(steps)} steps, {len(values)} values and {len(times)} times",
                            "pass as many of each")
        if not steps:
            return
        self._append_series(key, steps, times, values)
        self._next_step = max(self._next_step, max(steps) + 1)

    def _append_series(self, key, steps, times, values):
        with self._lock:
            buffers = self._buffers
            if not buffers.pending:
                buffers.oldest = time.time()
            buffers.extend(key, steps, times, values)
            buffers.pending += len(steps)
            if buffers.pending >= self._flush_every:
                self._hand_off_locked()

    def _append_point(self, key, step, when, value):
        """One point with its own step, for samplers that keep their own count."""
        self._append_series(key, array("q", [step]), array("d", [when]), array("d", [value]))

    def _hand_off_locked(self):
        """Passes the pending points to the writer thread (called with self._lock held)."""
        with lifecycle.critical_section():
            buffers = self._buffers
            if not buffers.pending:
                return
            self._buffers = SeriesBuffers()
            self._handed_off = self._writer.submit(self, buffers)

    def flush(self):
        """Writes the pending points now and returns when they are committed."""
        with self._lock:
            self._hand_off_locked()
            seq = self._handed_off
        self._writer.wait(seq)

    @property
    def flushed_points(self):
        """How many points of this run are committed to the database."""
        return self._flushed

    # -- params, tags, note, artifacts ----------------------------------------

    def log_params(self, params):
        rows = []
        for key, value in dict(params).items():
            _check_key(key, "param")
            kind, stored = typed_param(value)
            rows.append((self.run_id, key, kind, stored))
        if rows:
            self._store.write(lambda conn: conn.executemany(
                "INSERT OR REPLACE INTO params(run_id, key, type, value) VALUES (?,?,?,?)", rows),
                f"store params of run {self.id}")

    def log_param(self, key, value):
        self.log_params({key: value})

    def set_tags(self, tags):
        rows = []
        for key, value in dict(tags).items():
            _check_key(key, "tag")
            rows.append((self.run_id, key, value if isinstance(value, str) else str(value)))
        if rows:
            self._store.write(lambda conn: conn.executemany(
                "INSERT OR REPLACE INTO tags(run_id, key, value) VALUES (?,?,?)", rows),
                f"store tags of run {self.id}")

    def set_tag(self, key, value):
        self.set_tags({key: value})

    def set_note(self, markdown):
        self._store.write(lambda conn: conn.execute(
            "UPDATE runs SET note = ? WHERE id = ?", (str(markdown), self.run_id)),
            f"store the note of run {self.id}")

    def log_artifact(self, path, name=None):
        """Stores the file in the project's content store through `mlwb artifact add`."""
        exe = executable()
        what = f"add artifact {path} to run {self.id}"
        if not exe:
            raise MlwbError(what, "the `mlwb` command is not available",
                            "set MLWB_EXECUTABLE to the mlwb program or put it on PATH")
        if not os.path.isfile(path):
            raise MlwbError(what, "there is no such file")
        cmd = [exe, "--project", self.project, "artifact", "add", "--run", self.id,
               os.path.abspath(path)]
        if name:
            cmd += ["--name", name]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
        except (OSError, subprocess.SubprocessError) as e:
            raise MlwbError(what, str(e), "check MLWB_EXECUTABLE or your PATH") from e
        if done.returncode != 0:
            raise MlwbError(what, (done.stderr or done.stdout).strip()
                            or f"`mlwb artifact add` exited with code {done.returncode}")

    # -- end -------------------------------------------------------------------

    def _note_error(self, error):
        try:
            self.set_tag("mlwb.error", f"{type(error).__name__}: {error}"[:10_000])
        except MlwbError:
            pass

    def finish(self, status="finished", exit_code=None):
        """Flushes and marks the run ended; a second call does nothing."""
        if status not in STATUSES:
            raise MlwbError(f"finish run {self.id}", f"unknown status {status!r}",
                            "use one of " + ", ".join(STATUSES))
        if self._done:
            return
        try:
            if self._sampler is not None:
                self._sampler.stop()
                self._sampler = None
            self.flush()
            with self._lock:
                if not self.attached:
                    self._store.write(lambda conn: conn.execute(
                        "UPDATE runs SET status = ?, end_time = ?, exit_code = ? WHERE id = ?",
                        (status, time.time(), exit_code, self.run_id)),
                        f"mark run {self.id} {status}")
                self.status = status
                self._done = True
        finally:
            if self._done:
                lifecycle.remove(self)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            status = "finished"
        elif lifecycle.terminating() or exc_type is KeyboardInterrupt:
            status = "killed"
        elif exc_type is SystemExit and exc.code in (0, None):
            status = "finished"
        else:
            self._note_error(exc)
            status = "failed"
        try:
            self.finish(status)
        except MlwbError as e:
            if exc_type is None:
                raise
            import sys
            print(f"mlwb: {e}", file=sys.stderr)
        return False

    def __repr__(self):
        return f"<mlwb.Run {self.id} {self.name!r} {self.status}>"

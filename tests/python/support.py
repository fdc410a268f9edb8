"""Shared helpers of the Python client tests: real projects made by `mlwb init`,
decoding of stored metric blocks, and child Python processes."""

import math
import os
import select
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest
from array import array

HERE = os.path.dirname(os.path.abspath(__file__))
SDK = os.path.normpath(os.path.join(HERE, "..", "..", "sdk", "python"))
if SDK not in sys.path:
    sys.path.insert(0, SDK)

import mlwb  # noqa: E402
from mlwb import lifecycle  # noqa: E402

EXECUTABLE = os.environ.get("MLWB_EXECUTABLE", "")
_ENV_KEYS = ("MLWB_RUN_ID", "MLWB_PROJECT", "MLWB_EXPERIMENT")


def init_project(root):
    if not EXECUTABLE:
        raise unittest.SkipTest("set MLWB_EXECUTABLE to the mlwb program (ctest does)")
    done = subprocess.run([EXECUTABLE, "init", root], capture_output=True, text=True,
                          timeout=120)
    if done.returncode != 0:
        raise AssertionError(f"mlwb init {root} failed: {done.stderr}")
    return root


def unpack(blob, code):
    a = array(code)
    a.frombytes(blob)
    if sys.byteorder == "big":
        a.byteswap()
    return list(a)


def read_series(conn, run_id, key):
    """(steps, times, values) of one series, concatenated over its blocks in order,
    after checking that each block's columns agree with its arrays."""
    steps, times, vals = [], [], []
    rows = conn.execute(
        "SELECT b.n, b.step_first, b.step_last, b.step_min, b.step_max, b.time_first,"
        " b.time_last, b.vmin, b.vmax, b.v_last, b.steps, b.times, b.vals"
        " FROM metric_blocks b JOIN metric_series s ON s.id = b.series_id"
        " WHERE s.run_id = ? AND s.key = ? ORDER BY b.id", (run_id, key)).fetchall()
    for n, sf, sl, smin, smax, tf, tl, vmin, vmax, vlast, sb, tb, vb in rows:
        s, t, v = unpack(sb, "q"), unpack(tb, "d"), unpack(vb, "d")
        assert len(s) == len(t) == len(v) == n, (n, len(s), len(t), len(v))
        assert (sf, sl, smin, smax) == (s[0], s[-1], min(s), max(s))
        assert (tf, tl) == (t[0], t[-1])
        finite = [x for x in v if not math.isnan(x)]
        assert vmin == (min(finite) if finite else None)
        assert vmax == (max(finite) if finite else None)
        assert vlast == (None if math.isnan(v[-1]) else v[-1])
        steps += s
        times += t
        vals += v
    return steps, times, vals


def read_line(proc, timeout):
    """The next stdout line of `proc`, or None at its end; fails after `timeout` s."""
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        proc.kill()
        raise AssertionError(f"no output from the child within {timeout} s")
    line = proc.stdout.readline()
    return line.decode().strip() if line else None


def eventually(fn, timeout=30.0):
    """Polls fn() until it returns a true value, like QTRY_VERIFY; returns that value."""
    deadline = time.monotonic() + timeout
    while True:
        value = fn()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.01)


def child_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in _ENV_KEYS}
    env["PYTHONPATH"] = SDK + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


class ProjectTestCase(unittest.TestCase):
    """Each test gets a fresh project made by the real `mlwb init`."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="mlwb-py-")
        self.root = init_project(os.path.join(self._tmp.name, "proj"))
        self.db_path = os.path.join(self.root, ".mlwb", "project.db")
        self._saved_env = {k: os.environ.pop(k) for k in _ENV_KEYS if k in os.environ}
        self._cwd = os.getcwd()

    def tearDown(self):
        for run in lifecycle.active_runs():
            run.finish("killed")
        os.chdir(self._cwd)
        for k in _ENV_KEYS:
            os.environ.pop(k, None)
        os.environ.update(self._saved_env)
        self._tmp.cleanup()

    def db(self):
        conn = sqlite3.connect(self.db_path, timeout=60)
        self.addCleanup(conn.close)
        return conn

    def start(self, **kwargs):
        kwargs.setdefault("project", self.root)
        return mlwb.start_run(**kwargs)

    def run_child(self, code, timeout=120, cwd=None, **env):
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=timeout, cwd=cwd or self.root, env=child_env(**env))

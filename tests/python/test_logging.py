"""What a training script logs is what the workbench reads back from project.db."""

import math
import os
import socket
import subprocess
import time
import unittest

from support import ProjectTestCase, eventually, read_series

import mlwb

INF = float("inf")
NAN = float("nan")


def same(a, b):
    return a == b or (isinstance(a, float) and isinstance(b, float) and math.isnan(a)
                      and math.isnan(b))


class MetricsTest(ProjectTestCase):
    def test_values_round_trip_exactly_with_nan_and_infinities(self):
        values = [0.5, -1.25, NAN, INF, -INF, 1e-300, 3, True, 2.0**60 + 0.5, NAN]
        before = time.time()
        with self.start(experiment="mnist", flush_every=3) as run:
            for i, v in enumerate(values):
                run.log({"loss": v}, step=10 * i)
        after = time.time()
        steps, times, vals = read_series(self.db(), run.run_id, "loss")
        self.assertEqual(steps, [10 * i for i in range(len(values))])
        self.assertEqual(len(vals), len(values))
        for got, want in zip(vals, values):
            self.assertTrue(same(got, float(want)), (got, want))
        self.assertTrue(all(before <= t <= after for t in times))
        self.assertEqual(times, sorted(times))

    def test_summary_follows_the_blocks(self):
        cases = {  # key: (values, last, min, max)
            "ends_finite": ([3.0, NAN, -2.0, 7.0], 7.0, -2.0, 7.0),
            "ends_nan": ([1.0, 2.0, NAN], None, 1.0, 2.0),
            "all_nan": ([NAN, NAN], None, None, None),
            "infinite": ([INF, -INF, 0.0], 0.0, -INF, INF),
        }
        with self.start(flush_every=2) as run:
            for key, (vals, *_rest) in cases.items():
                run.log_series(key, range(len(vals)), vals)
        rows = {r[0]: r[1:] for r in self.db().execute(
            "SELECT key, last_value, last_step, min_value, max_value, count FROM metric_summary"
            " WHERE run_id = ?", (run.run_id,))}
        for key, (vals, last, vmin, vmax) in cases.items():
            with self.subTest(key=key):
                self.assertEqual(rows[key], (last, len(vals) - 1, vmin, vmax, len(vals)))

    def test_steps_count_up_per_call_when_not_given(self):
        with self.start() as run:
            run.log({"a": 1, "b": 2})
            run.log({"a": 3})
            run.log({"a": 4}, step=100)
            run.log({"a": 5, "b": 6})
        conn = self.db()
        self.assertEqual(read_series(conn, run.run_id, "a")[0], [0, 1, 100, 101])
        self.assertEqual(read_series(conn, run.run_id, "b")[0], [0, 101])

    def test_changing_key_sets_keep_logging_order(self):
        with self.start(flush_every=7) as run:
            for i in range(50):
                metrics = {"train/loss": 1.0 / (i + 1)}
                if i % 5 == 0:
                    metrics["val/acc"] = i / 50
                run.log(metrics, step=i)
            run.log_series("train/loss", [50, 51], [0.1, 0.2])
            run.log({"train/loss": 0.3}, step=52)
        conn = self.db()
        steps, _, vals = read_series(conn, run.run_id, "train/loss")
        self.assertEqual(steps, list(range(53)))
        self.assertEqual(vals[:50], [1.0 / (i + 1) for i in range(50)])
        self.assertEqual(vals[50:], [0.1, 0.2, 0.3])
        self.assertEqual(read_series(conn, run.run_id, "val/acc")[0], list(range(0, 50, 5)))

    def test_log_series_bulk_with_times(self):
        with self.start() as run:
            run.log_series("lr", [0, 1, 2], [0.1, 0.05, 0.025], times=[100.0, 101.0, 102.5])
            with self.assertRaises(mlwb.MlwbError):
                run.log_series("lr", [3, 4], [1.0])
        steps, times, vals = read_series(self.db(), run.run_id, "lr")
        self.assertEqual((steps, times, vals), ([0, 1, 2], [100.0, 101.0, 102.5],
                                                [0.1, 0.05, 0.025]))

    def test_a_value_that_is_no_number_is_refused_and_names_the_metric(self):
        with self.start() as run:
            run.log({"ok": 1.0}, step=0)
            with self.assertRaisesRegex(mlwb.MlwbError, "'acc'.*step 1"):
                run.log({"ok": 2.0, "acc": "high"}, step=1)
            with self.assertRaises(mlwb.MlwbError):
                run.log({"": 1.0})
            run.log({"ok": 3.0}, step=2)
        self.assertEqual(read_series(self.db(), run.run_id, "ok")[2], [1.0, 3.0])

    def test_points_are_written_when_due_without_finishing(self):
        run = self.start(flush_every=5, flush_ms=10**9)
        conn = self.db()
        stored = lambda: conn.execute("SELECT coalesce(sum(n), 0) FROM metric_blocks").fetchone()[0]
        for i in range(4):
            run.log({"x": i})
        self.assertEqual(stored(), 0)  # below both limits: still buffered
        run.log({"x": 4})
        self.assertEqual(eventually(lambda: stored() == 5), True)
        self.assertEqual(run.flushed_points, 5)
        run.finish()

    def test_old_points_are_written_after_flush_ms(self):
        run = self.start(flush_every=10**9, flush_ms=0)
        run.log({"x": 1.0})
        conn = self.db()
        self.assertTrue(eventually(lambda: conn.execute(
            "SELECT count(*) FROM metric_summary WHERE run_id = ?", (run.run_id,)).fetchone()[0]))
        run.finish()

    def test_logging_after_finish_is_an_error(self):
        run = self.start()
        run.finish()
        with self.assertRaisesRegex(mlwb.MlwbError, "finished"):
            run.log({"x": 1})

    def test_system_metrics_are_sampled(self):
        with self.start(system_metrics=True) as run:
            run.log({"x": 1})
        keys = {r[0]: r[1] for r in self.db().execute(
            "SELECT key, last_value FROM metric_summary WHERE run_id = ?", (run.run_id,))}
        if not os.path.exists("/proc/meminfo"):
            self.skipTest("no /proc here")
        self.assertGreater(keys["system/process_rss_mb"], 1.0)
        self.assertTrue(0.0 < keys["system/memory_percent"] <= 100.0)
        if "system/cpu_percent" in keys:
            self.assertTrue(0.0 <= keys["system/cpu_percent"] <= 100.0)


class ParamsTagsNoteTest(ProjectTestCase):
    PARAMS = [  # value, stored type, stored value
        ("int", 3, "int", 3),
        ("negative int", -7, "int", -7),
        ("float", 0.001, "float", 0.001),
        ("bool true", True, "bool", 1),
        ("bool false", False, "bool", 0),
        ("string", "adam", "string", "adam"),
        ("list", [1, 2], "string", "[1, 2]"),
        ("none", None, "string", "None"),
        ("huge int", 2**70, "string", str(2**70)),
    ]

    def test_params_keep_their_type(self):
        with self.start(params={name: value for name, value, _, _ in self.PARAMS}) as run:
            pass
        stored = {k: (t, v) for k, t, v in self.db().execute(
            "SELECT key, type, value FROM params WHERE run_id = ?", (run.run_id,))}
        for name, _, kind, value in self.PARAMS:
            with self.subTest(param=name):
                self.assertEqual(stored[name], (kind, value))
                self.assertIs(type(stored[name][1]), type(value))

    def test_later_params_tags_and_note_replace_earlier_ones(self):
        with self.start(params={"lr": 0.1}, tags={"stage": "dev"}) as run:
            run.log_param("lr", 0.2)
            run.log_params({"epochs": 10})
            run.set_tag("stage", "prod")
            run.set_tag("seed", 42)
            run.set_note("# Notes\nworks *well*")
        conn = self.db()
        self.assertEqual(sorted(conn.execute(
            "SELECT key, value FROM params WHERE run_id = ?", (run.run_id,))),
            [("epochs", 10), ("lr", 0.2)])
        self.assertEqual(sorted(conn.execute(
            "SELECT key, value FROM tags WHERE run_id = ?", (run.run_id,))),
            [("seed", "42"), ("stage", "prod")])
        self.assertEqual(conn.execute("SELECT note FROM runs WHERE id = ?",
                                      (run.run_id,)).fetchone()[0], "# Notes\nworks *well*")


class RunRowTest(ProjectTestCase):
    def test_run_row_describes_the_process_and_its_end(self):
        before = time.time()
        with self.start(experiment="mnist", name="baseline") as run:
            row = self.db().execute("SELECT status, end_time FROM runs WHERE id = ?",
                                    (run.run_id,)).fetchone()
            self.assertEqual(row, ("running", None))
            self.assertIs(mlwb.active_run(), run)
        self.assertIsNone(mlwb.active_run())
        uuid, name, exp, status, start, end, host, pid, command = self.db().execute(
            "SELECT r.uuid, r.name, e.name, r.status, r.start_time, r.end_time, r.host, r.pid,"
            " r.command FROM runs r JOIN experiments e ON e.id = r.experiment_id"
            " WHERE r.id = ?", (run.run_id,)).fetchone()
        self.assertEqual((uuid, name, exp, status), (run.id, "baseline", "mnist", "finished"))
        self.assertEqual(len(uuid), 32)
        self.assertTrue(before <= start <= end <= time.time())
        self.assertEqual((host, pid), (socket.gethostname(), os.getpid()))
        self.assertTrue(command)

    def test_end_states(self):
        cases = [("finished", None), ("failed", ValueError("bad batch")),
                 ("killed", KeyboardInterrupt())]
        for status, error in cases:
            with self.subTest(status=status):
                try:
                    with self.start() as run:
                        if error is not None:
                            raise error
                except BaseException as e:
                    self.assertIs(e, error)
                self.assertEqual(self.db().execute("SELECT status FROM runs WHERE id = ?",
                                                   (run.run_id,)).fetchone()[0], status)
        tag = self.db().execute("SELECT value FROM tags WHERE key = 'mlwb.error'").fetchall()
        self.assertEqual(tag, [("ValueError: bad batch",)])

    def test_finish_without_with_block(self):
        run = self.start()
        with self.assertRaises(mlwb.MlwbError):
            run.finish("done")
        run.finish("killed")
        run.finish("finished")  # a second finish changes nothing
        self.assertEqual(self.db().execute("SELECT status FROM runs").fetchone()[0], "killed")

    def test_nested_runs_name_their_parent(self):
        with self.start(experiment="sweep") as parent:
            with mlwb.start_run(name="child", nested=True) as child:
                self.assertIs(mlwb.active_run(), child)
                child.log({"x": 1})
            with self.assertRaisesRegex(mlwb.MlwbError, "nested=True"):
                mlwb.start_run(project=self.root)
            self.assertIs(mlwb.active_run(), parent)
        rows = dict((r[0], r[1:]) for r in self.db().execute(
            "SELECT name, parent_id, experiment_id FROM runs"))
        self.assertEqual(rows["child"], (parent.run_id, parent.experiment_id))
        self.assertEqual(len(rows), 2)

    def test_git_state_of_the_project(self):
        def git(*args):
            subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                           cwd=self.root, check=True, capture_output=True)
        with open(os.path.join(self.root, "train.py"), "w") as f:
            f.write("lr = 0.1\n")
        git("add", "train.py")
        git("commit", "-m", "first")
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=self.root, check=True,
                              capture_output=True, text=True).stdout.strip()
        with self.start() as clean:
            pass
        with open(os.path.join(self.root, "train.py"), "w") as f:
            f.write("lr = 0.2\n")
        with self.start() as dirty:
            pass
        rows = {r[0]: r[1:] for r in self.db().execute(
            "SELECT id, git_commit, git_dirty, git_patch FROM runs")}
        self.assertEqual(rows[clean.run_id], (head, 0, ""))
        self.assertEqual(rows[dirty.run_id][:2], (head, 1))
        self.assertIn("+lr = 0.2", rows[dirty.run_id][2])


class AttachTest(ProjectTestCase):
    def test_mlwb_run_id_attaches_to_the_wrapper_run(self):
        # The wrapper's run: created by another process that leaves it running.
        made = self.run_child("import mlwb, os\nr = mlwb.start_run(name='wrapped')\n"
                              "print(r.id, flush=True)\nos._exit(0)\n",
                              MLWB_PROJECT=self.root)
        self.assertEqual(made.returncode, 0, made.stderr)
        uuid = made.stdout.strip()
        os.environ["MLWB_RUN_ID"] = uuid
        os.environ["MLWB_PROJECT"] = self.root
        with mlwb.start_run(params={"lr": 0.3}) as run:
            run.log({"loss": 0.5})
        self.assertEqual(run.id, uuid)
        conn = self.db()
        self.assertEqual(conn.execute("SELECT count(*), max(status) FROM runs").fetchone(),
                         (1, "running"))
        self.assertEqual(read_series(conn, run.run_id, "loss")[2], [0.5])
        self.assertEqual(conn.execute("SELECT value FROM params").fetchall(), [(0.3,)])

    def test_unknown_run_id_is_an_error(self):
        os.environ["MLWB_RUN_ID"] = "0" * 32
        with self.assertRaisesRegex(mlwb.MlwbError, "MLWB_RUN_ID"):
            self.start()


class ProjectDiscoveryTest(ProjectTestCase):
    def test_found_from_a_subfolder_and_from_the_environment(self):
        sub = os.path.join(self.root, "src", "deep")
        os.makedirs(sub)
        os.chdir(sub)
        with mlwb.start_run() as a:
            pass
        os.chdir(self._tmp.name)
        os.environ["MLWB_PROJECT"] = self.root
        with mlwb.start_run() as b:
            pass
        self.assertEqual((a.project, b.project), (self.root, self.root))
        self.assertEqual(self.db().execute("SELECT count(*) FROM runs").fetchone()[0], 2)

    def test_a_folder_without_project_is_initialised(self):
        fresh = os.path.join(self._tmp.name, "fresh")
        os.makedirs(fresh)
        os.chdir(fresh)
        with mlwb.start_run() as run:
            run.log({"x": 1})
        self.assertTrue(os.path.isfile(os.path.join(fresh, ".mlwb", "project.db")))

    def test_without_project_or_program_the_error_says_to_run_init(self):
        fresh = os.path.join(self._tmp.name, "none")
        os.makedirs(fresh)
        done = self.run_child("import mlwb\nmlwb.start_run()\n", cwd=fresh, MLWB_EXECUTABLE="",
                              PATH="/nonexistent")
        self.assertNotEqual(done.returncode, 0)
        self.assertIn("run `mlwb init`", done.stderr)
        self.assertFalse(os.path.exists(os.path.join(fresh, ".mlwb")))

    def test_another_schema_version_is_refused_naming_both(self):
        with self.db() as conn:
            conn.execute("PRAGMA user_version=7")
        with self.assertRaises(mlwb.MlwbError) as caught:
            self.start()
        self.assertIn("version 7", str(caught.exception))
        self.assertIn(f"version {mlwb.SCHEMA_VERSION}", str(caught.exception))
        self.assertEqual(self.db().execute("SELECT count(*) FROM runs").fetchone()[0], 0)


class ArtifactTest(ProjectTestCase):
    def test_without_the_program_the_error_says_what_to_set(self):
        path = os.path.join(self._tmp.name, "model.onnx")
        with open(path, "wb") as f:
            f.write(b"weights")
        with self.start() as run:
            saved = os.environ.get("MLWB_EXECUTABLE"), os.environ.get("PATH")
            os.environ["MLWB_EXECUTABLE"] = ""
            os.environ["PATH"] = "/nonexistent"
            try:
                with self.assertRaisesRegex(mlwb.MlwbError, "MLWB_EXECUTABLE"):
                    run.log_artifact(path)
            finally:
                os.environ["MLWB_EXECUTABLE"], os.environ["PATH"] = saved

    def test_artifact_is_stored_in_the_project(self):
        path = os.path.join(self._tmp.name, "model.onnx")
        with open(path, "wb") as f:
            f.write(b"weights" * 100)
        with self.start() as run:
            run.log_artifact(path, name="best.onnx")
        rows = self.db().execute("SELECT path, size FROM artifacts WHERE run_id = ?",
                                 (run.run_id,)).fetchall()
        self.assertEqual(rows, [("best.onnx", 700)])


if __name__ == "__main__":
    unittest.main()

"""How a run ends when its process does: SIGTERM, uncaught errors, plain exit."""

import signal
import subprocess
import sys
import unittest

from support import ProjectTestCase, child_env, read_line, read_series

SIGTERM_CHILD = r"""
import signal, sys
import mlwb
logged = 0
def earlier_handler(signum, frame):
    print("term", logged, flush=True)
signal.signal(signal.SIGTERM, earlier_handler)
with mlwb.start_run(flush_every=50) as run:
    print("run", run.run_id, flush=True)
    reported = 0
    for i in range(10**8):
        run.log({"x": float(i)}, step=i)
        logged = i + 1
        if run.flushed_points and not reported:
            reported = 1
            print("flushed", flush=True)
"""


class ProcessEndTest(ProjectTestCase):
    def test_sigterm_flushes_marks_killed_and_exits_143(self):
        proc = subprocess.Popen([sys.executable, "-c", SIGTERM_CHILD], cwd=self.root,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=child_env(MLWB_PROJECT=self.root))
        try:
            run_id = int(read_line(proc, 60).split()[1])
            self.assertEqual(read_line(proc, 60), "flushed")
            proc.send_signal(signal.SIGTERM)
            line = read_line(proc, 60)
            self.assertEqual(proc.wait(60), 143, proc.stderr.read())
        finally:
            proc.kill()
            proc.stdout.close()
            proc.stderr.close()
        self.assertTrue(line.startswith("term "), line)  # the earlier handler still ran
        logged = int(line.split()[1])
        conn = self.db()
        self.assertEqual(conn.execute("SELECT status FROM runs WHERE id = ?",
                                      (run_id,)).fetchone()[0], "killed")
        steps, _, vals = read_series(conn, run_id, "x")
        # Everything logged before the signal is stored, each point once; the point
        # being logged when the signal came may be there too.
        self.assertIn(len(steps), (logged, logged + 1))
        self.assertEqual(steps, list(range(len(steps))))
        self.assertEqual(vals, [float(i) for i in range(len(steps))])

    def test_uncaught_error_marks_failed(self):
        cases = {
            "with block": "with mlwb.start_run() as run:\n"
                          "    run.log({'x': 1})\n    raise RuntimeError('out of memory')\n",
            "no with block": "run = mlwb.start_run()\nrun.log({'x': 1})\n"
                             "raise RuntimeError('out of memory')\n",
        }
        for name, body in cases.items():
            with self.subTest(case=name):
                done = self.run_child("import mlwb\n" + body, MLWB_PROJECT=self.root)
                self.assertEqual(done.returncode, 1)
                self.assertIn("out of memory", done.stderr)
                status, error, count = self.db().execute(
                    "SELECT r.status, t.value, s.count FROM runs r"
                    " JOIN tags t ON t.run_id = r.id AND t.key = 'mlwb.error'"
                    " JOIN metric_summary s ON s.run_id = r.id AND s.key = 'x'"
                    " ORDER BY r.id DESC LIMIT 1").fetchone()
                self.assertEqual((status, error, count),
                                 ("failed", "RuntimeError: out of memory", 1))

    def test_plain_exit_finishes_open_runs(self):
        done = self.run_child("import mlwb, sys\nrun = mlwb.start_run(flush_every=10**6)\n"
                              "child = mlwb.start_run(nested=True)\n"
                              "for i in range(1000):\n    run.log({'x': i})\n"
                              "sys.exit(0)\n", MLWB_PROJECT=self.root)
        self.assertEqual(done.returncode, 0, done.stderr)
        conn = self.db()
        self.assertEqual(conn.execute("SELECT status, count(*) FROM runs").fetchone(),
                         ("finished", 2))
        self.assertEqual(conn.execute("SELECT count FROM metric_summary").fetchone()[0], 1000)


if __name__ == "__main__":
    unittest.main()

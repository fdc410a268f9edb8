"""The database survives writers being killed and many writers at once."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import unittest

from support import ProjectTestCase, child_env, read_line, read_series

# Prints "<run id>" first, then the total of committed points after each flush.
KILLED_CHILD = r"""
import sys
import mlwb
run = mlwb.start_run(flush_every=int(sys.argv[1]), system_metrics=False)
print(run.run_id, flush=True)
reported = 0
for i in range(10**8):
    run.log({"loss": 1.0 / (i + 1), "acc": i * 1e-6, "lr": 0.1}, step=i)
    if run.flushed_points != reported:
        reported = run.flushed_points
        print(reported, flush=True)
"""

# Logs `points` points of one key, flushing (and committing) every `every` points.
BUSY_CHILD = r"""
import sys
import mlwb
points, every = int(sys.argv[1]), int(sys.argv[2])
with mlwb.start_run(name=sys.argv[3], flush_every=10**9, flush_ms=10**9) as run:
    for i in range(points):
        run.log({"x": float(i)}, step=i)
        if (i + 1) % every == 0:
            run.flush()
"""


def check_blocks_complete(test, conn):
    for n, steps, times, vals in conn.execute("SELECT n, steps, times, vals FROM metric_blocks"):
        test.assertEqual((len(steps), len(times), len(vals)), (8 * n, 8 * n, 8 * n))


class RobustnessTest(ProjectTestCase):
    def test_kill_9_while_logging_loses_no_committed_point(self):
        rng = random.Random(int(os.environ.get("MLWB_TEST_SEED", "0")) or None)
        for attempt in range(32):
            every = rng.choice([3, 30, 300, 3000])
            proc = subprocess.Popen([sys.executable, "-c", KILLED_CHILD, str(every)],
                                    cwd=self.root, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL,
                                    env=child_env(MLWB_PROJECT=self.root))
            try:
                run_id = int(read_line(proc, 60))
                reported = 0
                for _ in range(rng.randint(1, 5)):
                    reported = int(read_line(proc, 60))
                proc.send_signal(signal.SIGKILL)
                self.assertEqual(proc.wait(60), -signal.SIGKILL)
            finally:
                proc.kill()
                proc.stdout.close()
            with self.subTest(attempt=attempt, flush_every=every, reported=reported):
                conn = sqlite3.connect(self.db_path, timeout=60)
                try:
                    self.assertEqual(conn.execute("PRAGMA integrity_check").fetchone()[0], "ok")
                    check_blocks_complete(self, conn)
                    counts = []
                    for key in ("loss", "acc", "lr"):
                        steps, _, _ = read_series(conn, run_id, key)
                        self.assertEqual(steps, list(range(len(steps))))
                        counts.append(len(steps))
                    self.assertGreaterEqual(sum(counts), reported)
                    self.assertEqual(len(set(counts)), 1)  # whole log() calls, not halves
                    summary = conn.execute("SELECT sum(count) FROM metric_summary"
                                           " WHERE run_id = ?", (run_id,)).fetchone()[0]
                    self.assertEqual(summary, sum(counts))
                finally:
                    conn.close()

    def test_eight_processes_log_at_once_while_a_reader_reads(self):
        writers, points, every = 8, 20_000, 200
        procs = [subprocess.Popen([sys.executable, "-c", BUSY_CHILD, str(points), str(every),
                                   f"writer{i}"], cwd=self.root, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True,
                                  env=child_env(MLWB_PROJECT=self.root))
                 for i in range(writers)]
        reader = sqlite3.connect(self.db_path, timeout=60)
        self.addCleanup(reader.close)
        seen, reads = [], 0
        deadline = time.monotonic() + 600
        try:
            while any(p.poll() is None for p in procs) and time.monotonic() < deadline:
                seen.append(reader.execute(
                    "SELECT coalesce(sum(n), 0) FROM metric_blocks").fetchone()[0])
                reads += 1
            outputs = [p.communicate(timeout=120) for p in procs]
        finally:
            for p in procs:
                p.kill()
        for i, (p, (_, err)) in enumerate(zip(procs, outputs)):
            with self.subTest(writer=i):
                self.assertNotIn("locked", err)
                self.assertEqual(p.returncode, 0, err)
        self.assertGreater(reads, 0)
        self.assertEqual(seen, sorted(seen))  # the reader only ever saw whole batches added
        self.assertTrue(all(n % every == 0 for n in seen), seen[:20])
        conn = self.db()
        self.assertEqual(conn.execute("SELECT sum(n) FROM metric_blocks").fetchone()[0],
                         writers * points)
        rows = conn.execute("SELECT r.name, r.status, s.count, s.last_value FROM runs r"
                            " JOIN metric_summary s ON s.run_id = r.id").fetchall()
        self.assertEqual(sorted(rows), [(f"writer{i}", "finished", points, points - 1.0)
                                        for i in range(writers)])
        for (run_id,) in conn.execute("SELECT id FROM runs"):
            self.assertEqual(read_series(conn, run_id, "x")[0], list(range(points)))
        check_blocks_complete(self, conn)


if __name__ == "__main__":
    unittest.main()

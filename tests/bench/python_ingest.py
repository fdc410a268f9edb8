#!/usr/bin/env python3
"""Ingest throughput of the Python client, with a bare sqlite3 table as the peer.

Logs 1M points (100k steps x 10 keys) through mlwb.Run.log() with the default
flush policy into a project made by `$MLWB_EXECUTABLE init`, then inserts the
same 1M rows with sqlite3 executemany into a bare (series_id, step, time,
value) table in one transaction. Prints one JSON line per measurement."""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

STEPS = 100_000
KEYS = [f"metric{k}" for k in range(10)]


def main():
    exe = os.environ.get("MLWB_EXECUTABLE")
    if not exe:
        sys.exit("python_ingest.py: set MLWB_EXECUTABLE to the mlwb program")
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "..", "..", "sdk", "python"))
    import mlwb

    with tempfile.TemporaryDirectory(prefix="mlwb-bench-") as tmp:
        root = os.path.join(tmp, "proj")
        subprocess.run([exe, "init", root], check=True, capture_output=True)
        points = STEPS * len(KEYS)

        start, cpu = time.perf_counter(), time.process_time()
        with mlwb.start_run(experiment="bench", project=root) as run:
            log = run.log
            for i in range(STEPS):
                x = i * 1e-5
                log({"metric0": x, "metric1": x + 1, "metric2": x + 2, "metric3": x + 3,
                     "metric4": x + 4, "metric5": x + 5, "metric6": x + 6, "metric7": x + 7,
                     "metric8": x + 8, "metric9": x + 9}, step=i)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        if run.flushed_points != points:
            sys.exit(f"python_ingest.py: stored {run.flushed_points} of {points} points")
        print(json.dumps({"name": "python_client_log", "points": points,
                          "seconds": round(elapsed, 4), "cpu_seconds": round(cpu, 4),
                          "points_per_s": round(points / elapsed)}))

        conn = sqlite3.connect(os.path.join(tmp, "peer.db"), isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE points(series_id INTEGER, step INTEGER, time REAL, value REAL)")
        now = time.time()
        start, cpu = time.perf_counter(), time.process_time()
        rows = ((k, i, now, i * 1e-5 + k) for i in range(STEPS) for k in range(len(KEYS)))
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO points VALUES (?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        conn.close()
        print(json.dumps({"name": "sqlite3_executemany_rows", "points": points,
                          "seconds": round(elapsed, 4), "cpu_seconds": round(cpu, 4),
                          "points_per_s": round(points / elapsed)}))


if __name__ == "__main__":
    main()

"""The thread that writes handed-off metric batches, so a training loop never
waits for the disk.

Batches handed off while a transaction is running are written together in the
next one (one BEGIN IMMEDIATE per write), so a slow disk means bigger
transactions rather than a slower loop. A run hands off more than
MAX_QUEUED_POINTS only as fast as they are written."""

import threading

from .errors import MlwbError
from .series import _INSERT_BLOCK

MAX_QUEUED_POINTS = 2_000_000


class Writer:
    def __init__(self, store):
        self._store = store
        self._cond = threading.Condition(threading.Lock())
        self._queue = []  # (run, SeriesBuffers), in hand-off order
        self._queued_points = 0
        self._submitted = 0  # sequence number of the last hand-off
        self._written = 0    # sequence number of the last committed hand-off
        self._error = None
        self._thread = None

    def submit(self, run, buffers):
        """Queues the batch and returns its sequence number for wait()."""
        with self._cond:
            self._queue.append((run, buffers))
            self._queued_points += buffers.pending
            self._submitted += 1
            seq = self._submitted
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="mlwb-writer",
                                                daemon=True)
                self._thread.start()
            self._cond.notify_all()
            while self._queued_points > MAX_QUEUED_POINTS and self._error is None:
                self._cond.wait()
            self._raise_error()
        return seq

    def wait(self, seq):
        """Returns when the hand-off `seq` and all before it are committed."""
        with self._cond:
            while self._written < seq:
                self._raise_error()
                self._cond.wait()

    def _raise_error(self):
        # The failed batches stay queued; clearing the error lets the writer retry them.
        if self._error is not None:
            error, self._error = self._error, None
            self._cond.notify_all()
            if isinstance(error, MlwbError):
                raise error
            raise MlwbError("store metrics", f"{type(error).__name__}: {error}") from error

    def _loop(self):
        while True:
            with self._cond:
                while not self._queue or self._error is not None:
                    self._cond.wait()
                batch, self._queue = self._queue, []
                seq = self._written + len(batch)
            try:
                self._write(batch)
            except BaseException as e:  # kept for the logging thread to raise
                with self._cond:
                    self._queue[:0] = batch
                    self._error = e
                    self._cond.notify_all()
                continue
            with self._cond:
                self._queued_points -= sum(buffers.pending for _, buffers in batch)
                self._written = seq
                self._cond.notify_all()

    def _write(self, batch):
        merged = {}  # one block per series and transaction, however many hand-offs
        copied = set()  # the batch stays as it is, to retry it after an error
        for run, buffers in batch:
            if run not in merged:
                merged[run] = buffers
                continue
            if run not in copied:
                merged[run] = merged[run].copy()
                copied.add(run)
            merged[run].absorb(buffers)
        items = [(run, buffers.blocks()) for run, buffers in merged.items()]
        new_ids = {}

        def write(conn):
            new_ids.clear()
            for run, blocks in items:
                for key, row in blocks:
                    series_id = run._series_ids.get(key) or new_ids.get((run, key))
                    if series_id is None:
                        conn.execute("INSERT OR IGNORE INTO metric_series(run_id, key)"
                                     " VALUES (?, ?)", (run.run_id, key))
                        series_id = conn.execute(
                            "SELECT id FROM metric_series WHERE run_id = ? AND key = ?",
                            (run.run_id, key)).fetchone()[0]
                        new_ids[(run, key)] = series_id
                    conn.execute(_INSERT_BLOCK, (series_id, *row))

        self._store.write(write, "store metrics")
        for (run, key), series_id in new_ids.items():
            run._series_ids[key] = series_id
        for run, blocks in items:
            run._flushed += sum(row[0] for _, row in blocks)

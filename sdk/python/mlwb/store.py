"""One SQLite connection per project database, shared by the runs of a process.

Writes go through `Store.write`, one BEGIN IMMEDIATE transaction each, so a
batch of points is either stored whole or not at all."""

import sqlite3
import sys
import threading
import time

from .errors import MlwbError

SCHEMA_VERSION = 4  # the project.db schema this client writes (v2: run_datasets for use_dataset)

_BIG_ENDIAN = sys.byteorder == "big"
_BUSY_TIMEOUT_MS = 60_000
_RETRIES = 8  # after the busy timeout ran out; with backoff this is minutes more


def _is_lock_error(error):
    text = str(error).lower()
    return "locked" in text or "busy" in text


def packed(array):
    """The array's items as little-endian bytes, as project.db stores them."""
    if _BIG_ENDIAN:
        array = array.__copy__()
        array.byteswap()
    return array.tobytes()


class Store:
    def __init__(self, path):
        self.path = path
        self._writer = None
        # Runs of all threads (the system-metrics sampler too) share the connection.
        self.lock = threading.RLock()
        try:
            self.conn = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_MS / 1000,
                                        isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:
            raise MlwbError(f"open {path}", str(e), "check the path and your permissions") from e
        try:
            self._configure()
        except BaseException:
            self.conn.close()
            raise

    def _configure(self):
        conn = self.conn
        try:
            conn.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise MlwbError(f"open {self.path}", str(e),
                            "is it an ML Workbench project database?") from e
        if version == 0:
            raise MlwbError(f"open {self.path}", "it has no ML Workbench schema",
                            "run `mlwb init` in the project folder")
        if version != SCHEMA_VERSION:
            raise MlwbError(
                f"open {self.path}",
                f"the database has schema version {version}, but this Python client "
                f"writes schema version {SCHEMA_VERSION}",
                "install the mlwb Python client that came with your ML Workbench; "
                "nothing was changed")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode.lower() != "wal":
            mode = self._retry(lambda: conn.execute("PRAGMA journal_mode=WAL").fetchone()[0])
            if mode.lower() != "wal":
                raise MlwbError(f"switch {self.path} to WAL mode", f"journal mode stays {mode}",
                                "put the project on a local file system")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")

    def _retry(self, fn):
        delay = 0.05
        for attempt in range(_RETRIES + 1):
            try:
                return fn()
            except sqlite3.OperationalError as e:
                if attempt == _RETRIES or not _is_lock_error(e):
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 5.0)

    def write(self, fn, what):
        """Runs fn(conn) in one BEGIN IMMEDIATE transaction and commits it.

        The busy timeout waits for other writers; a transaction that still
        meets a lock is rolled back and retried whole, so fn must not change
        anything but the database before it returns."""
        with self.lock:
            def attempt():
                conn = self.conn
                conn.execute("BEGIN IMMEDIATE")
                try:
                    result = fn(conn)
                    conn.execute("COMMIT")
                    return result
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            try:
                return self._retry(attempt)
            except sqlite3.Error as e:
                raise MlwbError(what, f"{self.path}: {e}",
                                "check the free disk space and that no other program holds "
                                "the database open in exclusive mode") from e

    def writer(self):
        """The thread-backed writer of metric batches for this database."""
        with self.lock:
            if self._writer is None:
                from .writer import Writer
                self._writer = Writer(self)
            return self._writer

    def read(self, sql, args=()):
        with self.lock:
            return self._retry(lambda: self.conn.execute(sql, args).fetchall())

    def close(self):
        with self.lock:
            self.conn.close()


_stores = {}
_stores_lock = threading.Lock()


def store_for(path):
    """The process-wide Store of the database at `path`."""
    with _stores_lock:
        store = _stores.get(path)
        if store is None:
            store = _stores[path] = Store(path)
        return store

"""Which runs are active, and how they end when the process does.

SIGTERM raises SystemExit(143) in the main thread, so with-blocks end their
runs as 'killed' while unwinding and atexit ends the rest. While the main
thread is inside a flush the signal is held back until the flush is done,
so a batch is never written twice or half-forgotten."""

import atexit
import os
import signal
import sys
import threading

_lock = threading.RLock()
_active = []  # innermost last
_installed = False
_pid = None  # the process that installed the handlers; forked children leave runs alone
_terminating = False
_critical = 0  # depth of flushes in progress on the main thread
_held_signal = None
_previous_handler = None


def active_runs():
    with _lock:
        return list(_active)


def current():
    with _lock:
        return _active[-1] if _active else None


def push(run):
    with _lock:
        _install()
        _active.append(run)


def remove(run):
    with _lock:
        if run in _active:
            _active.remove(run)


def terminating():
    return _terminating


class critical_section:
    """Holds back SIGTERM on the main thread until the block is done."""

    __slots__ = ("_main",)

    def __enter__(self):
        global _critical
        self._main = threading.current_thread() is threading.main_thread()
        if self._main:
            _critical += 1

    def __exit__(self, *exc):
        global _critical, _held_signal
        if not self._main:
            return False
        _critical -= 1
        if _critical == 0 and _held_signal is not None:
            signum, _held_signal = _held_signal, None
            _terminate(signum, None)
        return False


def _terminate(signum, frame):
    global _terminating
    _terminating = True
    if callable(_previous_handler):
        _previous_handler(signum, frame)
    raise SystemExit(128 + signum)


def _on_sigterm(signum, frame):
    global _held_signal
    if os.getpid() != _pid:  # a forked worker (e.g. a data loader) ends as it would have
        if callable(_previous_handler):
            return _previous_handler(signum, frame)
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    if _critical > 0:
        _held_signal = signum
        return
    _terminate(signum, frame)


def _install():
    global _installed, _previous_handler, _pid
    if _installed:
        return
    _installed = True
    _pid = os.getpid()
    atexit.register(_at_exit)
    if threading.current_thread() is not threading.main_thread():
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous == signal.SIG_IGN:
        return  # the program chose to survive SIGTERM; keep it that way
    _previous_handler = previous
    signal.signal(signal.SIGTERM, _on_sigterm)


def _at_exit():
    if os.getpid() != _pid:
        return
    uncaught = getattr(sys, "last_value", None)
    for run in reversed(active_runs()):
        try:
            if _terminating:
                run.finish("killed")
            elif uncaught is not None:
                run._note_error(uncaught)
                run.finish("failed")
            else:
                run.finish("finished")
        except Exception as e:  # the process is ending; say so, don't hide the rest
            print(f"mlwb: could not finish run {run.id}: {e}", file=sys.stderr)

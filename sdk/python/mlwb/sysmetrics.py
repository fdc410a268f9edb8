"""CPU, memory and GPU use sampled into a run as system/* metrics."""

import shutil
import subprocess
import threading
import time

INTERVAL_S = 5.0


def _read(path):
    try:
        with open(path, encoding="ascii", errors="replace") as f:
            return f.read()
    except OSError:
        return None


def cpu_times():
    """(busy, total) jiffies of all CPUs from /proc/stat, or None."""
    text = _read("/proc/stat")
    if not text or not text.startswith("cpu "):
        return None
    fields = [int(x) for x in text.split("\n", 1)[0].split()[1:9]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    total = sum(fields)
    return total - idle, total


def memory_percent():
    text = _read("/proc/meminfo")
    if not text:
        return None
    info = {}
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts:
            info[name] = int(parts[0])
    total, available = info.get("MemTotal"), info.get("MemAvailable")
    if not total or available is None:
        return None
    return 100.0 * (total - available) / total


def process_rss_mb():
    text = _read("/proc/self/status")
    for line in (text or "").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return None


def gpu_metrics():
    """{"system/gpu0_util": %, "system/gpu0_memory_mb": MiB, ...} from nvidia-smi."""
    exe = shutil.which("nvidia-smi")
    if not exe:
        return {}
    try:
        done = subprocess.run([exe, "--query-gpu=utilization.gpu,memory.used",
                               "--format=csv,noheader,nounits"],
                              capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return {}
    out = {}
    if done.returncode != 0:
        return out
    for i, line in enumerate(done.stdout.strip().splitlines()):
        parts = [p.strip() for p in line.split(",")]
        try:
            out[f"system/gpu{i}_util"] = float(parts[0])
            out[f"system/gpu{i}_memory_mb"] = float(parts[1])
        except (IndexError, ValueError):
            continue
    return out


class SystemSampler:
    """A daemon thread sampling every INTERVAL_S seconds, plus once when stopped,
    so even a short run has a sample."""

    def __init__(self, run, interval=INTERVAL_S):
        self._run = run
        self._interval = interval
        self._stop = threading.Event()
        self._step = 0
        self._cpu = cpu_times()
        self._thread = threading.Thread(target=self._loop, name="mlwb-system-metrics",
                                        daemon=True)

    def start(self):
        self._thread.start()

    def stop(self):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)
        self.sample()

    def _loop(self):
        while not self._stop.wait(self._interval):
            try:
                self.sample()
            except Exception:  # a failed sample must not end the training
                pass

    def sample(self):
        values = {}
        cpu = cpu_times()
        if cpu and self._cpu:
            busy, total = cpu[0] - self._cpu[0], cpu[1] - self._cpu[1]
            if total > 0:
                values["system/cpu_percent"] = 100.0 * busy / total
        if cpu:
            self._cpu = cpu
        mem = memory_percent()
        if mem is not None:
            values["system/memory_percent"] = mem
        rss = process_rss_mb()
        if rss is not None:
            values["system/process_rss_mb"] = rss
        values.update(gpu_metrics())
        now = time.time()
        for key, value in values.items():
            self._run._append_point(key, self._step, now, value)
        self._step += 1

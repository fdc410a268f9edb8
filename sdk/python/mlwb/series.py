"""Metric points buffered per run and written as metric_blocks rows."""

from array import array

from .errors import MlwbError
from .store import packed

_INSERT_BLOCK = (
    "INSERT INTO metric_blocks(series_id, n, step_first, step_last, step_min, step_max,"
    " time_first, time_last, vmin, vmax, v_last, steps, times, vals)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def block_row(steps, times, vals):
    """The metric_blocks columns after series_id for one batch of one series.

    vmin/vmax skip NaN and v_last is NULL when the last value is NaN, as the
    summary trigger and the C++ writer expect; infinities are kept."""
    total = sum(vals)
    if total == total:  # no NaN among them (inf + -inf gives NaN too: handled below)
        vmin, vmax = min(vals), max(vals)
    else:
        numbers = [v for v in vals if v == v]
        vmin, vmax = (min(numbers), max(numbers)) if numbers else (None, None)
    last = vals[-1]
    return (len(steps), steps[0], steps[-1], min(steps), max(steps), times[0], times[-1],
            vmin, vmax, last if last == last else None,
            packed(steps), packed(times), packed(vals))


def check_keys(keys):
    for key in keys:
        if not isinstance(key, str) or not key:
            raise MlwbError(f"log metric {key!r}", "metric names must be non-empty strings")


class SeriesBuffers:
    """Pending points of one run. Not locked itself: the owner serialises access.

    run.log() appends one row (step, time, names) per call and its values,
    converted to doubles, to one array; rows are split into per-name arrays only
    when they are written, by strided slices of that array."""

    def __init__(self):
        self.rows = []
        self.values = array("d")  # the values of `rows`, row after row
        self.arrays = {}  # name -> (steps int64, times float64, values float64)
        self.pending = 0
        self.oldest = 0.0  # time of the oldest pending point

    def _arrays_of(self, key):
        arrays = self.arrays.get(key)
        if arrays is None:
            check_keys((key,))
            arrays = self.arrays[key] = (array("q"), array("d"), array("d"))
        return arrays

    def extend(self, key, steps, times, vals):
        self.materialize()
        s, t, v = self._arrays_of(key)
        s.extend(steps)
        t.extend(times)
        v.extend(vals)

    def materialize(self):
        """Moves the rows of run.log() into the per-name arrays, keeping logging order."""
        rows = self.rows
        if not rows:
            return
        values = self.values
        self.rows = []
        self.values = array("d")
        start, count, at = 0, len(rows), 0
        while start < count:
            keys = rows[start][2]
            end = start + 1
            while end < count and rows[end][2] == keys:
                end += 1
            group = rows[start:end] if start or end < count else rows
            steps = array("q", [r[0] for r in group])
            times = array("d", [r[1] for r in group])
            width = len(keys)
            group_values = values[at:at + width * len(group)]
            at += width * len(group)
            for j, key in enumerate(keys):
                s, t, v = self._arrays_of(key)
                s += steps
                t += times
                v += group_values[j::width]
            start = end

    def copy(self):
        other = SeriesBuffers()
        other.absorb(self)
        return other

    def absorb(self, other):
        """Appends the points of `other` (later ones) to these."""
        other.materialize()
        self.materialize()
        for key, (steps, times, vals) in other.arrays.items():
            s, t, v = self._arrays_of(key)
            s += steps
            t += times
            v += vals
        self.pending += other.pending

    def blocks(self):
        """(name, row) for each name with pending points."""
        self.materialize()
        return [(key, block_row(*arrays)) for key, arrays in self.arrays.items() if arrays[0]]

    def clear(self):
        self.rows = []
        self.values = array("d")
        self.arrays = {}
        self.pending = 0

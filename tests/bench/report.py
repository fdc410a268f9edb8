#!/usr/bin/env python3
"""Prints the benchmark table from the JSON that run.sh collected.

Usage: report.py RESULTS_DIR
Rows: figure | ours | peer or limit | ratio | goal | pass/miss.
Also writes RESULTS_DIR/report.md with the same table.
"""

import json
import sys
from pathlib import Path

TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}


def load_benchmarks(path):
    """Google Benchmark JSON -> {base name: entry} (aggregates ignored)."""
    if not path.exists():
        return {}
    found = {}
    for b in json.loads(path.read_text()).get("benchmarks", []):
        if b.get("run_type") == "aggregate" or b.get("error_occurred"):
            continue
        found[b["name"].split("/")[0]] = b
    return found


def load_json_lines(path):
    if not path.exists():
        return []
    rows = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return rows


def ms(b):
    return b["real_time"] * TO_MS[b.get("time_unit", "ns")]


def rate(b):
    return b.get("items_per_second")


def mpts(x, unit="pts"):
    return f"{x / 1e6:.2f} M {unit}/s"


def python_rate(row):
    """Points per second from one python_ingest.py JSON line, whatever its field names."""
    for key in ("points_per_second", "points_per_s", "pts_per_s", "rows_per_second",
                "rows_per_s", "per_second", "rate"):
        if isinstance(row.get(key), (int, float)):
            return float(row[key])
    points = row.get("points", row.get("rows"))
    seconds = row.get("seconds", row.get("elapsed_s", row.get("time_s")))
    if isinstance(points, (int, float)) and isinstance(seconds, (int, float)) and seconds > 0:
        return points / seconds
    return None


def is_peer(row):
    text = " ".join(str(row.get(k, "")) for k in ("name", "kind", "impl", "label", "what"))
    return "executemany" in text or "sqlite3" in text or "raw" in text


class Table:
    def __init__(self):
        self.rows = []

    def add(self, figure, ours, peer="", ratio="", goal="", verdict=""):
        self.rows.append([figure, ours, peer, ratio, goal, verdict])

    def render(self):
        head = ["figure", "ours", "peer or limit", "ratio", "goal", "pass/miss"]
        widths = [max(len(r[i]) for r in self.rows + [head]) for i in range(len(head))]
        line = lambda r: " | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
        sep = "-+-".join("-" * w for w in widths)
        return "\n".join([line(head), sep] + [line(r) for r in self.rows])


def verdict(ok):
    return "ok" if ok else "MISS"


def w1(table, results):
    b = load_benchmarks(results / "w1.json")
    raw = b.get("BM_W1_RawSqliteInsert")
    limit = rate(raw) if raw else None
    if raw:
        table.add("W1 raw C insert 1M rows (limit)", mpts(limit, "rows"), "", "", "", "")
    for name, label in (("BM_W1_MetricWriterLog", "W1 C++ ingest 1M points, log()"),
                        ("BM_W1_MetricWriterLogSeries", "W1 C++ ingest 1M points, logSeries()")):
        if name not in b:
            table.add(label, "not run", "", "", ">= 0.9x", "MISS")
            continue
        ours = rate(b[name])
        ratio = ours / limit if limit else None
        table.add(label, mpts(ours), f"raw C insert {mpts(limit, 'rows')}" if limit else "",
                  f"{ratio:.2f}x" if ratio else "", ">= 0.9x",
                  verdict(ratio is not None and ratio >= 0.9))

    rows = load_json_lines(results / "python_ingest.jsonl")
    client = [r for r in rows if not is_peer(r) and python_rate(r)]
    peer = [r for r in rows if is_peer(r) and python_rate(r)]
    if not client:
        table.add("W1 Python client 1M points", "not run", "", "", ">= 1M pts/s", "MISS")
        return
    ours = max(python_rate(r) for r in client)
    peer_rate = max(python_rate(r) for r in peer) if peer else None
    table.add("W1 Python client 1M points", mpts(ours),
              f"Python sqlite3 executemany {mpts(peer_rate, 'rows')}" if peer_rate else "",
              f"{ours / peer_rate:.2f}x" if peer_rate else "", ">= 1M pts/s",
              verdict(ours >= 1e6))


def w2(table, results):
    b = load_benchmarks(results / "w2.json")
    runs = None
    if "BM_W2_CountAll" in b:
        runs = int(b["BM_W2_CountAll"].get("runs", 0))
    size = f"{runs // 1000}k runs" if runs else "runs"
    for name, label, goal in (
            ("BM_W2_FilterSortFirst100", f"W2 filter+sort first 100 of {size}", 50.0),
            ("BM_W2_ParseFilterSortFirst100", "W2 same, parsing included", 50.0),
            ("BM_W2_CountAll", f"W2 count all {size}", 20.0),
            ("BM_W2_CountFiltered", "W2 count filtered", None)):
        if name not in b:
            table.add(label, "not run", "", "", f"< {goal:g} ms" if goal else "",
                      "MISS" if goal else "")
            continue
        t = ms(b[name])
        table.add(label, f"{t:.2f} ms", "", "", f"< {goal:g} ms" if goal else "",
                  verdict(t < goal) if goal else "")
    mem = load_json_lines(results / "w2_memory.json")
    if mem:
        m = mem[0]
        table.add("W2 peak RSS, open + query", f"{m['peak_rss_kb'] / 1024:.1f} MB",
                  f"process start {m['rss_at_start_kb'] / 1024:.1f} MB", "", "", "")
    gen = load_json_lines(results / "w2_generate.json")
    if gen:
        cached = " (cached project)" if gen[0].get("cached") else ""
        table.add("W2 generate the project", f"{gen[0]['seconds']:.1f} s{cached}", "", "", "", "")


def w3(table, results):
    b = load_benchmarks(results / "w3.json")
    raw = b.get("BM_W3_LoadRaw")
    dec = b.get("BM_W3_Decimate2000")
    points = raw.get("points") if raw else None
    size = f"{points / 1e6:.0f}M" if points else ""
    if dec:
        t = ms(dec)
        peer = f"raw load {ms(raw):.0f} ms" if raw else ""
        table.add(f"W3 decimate {size} points to 2000 buckets", f"{t:.2f} ms", peer,
                  f"{ms(raw) / t:.0f}x faster" if raw else "", "< 20 ms", verdict(t < 20))
    else:
        table.add("W3 decimate to 2000 buckets", "not run", "", "", "< 20 ms", "MISS")
    if "BM_W3_Decimate2000Range" in b:
        table.add("W3 decimate a 10% zoom", f"{ms(b['BM_W3_Decimate2000Range']):.2f} ms",
                  "", "", "", "")
    if raw:
        table.add(f"W3 raw full load {size} points", f"{ms(raw):.0f} ms",
                  mpts(rate(raw)) if rate(raw) else "", "", "", "")


def w4_raster(table, results):
    b = load_benchmarks(results / "w4_raster.json")
    ours = b.get("BM_W4_RasterizeCurves")
    peer = b.get("BM_W4_QPainterPolylines")
    if not ours:
        table.add("W4 draw 1000 curves alone", "not run", "", "", "", "")
        return
    t = ms(ours)
    peer_ms = None
    note = ""
    if peer and peer.get("curves"):
        peer_ms = ms(peer) * peer["all_curves"] / peer["curves"]
        note = f" (from {peer['curves']:.0f} curves)"
    table.add(f"W4 draw {ours.get('points', 0) / 1e6:.1f}M points of 1000 curves alone "
              "(1600 x 800 px)", f"{t:.1f} ms",
              f"QPainter anti-aliased polylines {peer_ms / 1e3:.1f} s{note}" if peer_ms else "",
              f"{peer_ms / t:.0f}x faster" if peer_ms else "", "", "")


def demo(table, results):
    b = load_benchmarks(results / "demo.json").get("BM_Demo_Generate")
    if not b:
        table.add("Demo project generate", "not run", "", "", "< 3 s", "MISS")
        return
    t = ms(b) / 1e3
    table.add(f"Demo project generate ({b.get('points', 0) / 1e6:.2f} M points)", f"{t:.2f} s",
              "", "", "< 3 s", verdict(t < 3))


def suite_rows(table, results):
    """Rows that the scripts in tests/bench/suites/ wrote to RESULTS_DIR/rows/*.jsonl, one JSON
    object per line with the keys figure, ours, peer, ratio, goal and verdict ("ok"/"MISS"/"")."""
    for path in sorted((results / "rows").glob("*.jsonl")):
        for row in load_json_lines(path):
            table.add(str(row.get("figure", path.stem)), str(row.get("ours", "")),
                      str(row.get("peer", "")), str(row.get("ratio", "")),
                      str(row.get("goal", "")), str(row.get("verdict", "")))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: report.py RESULTS_DIR")
    results = Path(sys.argv[1])
    table = Table()
    w1(table, results)
    w2(table, results)
    w3(table, results)
    w4_raster(table, results)
    demo(table, results)
    suite_rows(table, results)
    text = table.render()
    print(text)
    (results / "report.md").write_text(text + "\n")
    misses = sum(1 for r in table.rows if r[5] == "MISS")
    print(f"\n{misses} goal(s) missed" if misses else "\nall goals met")


if __name__ == "__main__":
    main()

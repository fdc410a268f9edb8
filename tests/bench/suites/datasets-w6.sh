#!/usr/bin/env bash
# Datasets benchmark W6: hashing throughput of new bytes from the page cache (goal >= 5 GB/s),
# and a no-op re-add of 100k small files beside hashing them all again (the stat cache's gain).
# Usage: datasets-w6.sh BUILD_DIR RESULTS_DIR DATA_DIR (run.sh passes them).
# Smaller runs: MLWB_BENCH_W6_BYTES (default 2147483648), MLWB_BENCH_W6_FILES (default 100000).
set -euo pipefail

build=$1
results=$2
data=$3
w6="$build/tests/bench/bench_w6_hashing"
rows="$results/rows/datasets-w6.jsonl"
mkdir -p "$results/rows" "$data"
: >"$rows"
[ -x "$w6" ] || { echo "missing $w6: build bench_w6_hashing" >&2; exit 1; }

bytes=${MLWB_BENCH_W6_BYTES:-2147483648}
files=${MLWB_BENCH_W6_FILES:-100000}
echo "  W6: hashing $((bytes >> 20)) MB and $files small files ..." >&2
json=$("$w6" "$data/w6-work" "$bytes" "$files")
echo "$json" >"$results/w6.json"

python3 - "$json" >>"$rows" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
def row(figure, ours, peer="", ratio="", goal="", verdict=""):
    print(json.dumps(dict(figure=figure, ours=ours, peer=peer, ratio=ratio, goal=goal,
                          verdict=verdict)))
mb = r["hash_bytes"] >> 20
row(f"W6 hashing new bytes from page cache ({mb} MB)", f"{r['hash_gbps']:.2f} GB/s",
    goal=">= 5 GB/s", verdict="ok" if r["hash_gbps"] >= 5 else "MISS")
row(f"W6 snapshot of new bytes, hash + copy into store ({mb} MB)",
    f"{r['ingest_gbps']:.2f} GB/s ({r['ingest_seconds']:.2f} s)")
n = r["small_files"]
ok = r["noop_files_hashed"] == 0 and not r["noop_new_version"]
row(f"W6 no-op re-add of {n} small files", f"{r['noop_readd_seconds']:.2f} s",
    peer=f"hash all again {r['rehash_all_seconds']:.2f} s (first add {r['first_add_seconds']:.2f} s)",
    ratio=f"{r['rehash_all_seconds'] / max(r['noop_readd_seconds'], 1e-3):.1f}x",
    verdict="ok" if ok else "MISS")
PY

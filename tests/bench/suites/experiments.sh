#!/usr/bin/env bash
# Experiments panel benchmarks: W2 on the panel (open, re-filter, re-sort, memory) and W3/W4
# charts (1,000 overlaid runs, pan/zoom, a 10M-point series) beside the naive QtCharts paths.
# Usage: experiments.sh BUILD_DIR RESULTS_DIR DATA_DIR (run.sh passes them). The W2 and W3
# projects are the ones run.sh keeps in DATA_DIR; the W4 project is generated there once.
# Smaller runs for a quick check: MLWB_BENCH_W2_RUNS, MLWB_BENCH_W4_RUNS, MLWB_BENCH_W4_STEPS.
set -euo pipefail

build=$1
results=$2
data=$3
bin="$build/tests/bench"
rows="$results/rows/experiments.jsonl"
mkdir -p "$results/rows" "$data"
: >"$rows"

for b in bench_w2_panel bench_w4_charts; do
    if [ ! -x "$bin/$b" ]; then
        echo "missing $bin/$b: build it with -DMLWB_BUILD_BENCH=ON" >&2
        exit 1
    fi
done

export QT_QPA_PLATFORM=offscreen
w2="${MLWB_BENCH_W2_PROJECT:-$data/w2-${MLWB_BENCH_W2_RUNS:-100000}}"
w3="${MLWB_BENCH_W3_PROJECT:-$data/w3-${MLWB_BENCH_W3_POINTS:-10000000}}"
w4="${MLWB_BENCH_W4_PROJECT:-$data/w4-${MLWB_BENCH_W4_RUNS:-1000}x${MLWB_BENCH_W4_STEPS:-10000}}"

echo "  W2 panel on $w2 ..." >&2
"$bin/bench_w2_panel" "$w2" >>"$rows" || echo "bench_w2_panel failed; its rows are left out" >&2
echo "  W4 charts on $w4 (generated unless cached) ..." >&2
"$bin/bench_w4_charts" "$w4" "$w3" >>"$rows"
"$bin/bench_w4_read" "$w4" "$w3" >>"$rows" || echo "bench_w4_read failed; its rows are left out" >&2

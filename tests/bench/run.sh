#!/usr/bin/env bash
# Runs the benchmark suite of an already built tree and prints the report.
# Usage: tests/bench/run.sh BUILD_DIR   (make bench builds build/release first)
# Smaller runs for a quick check: MLWB_BENCH_W1_STEPS, MLWB_BENCH_W2_RUNS, MLWB_BENCH_W3_POINTS.
# The generated W2 and W3 projects stay in BUILD_DIR/bench-data for the next run.
set -euo pipefail

build=$(cd "${1:-build/release}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
bin="$build/tests/bench"
out="$build/bench-results"
mkdir -p "$out"
rm -rf "$out"/*.json "$out"/*.jsonl "$out/rows"
mkdir -p "$out/rows"

for b in bench_w1_ingest bench_w2_query bench_w2_memory bench_w3_series bench_w4_raster bench_demo; do
    if [ ! -x "$bin/$b" ]; then
        echo "missing $bin/$b: configure with -DCMAKE_BUILD_TYPE=Release -DMLWB_BUILD_BENCH=ON" \
             "and build (make bench does both)" >&2
        exit 1
    fi
done

# A benchmark that fails leaves its rows out ("not run" in the report) instead of ending the run.
run() { # name binary [args...]: Google Benchmark JSON into $out/name.json
    local name=$1; shift
    echo "running $name ..." >&2
    "$@" --benchmark_format=json --benchmark_out="$out/$name.json" --benchmark_out_format=json \
        >/dev/null || echo "$name failed (exit $?); its rows are left out" >&2
}

run w1 "$bin/bench_w1_ingest"

if [ -x "$build/app/cli/mlwb" ]; then
    echo "running w1 python ..." >&2
    MLWB_EXECUTABLE="$build/app/cli/mlwb" python3 "$src/tests/bench/python_ingest.py" \
        >"$out/python_ingest.jsonl" || echo "python_ingest.py failed; its rows are left out" >&2
else
    echo "no $build/app/cli/mlwb: the Python client rows are left out" >&2
fi

# Generated projects are kept in $build/bench-data and made again only when the schema,
# the generator or the size changes (see benchdata.h).
data="$build/bench-data"
mkdir -p "$data"
echo "generating the W2 project (unless cached) ..." >&2
w2="$data/w2-${MLWB_BENCH_W2_RUNS:-100000}"
"$bin/bench_w2_memory" --generate "$w2" >"$out/w2_generate.json" ||
    echo "generating the W2 project failed" >&2
MLWB_BENCH_W2_PROJECT="$w2" run w2 "$bin/bench_w2_query"
"$bin/bench_w2_memory" "$w2" >"$out/w2_memory.json" || echo "bench_w2_memory failed" >&2

MLWB_BENCH_W3_PROJECT="$data/w3-${MLWB_BENCH_W3_POINTS:-10000000}" run w3 "$bin/bench_w3_series"
run w4_raster "$bin/bench_w4_raster"
run demo "$bin/bench_demo"

# Further suites: each tests/bench/suites/NAME.sh gets BUILD_DIR RESULTS_DIR DATA_DIR and writes
# its report rows to RESULTS_DIR/rows/NAME.jsonl (see suite_rows in report.py).
for suite in "$src"/tests/bench/suites/*.sh; do
    [ -e "$suite" ] || continue
    echo "running $(basename "$suite" .sh) ..." >&2
    bash "$suite" "$build" "$out" "$data" || echo "$suite failed; its rows are left out" >&2
done

python3 "$src/tests/bench/report.py" "$out" | tee "$out/report.txt"

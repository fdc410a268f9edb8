#!/usr/bin/env bash
# W9: mlwb-serve latency at 1k requests/s and throughput over each protocol, beside a
# bare cpp-httplib handler. Usage: serve-w9.sh BUILD_DIR RESULTS_DIR DATA_DIR (run.sh passes
# them). Shorter runs for a quick check: MLWB_BENCH_W9_SECONDS (default 5 per protocol).
set -euo pipefail

build=$1
results=$2
bin="$build/tests/bench/bench_w9_serving"
rows="$results/rows/serve-w9.jsonl"
mkdir -p "$results/rows"

if [ ! -x "$bin" ]; then
    echo "missing $bin: build it with -DMLWB_BUILD_BENCH=ON" >&2
    exit 1
fi
"$bin" >"$rows.tmp"
mv "$rows.tmp" "$rows"

#!/usr/bin/env bash
# Datasets benchmarks. W5: keyed diff of two 1M-row x 10-column CSV tables (~86 MB each, ~1% of
# rows changed) through `mlwb data diff --key id`, time and peak RSS, beside daff (npm package,
# installed into BUILD_DIR/bench-tools). W7: image diff per megapixel after decode, and the
# whole process beside ImageMagick `compare -metric AE` on the same 12 MP pair.
# Usage: datasets-w5w7.sh BUILD_DIR RESULTS_DIR DATA_DIR (run.sh passes them).
# Smaller runs: MLWB_BENCH_W5_ROWS (default 1000000), MLWB_BENCH_W5_DAFF_ROWS (daff's size when
# the full size would take more than MLWB_BENCH_DAFF_TIMEOUT seconds, default 300).
set -euo pipefail

build=$1
results=$2
data=$3
src=$(cd "$(dirname "$0")/../../.." && pwd)
mlwb="$build/app/cli/mlwb"
w7="$build/tests/bench/bench_w7_imagediff"
rows="$results/rows/datasets-w5w7.jsonl"
mkdir -p "$results/rows" "$data"
: >"$rows"
for b in "$mlwb" "$w7"; do
    [ -x "$b" ] || { echo "missing $b: build mlwb and bench_w7_imagediff" >&2; exit 1; }
done

n=${MLWB_BENCH_W5_ROWS:-1000000}
daff_rows=${MLWB_BENCH_W5_DAFF_ROWS:-100000}
daff_timeout=${MLWB_BENCH_DAFF_TIMEOUT:-300}

tables() { # ROWS -> $data/w5-ROWS-{a,b}.csv, generated once
    local dir="$data/w5-$1"
    if [ ! -s "$dir/b.csv" ]; then
        mkdir -p "$dir"
        python3 "$src/tests/bench/w5_tables.py" "$1" "$dir/a.csv" "$dir/b.csv"
    fi
    echo "$dir"
}

# measure OUT CMD...: runs CMD under /usr/bin/time; OUT gets "seconds maxrss_kb exit cpu_seconds"
# CPU time (user + sys, all threads) is reported beside wall time, and the time goals are judged
# on it: on a shared machine the wall time includes waiting for a core. Set MLWB_BENCH_WALL=1 to
# judge on wall time instead (an idle machine).
measure() {
    local out=$1; shift
    local log
    log=$(mktemp)
    local rc=0
    /usr/bin/time -f "%e %M %U %S" -o "$log" "$@" >/dev/null 2>"$log.err" || rc=$?
    read -r e m u s < <(tail -1 "$log")
    echo "$e $m $rc $(python3 -c "print(round($u + $s, 2))")" >"$out"
    rm -f "$log" "$log.err"
}

row() { # figure ours peer ratio goal verdict
    python3 -c 'import json,sys; print(json.dumps(dict(zip(
        ["figure","ours","peer","ratio","goal","verdict"], sys.argv[1:]))))' "$@" >>"$rows"
}

# --- W5 ---------------------------------------------------------------------------------
echo "  W5: generating $n-row tables (unless cached) ..." >&2
w5=$(tables "$n")
measure "$results/w5-ours" "$mlwb" data diff --key id "$w5/a.csv" "$w5/b.csv"
read -r secs kb rc cpu <"$results/w5-ours"
mb=$((kb / 1024))
judged() { # WALL CPU -> the time the goal is judged on
    if [ "${MLWB_BENCH_WALL:-0}" = 1 ]; then echo "$1"; else echo "$2"; fi
}
basis=$([ "${MLWB_BENCH_WALL:-0}" = 1 ] && echo wall || echo CPU)
row "W5 keyed diff ${n} rows (time)" "${secs} s (cpu ${cpu} s)" "" "" "< 0.5 s ($basis)" \
    "$(python3 -c "print('ok' if $(judged "$secs" "$cpu") < 0.5 and $rc == 1 else 'MISS')")"
row "W5 keyed diff ${n} rows (peak RSS)" "${mb} MB" "" "" "< 300 MB" \
    "$(python3 -c "print('ok' if $mb < 300 else 'MISS')")"

tools="$build/bench-tools"
daff="$tools/node_modules/.bin/daff"
if [ ! -x "$daff" ]; then
    echo "  W5: installing daff into $tools ..." >&2
    npm install --silent --prefix "$tools" daff >/dev/null 2>&1 || true
fi
if [ -x "$daff" ]; then
    # daff at the full size when it finishes in time, else at daff_rows (both sides then).
    size=$n
    measure "$results/w5-daff" timeout "$daff_timeout" \
        "$daff" diff --id id --output "$results/w5-daff.csv" "$w5/a.csv" "$w5/b.csv"
    read -r dsecs dkb drc dcpu <"$results/w5-daff"
    if [ "$drc" = 124 ] || [ "$drc" -gt 1 ]; then
        size=$daff_rows
        small=$(tables "$size")
        measure "$results/w5-daff" "$daff" diff --id id --output "$results/w5-daff.csv" \
            "$small/a.csv" "$small/b.csv"
        read -r dsecs dkb drc dcpu <"$results/w5-daff"
        measure "$results/w5-ours-small" "$mlwb" data diff --key id "$small/a.csv" "$small/b.csv"
        read -r secs kb rc cpu <"$results/w5-ours-small"
    fi
    # The ratio of the judged times (both single processes measured the same way).
    ours_t=$(judged "$secs" "$cpu")
    peer_t=$(judged "$dsecs" "$dcpu")
    ratio=$(python3 -c "print(f'{$peer_t / max($ours_t, 0.001):.1f}x')")
    ok=$(python3 -c "print('ok' if $peer_t / max($ours_t, 0.001) >= 10 else 'MISS')")
    note=""
    [ "$size" = "$n" ] || note=" (daff over ${daff_timeout}s at $n rows: both at $size)"
    row "W5 vs daff, $size rows$note" "${secs} s (cpu ${cpu} s), $((kb / 1024)) MB" \
        "${dsecs} s (cpu ${dcpu} s), $((dkb / 1024)) MB" "$ratio" ">= 10x ($basis)" "$ok"
else
    row "W5 vs daff" "${secs} s" "daff not installed (npm failed)" "" ">= 10x" ""
fi

# --- W7 ---------------------------------------------------------------------------------
pair="$data/w7"
if [ ! -s "$pair/b.png" ]; then
    echo "  W7: generating a 4000x3000 image pair ..." >&2
    mkdir -p "$pair"
    "$w7" --generate "$pair/a.png" "$pair/b.png" 4000 3000
fi
json=$("$w7" "$pair/a.png" "$pair/b.png")
per_mp=$(python3 -c 'import json,sys; print("%.2f" % json.loads(sys.argv[1])["ms_per_mp"])' "$json")
cpu_mp=$(python3 -c 'import json,sys; print("%.2f" % json.loads(sys.argv[1])["cpu_ms_per_mp"])' "$json")
heat_mp=$(python3 -c 'import json,sys; print("%.2f" % json.loads(sys.argv[1])["heatmap_cpu_ms_per_mp"])' "$json")
row "W7 image diff after decode (12 MP)" \
    "${per_mp} ms/MP (cpu ${cpu_mp} ms/MP; with heatmap cpu ${heat_mp} ms/MP)" "" "" \
    "< 20 ms/MP ($basis)" \
    "$(python3 -c "print('ok' if $(judged "$per_mp" "$cpu_mp") < 20 else 'MISS')")"
measure "$results/w7-ours" "$mlwb" data diff "$pair/a.png" "$pair/b.png"
read -r osecs okb orc ocpu <"$results/w7-ours"
if [ "$orc" != 1 ]; then # the pair differs: anything but exit code 1 is a failure
    row "W7 whole process, decode + diff (12 MP)" "mlwb data diff failed (exit $orc)" "" "" "" \
        "MISS"
elif command -v compare >/dev/null; then
    measure "$results/w7-magick" compare -metric AE "$pair/a.png" "$pair/b.png" null:
    read -r msecs mkb mrc mcpu <"$results/w7-magick"
    row "W7 whole process, decode + diff (12 MP)" "${osecs} s (cpu ${ocpu} s)" \
        "compare -metric AE ${msecs} s (cpu ${mcpu} s)" \
        "$(python3 -c "print(f'{$(judged "$msecs" "$mcpu") / max($(judged "$osecs" "$ocpu"), 0.001):.1f}x')")" \
        "" ""
else
    row "W7 whole process, decode + diff (12 MP)" "${osecs} s" "ImageMagick not installed" "" "" ""
fi

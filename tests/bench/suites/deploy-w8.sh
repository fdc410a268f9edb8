#!/usr/bin/env bash
# W8: click-to-healthy time of `mlwb deploy` with a warm engine (goal < 10 s) and the size of
# the image it builds (goal < 60 MB), each as a ratio against its goal.
# Usage: deploy-w8.sh BUILD_DIR RESULTS_DIR DATA_DIR (run.sh passes them). Uses DOCKER_HOST when
# set, else starts its own Podman service (tests/engine/podman-service.sh) and stops it after.
# MLWB_BENCH_W8_RUNS: measured deployments (default 3; the median is reported).
set -euo pipefail

build=$(cd "$1" && pwd)
results=$2
data=$3
src=$(cd "$(dirname "$0")/../../.." && pwd)
rows="$results/rows/deploy-w8.jsonl"
runs=${MLWB_BENCH_W8_RUNS:-3}
mlwb="$build/app/cli/mlwb"
serve="$build/app/serve/mlwb-serve"
model="$src/../shared/fixtures/onnx/onnx/onnx/backend/test/data/node/test_sigmoid/model.onnx"
mkdir -p "$results/rows" "$data"

for f in "$mlwb" "$serve" "$model"; do
    [ -e "$f" ] || { echo "missing $f" >&2; exit 1; }
done

started_engine=""
if [ -z "${DOCKER_HOST:-}" ]; then
    engine_dir="$data/w8-engine"
    mkdir -p "$engine_dir"
    "$src/tests/engine/podman-service.sh" start "$engine_dir" >&2
    started_engine="$engine_dir"
    export DOCKER_HOST="unix://$engine_dir/engine.sock"
fi
export MLWB_SERVE="$serve"

project="$data/w8-project"
rm -rf "$project"
"$mlwb" init "$project" >/dev/null

cleanup() {
    for id in $("$mlwb" --project "$project" deploy ls --json 2>/dev/null |
                python3 -c 'import json,sys; print(" ".join(str(d["id"]) for d in json.load(sys.stdin)))'); do
        "$mlwb" --project "$project" deploy rm "$id" >/dev/null 2>&1 || true
    done
    if [ -n "$started_engine" ]; then
        "$src/tests/engine/podman-service.sh" stop "$started_engine" >&2 || true
    fi
}
trap cleanup EXIT

# One deployment to warm the engine (its storage, the runtime), not measured.
deploy_once() {
    local t0 t1 json
    t0=$(date +%s.%N)
    json=$("$mlwb" --project "$project" deploy --model-file "$model" --name w8 --version "$1" \
        --json 2>/dev/null)
    t1=$(date +%s.%N)
    python3 - "$t0" "$t1" "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[3])
print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f} {d["image_size"]} {d["id"]} {d["target"]}')
PY
}

read -r _ _ warm_id _ < <(deploy_once warmup)
"$mlwb" --project "$project" deploy rm "$warm_id" >/dev/null

times=()
size=0
target=""
for i in $(seq 1 "$runs"); do
    read -r secs bytes id target < <(deploy_once "run$i")
    times+=("$secs")
    size=$bytes
    "$mlwb" --project "$project" deploy rm "$id" >/dev/null
done

python3 - "$rows" "$size" "$target" "${times[@]}" <<'PY'
import json, statistics, sys
rows, size, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
times = sorted(float(t) for t in sys.argv[4:])
median = statistics.median(times)
mb = size / 1e6
with open(rows, "w") as out:
    out.write(json.dumps({
        "figure": f"W8 click-to-healthy, warm {target} (median of {len(times)})",
        "ours": f"{median:.2f} s", "peer": "goal 10 s", "ratio": f"{median / 10:.2f}",
        "goal": "< 10 s", "verdict": "ok" if median < 10 else "MISS"}) + "\n")
    out.write(json.dumps({
        "figure": "W8 image size (FROM scratch, mlwb-serve + libraries + model)",
        "ours": f"{mb:.1f} MB", "peer": "goal 60 MB", "ratio": f"{mb / 60:.2f}",
        "goal": "< 60 MB", "verdict": "ok" if mb < 60 else "MISS"}) + "\n")
print(open(rows).read(), end="", file=sys.stderr)
PY

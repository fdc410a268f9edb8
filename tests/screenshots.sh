#!/usr/bin/env bash
# Saves the README and docs screenshots: each panel view below, on the demo project, in the
# light and the dark theme, rendered offscreen by the app's own --screenshot mode.
# Usage: tests/screenshots.sh BUILD_DIR   (make screenshots builds build/release first)
# The demo project is generated into BUILD_DIR/screenshot-project unless it is there already.
# Nothing is written outside BUILD_DIR and docs/screenshots: the app runs in a scratch
# folder with a throwaway settings profile.
set -euo pipefail

# One line per picture: NAME PANEL [LINK]. NAME becomes docs/screenshots/NAME-{light,dark}.png;
# LINK (mlwb://PANEL/...) opens a page of the panel first, e.g. a compare view. In a LINK,
# {failed-run} stands for the id of the newest failed run of the demo project, {deployment}
# for a deployment of the demo model that the script makes (a local process) and removes.
SHOTS=(
    "experiments experiments"
    "experiments-charts experiments mlwb://experiments/charts?runs=6"
    "experiments-compare experiments mlwb://experiments/compare?runs=4"
    "experiments-log experiments mlwb://experiments/run/{failed-run}?tab=log"
    "datasets datasets mlwb://datasets/customers/3?with=2&tab=summary"
    "datasets-table datasets mlwb://datasets/customers/2?with=1&tab=table"
    "datasets-profiles datasets mlwb://datasets/customers/3?with=2&tab=profiles"
    "datasets-drift datasets mlwb://datasets/customers/3?with=2&tab=drift"
    "datasets-images datasets mlwb://datasets/shapes/2?with=1&tab=images"
    "registry registry mlwb://registry/digits/3?tab=details"
    "registry-lineage registry mlwb://registry/digits/2?tab=lineage"
    "registry-compare registry mlwb://registry/digits/3?compare=2&tab=compare"
    "registry-gates registry mlwb://registry/digits/3?tab=gates"
    "deploy deploy mlwb://deploy/{deployment}"
)

die() {
    echo "screenshots.sh: $*" >&2
    exit 1
}

[ $# -le 1 ] || die "usage: tests/screenshots.sh [BUILD_DIR]"
src=$(cd "$(dirname "$0")/.." && pwd)
[ -d "${1:-build/release}" ] || die "no build folder ${1:-build/release}: build the tree first" \
    "(make screenshots builds build/release)"
build=$(cd "${1:-build/release}" && pwd)
[ "$build" != "$src" ] || die "BUILD_DIR is the source folder; give the build folder"
cli="$build/app/cli/mlwb"
gui="$build/app/gui/mlwb-gui"
project="$build/screenshot-project"
out="$src/docs/screenshots"

for exe in "$cli" "$gui"; do
    [ -x "$exe" ] || die "missing $exe: build the targets mlwb and mlwb-gui in $build" \
        "(make screenshots builds build/release)"
done
command -v python3 >/dev/null || die "python3 is needed to read the run list"

# A scratch working folder and settings profile: the user's window layout, recent projects
# and the source tree stay untouched.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
cd "$scratch"

if [ ! -d "$project/.mlwb" ]; then
    echo "generating the demo project in $project ..." >&2
    "$cli" demo "$project" >/dev/null || die "mlwb demo failed"
fi
mkdir -p "$out"

first_run_id='import json, sys; runs = json.load(sys.stdin)["runs"]; print(runs[0]["id"] if runs else "")'
failed_run=$("$cli" runs --project "$project" --filter 'status = "failed"' --limit 1 --json |
    python3 -c "$first_run_id") || die "could not list the runs of $project"

# The champion as a local process, so that the Deploy panel and the lineage show a live
# endpoint; removed again when the script ends.
deployment=""
undeploy() {
    [ -z "$deployment" ] || "$cli" deploy rm "$deployment" --project "$project" >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap undeploy EXIT
first_id='import json, sys; print(json.load(sys.stdin)["id"])'
deployment=$("$cli" deploy digits@champion --target process --project "$project" --json |
    python3 -c "$first_id") || die "could not deploy digits@champion as a process"

for shot in "${SHOTS[@]}"; do
    read -r name panel link <<<"$shot"
    link=${link:-}
    if [[ "$link" == *"{failed-run}"* ]]; then
        [ -n "$failed_run" ] || die "$name: the demo project has no failed run"
        link=${link//\{failed-run\}/$failed_run}
    fi
    link=${link//\{deployment\}/$deployment}
    for theme in light dark; do
        file="$out/$name-$theme.png"
        rm -f "$file"
        args=("$project" --panel "$panel" --theme "$theme" --screenshot "$file")
        [ -n "$link" ] && args+=(--link "$link")
        status=0
        timeout 120 "$gui" "${args[@]}" || status=$?
        [ "$status" -ne 124 ] || die "$name ($theme): mlwb-gui did not finish within 120 s"
        [ "$status" -eq 0 ] || die "$name ($theme): mlwb-gui failed with status $status"
        [ -s "$file" ] || die "$name ($theme): mlwb-gui wrote no picture to $file"
        echo "$file" >&2
    done
done

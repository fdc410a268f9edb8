#!/usr/bin/env bash
# Installs the Debian 12 packages ML Workbench needs to build, test and run.
# Idempotent: installs only what is missing and prints nothing when all is there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git clang-format
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-svg-dev
    libgit2-dev libsqlite3-dev sqlite3 libopencv-dev libyaml-cpp-dev
    libcpp-httplib-dev libbenchmark-dev libxxhash-dev libgl-dev
    python3 xvfb xauth imagemagick python3-onnx podman runc
    fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
        echo "error: need root (or sudo) to install: ${missing[*]}" >&2
        exit 1
    }
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null

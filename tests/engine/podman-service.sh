#!/usr/bin/env bash
# Starts or stops a Podman service that serves the Docker Engine API on
# BUILD_DIR/engine.sock, for the tests that need a real container engine.
#   podman-service.sh start BUILD_DIR   # waits until /_ping answers
#   podman-service.sh stop BUILD_DIR    # stops it by its pid file
set -euo pipefail

action=${1:?usage: podman-service.sh start|stop BUILD_DIR}
build=${2:?usage: podman-service.sh start|stop BUILD_DIR}
dir="$build/engine"
sock="$build/engine.sock"
pidfile="$dir/podman.pid"

case "$action" in
start)
    command -v podman >/dev/null || {
        echo "podman is not installed: run packaging/install-deps.sh" >&2
        exit 1
    }
    mkdir -p "$dir"
    if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        echo "engine already running (pid $(cat "$pidfile")) on $sock"
        exit 0
    fi
    cat >"$dir/containers.conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
CONF
    export CONTAINERS_CONF="$dir/containers.conf"
    rm -f "$sock"
    podman system service --time=0 "unix://$sock" >"$dir/podman.log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 300); do
        if curl -sf --unix-socket "$sock" http://localhost/_ping >/dev/null 2>&1; then
            echo "engine ready on $sock (pid $(cat "$pidfile"))"
            exit 0
        fi
        kill -0 "$(cat "$pidfile")" 2>/dev/null || break
        sleep 0.1
    done
    echo "podman service did not answer on $sock; its log:" >&2
    cat "$dir/podman.log" >&2 || true
    exit 1
    ;;
stop)
    if [[ -f "$pidfile" ]]; then
        pid=$(cat "$pidfile")
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid"
            for _ in $(seq 1 100); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
            kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
        fi
        rm -f "$pidfile"
    fi
    rm -f "$sock"
    echo "engine stopped"
    ;;
*)
    echo "usage: podman-service.sh start|stop BUILD_DIR" >&2
    exit 2
    ;;
esac

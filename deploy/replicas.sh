#!/usr/bin/env bash
# Start N Streamlit replicas of Pathways Explorer behind nginx on loopback, in the foreground.
#   deploy/replicas.sh [REPLICAS=2] [PORT=8080] [ADDRESS=127.0.0.1]
# Replicas listen on 127.0.0.1:8601, 8602, ...; nginx on ADDRESS:PORT (0.0.0.0 to serve a classroom). Ctrl-C stops everything.
# REPLICA_PORTS=8700 starts the replicas at 8701 instead, to run two set-ups side by side (a before/after benchmark).
# nginx marks a replica down after failed requests (max_fails) and retries the next one.
set -euo pipefail
cd "$(dirname "$0")/.."
replicas="${1:-2}"
port="${2:-8080}"
address="${3:-127.0.0.1}"
base="${REPLICA_PORTS:-8600}"
prefix="$(mktemp -d /tmp/pathways-nginx.XXXXXX)"
mkdir -p "$prefix"/{body,proxy,fastcgi,uwsgi,scgi}
chmod 755 "$prefix"  # nginx workers (user nobody when started as root) read the static copy
pids=()
cleanup() {
  [ -f "$prefix/nginx.pid" ] && kill "$(cat "$prefix/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$prefix"
}
trap cleanup EXIT INT TERM
upstreams=""
for i in $(seq 1 "$replicas"); do
  replica_port=$((base + i))
  python3 -m streamlit run app.py --server.headless true --server.address 127.0.0.1 --server.port "$replica_port" \
    --browser.gatherUsageStats false >"$prefix/replica-$i.log" 2>&1 &
  pids+=($!)
  upstreams+="        server 127.0.0.1:${replica_port} max_fails=3 fail_timeout=10s;"$'\n'
done
for i in $(seq 1 "$replicas"); do
  until curl -fsS "http://127.0.0.1:$((base + i))/_stcore/health" >/dev/null 2>&1; do sleep 0.2; done
done
# nginx serves Streamlit's built files from a copy compressed once now (a few seconds), not on every request.
static="$(python3 -c 'import os, streamlit; print(os.path.join(os.path.dirname(streamlit.__file__), "static", "static"))')"
mkdir -p "$prefix/www"
cp -r "$static" "$prefix/www/static"
deploy/precompress.sh "$prefix/www/static"
deploy/nginx-conf.sh "$prefix" "$address" "$port" "$upstreams" >"$prefix/nginx.conf"
nginx -t -c "$prefix/nginx.conf" -p "$prefix" 2>&1 | tail -1
nginx -c "$prefix/nginx.conf" -p "$prefix"
echo "ready: http://$address:$port with $replicas replicas (pids ${pids[*]}); health: http://127.0.0.1:$port/healthz"
wait "${pids[@]}"

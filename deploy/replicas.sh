#!/usr/bin/env bash
# Start N Streamlit replicas of Pathways Explorer behind nginx on loopback, in the foreground.
#   deploy/replicas.sh [REPLICAS=2] [PORT=8080]
# Replicas listen on 127.0.0.1:8601, 8602, ...; nginx on 127.0.0.1:PORT. Ctrl-C stops everything.
# nginx marks a replica down after failed requests (max_fails) and retries the next one.
set -euo pipefail
cd "$(dirname "$0")/.."
replicas="${1:-2}"
port="${2:-8080}"
prefix="$(mktemp -d /tmp/pathways-nginx.XXXXXX)"
mkdir -p "$prefix"/{body,proxy,fastcgi,uwsgi,scgi}
pids=()
cleanup() {
  [ -f "$prefix/nginx.pid" ] && kill "$(cat "$prefix/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$prefix"
}
trap cleanup EXIT INT TERM
upstreams=""
for i in $(seq 1 "$replicas"); do
  replica_port=$((8600 + i))
  python3 -m streamlit run app.py --server.headless true --server.address 127.0.0.1 --server.port "$replica_port" \
    --browser.gatherUsageStats false >"$prefix/replica-$i.log" 2>&1 &
  pids+=($!)
  upstreams+="        server 127.0.0.1:${replica_port} max_fails=3 fail_timeout=10s;"$'\n'
done
for i in $(seq 1 "$replicas"); do
  until curl -fsS "http://127.0.0.1:$((8600 + i))/_stcore/health" >/dev/null 2>&1; do sleep 0.2; done
done
PREFIX="$prefix" PORT="$port" UPS="$upstreams" awk \
  '{gsub("@PREFIX@", ENVIRON["PREFIX"]); gsub("@PORT@", ENVIRON["PORT"]); if ($0 ~ /@UPSTREAMS@/) {printf "%s", ENVIRON["UPS"]} else print}' \
  deploy/nginx.conf.template >"$prefix/nginx.conf"
nginx -t -c "$prefix/nginx.conf" -p "$prefix" 2>&1 | tail -1
nginx -c "$prefix/nginx.conf" -p "$prefix"
echo "ready: http://127.0.0.1:$port with $replicas replicas (pids ${pids[*]}); health: http://127.0.0.1:$port/healthz"
wait "${pids[@]}"

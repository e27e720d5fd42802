#!/usr/bin/env bash
# Start N Streamlit replicas of Pathways Explorer behind nginx on loopback, in the foreground.
#   deploy/replicas.sh [REPLICAS=2] [PORT=8080] [ADDRESS=127.0.0.1]
# Replicas listen on 127.0.0.1:8601, 8602, ...; nginx on ADDRESS:PORT (0.0.0.0 to serve a classroom). Ctrl-C stops everything.
# nginx marks a replica down after failed requests (max_fails) and retries the next one.
set -euo pipefail
cd "$(dirname "$0")/.."
replicas="${1:-2}"
port="${2:-8080}"
address="${3:-127.0.0.1}"
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
  replica_port=$((8600 + i))
  python3 -m streamlit run app.py --server.headless true --server.address 127.0.0.1 --server.port "$replica_port" \
    --browser.gatherUsageStats false >"$prefix/replica-$i.log" 2>&1 &
  pids+=($!)
  upstreams+="        server 127.0.0.1:${replica_port} max_fails=3 fail_timeout=10s;"$'\n'
done
for i in $(seq 1 "$replicas"); do
  until curl -fsS "http://127.0.0.1:$((8600 + i))/_stcore/health" >/dev/null 2>&1; do sleep 0.2; done
done
# Brotli (about a fifth smaller than gzip on Streamlit's bundles) when Debian's module is installed:
#   apt-get install -y libnginx-mod-http-brotli-filter
#   apt-get install -y libnginx-mod-http-brotli-static brotli   (for the precompressed copy below)
brotli_module=""
brotli=""
brotli_static=""
modules=/usr/lib/nginx/modules
if [ -f "$modules/ngx_http_brotli_filter_module.so" ]; then
  brotli_module="load_module $modules/ngx_http_brotli_filter_module.so;"
  brotli="    brotli on;
    brotli_comp_level 5;
    brotli_min_length 1024;
    brotli_types text/plain text/css text/javascript application/javascript application/json
                 application/manifest+json image/svg+xml font/ttf application/wasm;"
fi
if [ -f "$modules/ngx_http_brotli_static_module.so" ] && command -v brotli >/dev/null; then
  brotli_module+=$'\n'"load_module $modules/ngx_http_brotli_static_module.so;"
  brotli_static="            brotli_static on;"
fi
# A copy of Streamlit's built files for nginx to serve, each text file compressed once now
# rather than on every request (a few seconds at start).
static="$(python3 -c 'import os, streamlit; print(os.path.join(os.path.dirname(streamlit.__file__), "static", "static"))')"
mkdir -p "$prefix/www"
cp -r "$static" "$prefix/www/static"
text=(-type f \( -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.svg' \) -size +1k)
find "$prefix/www/static" "${text[@]}" -exec gzip -k -6 {} +
[ -n "$brotli_static" ] && find "$prefix/www/static" "${text[@]}" -exec brotli -k -q 9 {} +
PREFIX="$prefix" PORT="$port" LISTEN="$address" UPS="$upstreams" BRM="$brotli_module" BR="$brotli" BRS="$brotli_static" awk \
  '{gsub("@PREFIX@", ENVIRON["PREFIX"]); gsub("@PORT@", ENVIRON["PORT"]); gsub("@LISTEN@", ENVIRON["LISTEN"])}
   /@UPSTREAMS@/ {printf "%s", ENVIRON["UPS"]; next}
   /^@BROTLI_MODULE@$/ {print ENVIRON["BRM"]; next}
   /^@BROTLI@$/ {print ENVIRON["BR"]; next}
   /^@BROTLI_STATIC@$/ {print ENVIRON["BRS"]; next}
   {print}' \
  deploy/nginx.conf.template >"$prefix/nginx.conf"
nginx -t -c "$prefix/nginx.conf" -p "$prefix" 2>&1 | tail -1
nginx -c "$prefix/nginx.conf" -p "$prefix"
echo "ready: http://$address:$port with $replicas replicas (pids ${pids[*]}); health: http://127.0.0.1:$port/healthz"
wait "${pids[@]}"

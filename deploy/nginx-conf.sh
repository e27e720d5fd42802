#!/usr/bin/env bash
# Print deploy/nginx.conf.template filled in, for deploy/replicas.sh and the proxy image in deploy/Dockerfile.
#   deploy/nginx-conf.sh PREFIX ADDRESS PORT UPSTREAMS > nginx.conf
# UPSTREAMS: the "server host:port ...;" lines of the replicas. Brotli is switched on when Debian's
# libnginx-mod-http-brotli-filter is installed, and precompressed .br files are served when
# libnginx-mod-http-brotli-static and the brotli tool (for deploy/precompress.sh) are there too.
set -euo pipefail
modules=/usr/lib/nginx/modules
brotli_module=""
brotli=""
brotli_static=""
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
PREFIX="$1" LISTEN="$2" PORT="$3" UPS="$4" BRM="$brotli_module" BR="$brotli" BRS="$brotli_static" awk \
  '{gsub("@PREFIX@", ENVIRON["PREFIX"]); gsub("@PORT@", ENVIRON["PORT"]); gsub("@LISTEN@", ENVIRON["LISTEN"])}
   /@UPSTREAMS@/ {print ENVIRON["UPS"]; next}
   /^@BROTLI_MODULE@$/ {print ENVIRON["BRM"]; next}
   /^@BROTLI@$/ {print ENVIRON["BR"]; next}
   /^@BROTLI_STATIC@$/ {print ENVIRON["BRS"]; next}
   {print}' "$(dirname "$0")/nginx.conf.template"

#!/usr/bin/env bash
# Bytes of a first visit through nginx, without and with compression, and the caching headers.
#   deploy/replicas.sh 1 8080 &   then   benchmarks/compressed.sh [http://127.0.0.1:8080]
# Counts the page, Streamlit's main bundle (index.*.js), every file the page names, and the
# 4.7 MB chart bundle (loaded only when a chart is shown), as curl receives them.
set -euo pipefail
url="${1:-http://127.0.0.1:8080}"
page="$(curl -fsS "$url/")"
files=$(grep -oE '\./static/[^"]+' <<<"$page" | sort -u)
main=$(grep -oE '\./static/js/index\.[^"]+\.js' <<<"$page" | head -1)
plotly="./static/js/$(curl -fsS "$url/$main" | grep -oE 'PlotlyChart\.[A-Za-z0-9_-]+\.js' | head -1)"
size() { curl -fsS -o /dev/null -H "Accept-Encoding: $2" -w "%{size_download}" "$url/${1#./}"; }
printf "%-34s %12s %12s %12s\n" "" "plain" "gzip" "brotli"
row() {
  local label="$1"; shift
  local plain=0 gz=0 br=0
  for f in "$@"; do
    plain=$((plain + $(size "$f" identity))); gz=$((gz + $(size "$f" gzip))); br=$((br + $(size "$f" br)))
  done
  printf "%-34s %12d %12d %12d   (gzip %d%%, brotli %d%% of plain)\n" "$label" "$plain" "$gz" "$br" \
    $((100 * gz / plain)) $((100 * br / plain))
}
row "page (index.html)" ./
row "main bundle ${main#./static/js/}" "$main"
# shellcheck disable=SC2086
row "page + the $(wc -w <<<"$files") files it names" ./ $files
row "chart bundle (on request)" "$plotly"
echo "curl --compressed, main bundle: $(curl -fsS --compressed -o /dev/null -w "%{size_download}" "$url/${main#./}") bytes"
echo "headers of the main bundle:"
curl -fsSI -H "Accept-Encoding: br, gzip" "$url/${main#./}" | grep -iE "^(content-encoding|cache-control|vary):" | sed 's/^/  /'

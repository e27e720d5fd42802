#!/usr/bin/env bash
# Compress every text file over 1 KB under DIR once, beside the original (.gz, and .br when the brotli
# tool is installed), for nginx's gzip_static and brotli_static: compressing Streamlit's 4.7 MB chart
# bundle on every request took about a second of CPU.
#   deploy/precompress.sh DIR
set -euo pipefail
text=(-type f \( -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.svg' \) -size +1k)
find "$1" "${text[@]}" -exec gzip -k -f -6 {} +
if command -v brotli >/dev/null; then
  find "$1" "${text[@]}" -exec brotli -k -f -q 9 {} +
fi

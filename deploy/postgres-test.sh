#!/usr/bin/env bash
# A throwaway PostgreSQL for the class-store tests: Debian's server, a new cluster in a temporary folder,
# on a free loopback port, run as the postgres user. Prints one line for the shell to eval:
#
#   eval "$(deploy/postgres-test.sh)"      # sets PATHWAYS_TEST_DATABASE_URL and PATHWAYS_TEST_PGDATA
#   pytest tests/test_class_store.py
#   deploy/postgres-test.sh stop "$PATHWAYS_TEST_PGDATA"
#
# Installs postgresql with apt-get if no server is found (needs root, as in CI). Nothing listens beyond
# 127.0.0.1, and authentication is "trust" for local connections only: this cluster is for tests, never data.
set -euo pipefail

if [[ "${1:-}" == "stop" ]]; then
  folder="${2:?usage: postgres-test.sh stop FOLDER}"
  bin="$(cat "$folder/bin")"
  runuser -u postgres -- "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >&2 || true
  rm -rf "$folder"
  exit 0
fi

find_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$found" && -x "$found/initdb" ]] && echo "$found"
}

bin="$(find_bin || true)"
if [[ -z "$bin" ]]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
  bin="$(find_bin)"
fi

# A free port: ask the kernel for one, then hand it to the server (a race is possible but harmless in CI).
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
folder="$(mktemp -d /tmp/pathways-pg.XXXXXX)"
echo "$bin" >"$folder/bin"
chown -R postgres: "$folder"
runuser -u postgres -- "$bin/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c max_connections=200" start >&2
runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres pathways_test
echo "export PATHWAYS_TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:$port/pathways_test PATHWAYS_TEST_PGDATA=$folder"

#!/usr/bin/env bash
# A throwaway PostgreSQL server for the team-server suites: `start DIR` makes a cluster in DIR
# (initdb) and starts it listening on nothing but a Unix socket in DIR, port 54329 (the port
# only names the socket file); `stop DIR` stops it and removes DIR. As root, initdb and pg_ctl
# run as the `postgres` account, which refuses no one the socket's folder. Superuser:
# `tradeleads`, trusted on the socket. A DIR that has no server binaries to run is left empty:
# the suites then skip, or fail under TRADELEADS_REQUIRE_PG=1. TRADELEADS_PG_OPTIONS adds server
# settings ("-c shared_buffers=512MB", for a benchmark).
set -euo pipefail

action=${1:?start or stop}
dir=${2:?a folder for the cluster, short enough for a socket path}
port=54329

as_server() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bindir=$(pg_config --bindir 2>/dev/null || true)
case "$action" in
start)
  if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "pg-test-server: no PostgreSQL server binaries (pg_config --bindir: '${bindir}'); the team-server suites will skip"
    exit 0
  fi
  if [[ -d "$dir/data" ]]; then
    # A cluster left by a run that was cut off: start afresh.
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  fi
  mkdir -p "$dir"
  chmod 0700 "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
  fi
  as_server "$bindir/initdb" -D "$dir/data" -U tradeleads -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
  # One role logs in with a password (the keychain's test); every other one is trusted.
  as_server sed -i '1i local all tl_pw_analyst scram-sha-256' "$dir/data/pg_hba.conf"
  as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
    "-k $dir -p $port -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${TRADELEADS_PG_OPTIONS:-}" \
    start >/dev/null
  "$bindir/psql" -h "$dir" -p "$port" -U tradeleads -d postgres -Atq -c 'select version()'
  ;;
stop)
  if [[ -n "$bindir" && -d "$dir/data" ]]; then
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac

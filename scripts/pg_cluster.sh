#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: loopback only, trust auth, in a
# temporary directory that `stop` removes again.
#
#   scripts/pg_cluster.sh start   # prints postgresql+psycopg://postgres@127.0.0.1:PORT/factsheet_test
#   scripts/pg_cluster.sh stop    # stops the server and removes its directory
#
# The cluster's directory is remembered in the file $PG_CLUSTER_STATE (default: one per
# checkout under $TMPDIR), so start and stop can run from separate shells.
set -euo pipefail

STATE=${PG_CLUSTER_STATE:-${TMPDIR:-/tmp}/factsheet-pg-state.$(pwd | cksum | cut -d' ' -f1)}
DATABASE=factsheet_test

log() { echo "pg_cluster: $*" >&2; }

# Debian keeps the server binaries out of PATH, under /usr/lib/postgresql/<version>/bin.
find_bindir() {
    local found
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
        return
    fi
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

install_postgres() {
    log "installing PostgreSQL from the Debian packages"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
}

# initdb refuses to run as root: root runs the server as the package's `postgres` user.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    local bindir dir port
    bindir=$(find_bindir || true)
    if [ -z "$bindir" ]; then
        install_postgres
        bindir=$(find_bindir)
    fi
    if [ -s "$STATE" ]; then
        log "a cluster is already recorded in $STATE; stopping it first"
        stop
    fi
    # As root the server runs as `postgres`, which may not reach root's $TMPDIR: use /tmp.
    local base=${TMPDIR:-/tmp}
    [ "$(id -u)" = 0 ] && base=/tmp
    dir=$(mktemp -d "$base/factsheet-pg.XXXXXX")
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    echo "$dir" >"$STATE"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(free_port)
    echo "$port" >"$dir/port"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DATABASE"
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/$DATABASE"
}

stop() {
    local bindir dir
    [ -s "$STATE" ] || { rm -f "$STATE"; log "no cluster recorded"; return 0; }
    dir=$(cat "$STATE")
    bindir=$(find_bindir || true)
    if [ -n "$bindir" ] && [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in
        */factsheet-pg.*) rm -rf "$dir" ;;
    esac
    rm -f "$STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *)
        echo "usage: $0 start|stop" >&2
        exit 2
        ;;
esac

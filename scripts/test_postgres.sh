#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the store tests, for .ci/run to source:
#
#     source scripts/test_postgres.sh     # sets RASD_TEST_POSTGRES_URL, stops the server on exit
#
# Installs Debian's postgresql package when no server is installed (needs root, as CI has),
# makes a cluster in a temporary folder owned by the postgres user, listens on 127.0.0.1 only
# (port RASD_TEST_POSTGRES_PORT, 55432 by default) with trust authentication for user rasd,
# and creates the database rasd_test. Without root or without the package it says so and
# leaves RASD_TEST_POSTGRES_URL unset: the PostgreSQL half of the store tests then skips.

rasd_pg_start() {
    local port="${RASD_TEST_POSTGRES_PORT:-55432}"
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
    if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "== installing PostgreSQL (Debian package postgresql)"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
    fi
    if [ -z "$bin" ] || [ "$(id -u)" != 0 ] || ! id postgres >/dev/null 2>&1; then
        echo "== no PostgreSQL server (needs root and Debian's postgresql): its store tests skip"
        return 0
    fi
    RASD_PG_DIR="$(mktemp -d)"
    chown postgres "$RASD_PG_DIR"
    runuser -u postgres -- "$bin/initdb" -D "$RASD_PG_DIR/data" -A trust -U rasd -E UTF8 \
        --locale=C.UTF-8 >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$RASD_PG_DIR/data" -l "$RASD_PG_DIR/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $RASD_PG_DIR -c fsync=off" start >/dev/null
    runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$port" -U rasd rasd_test
    RASD_PG_BIN="$bin"
    export RASD_TEST_POSTGRES_URL="postgresql://rasd@127.0.0.1:$port/rasd_test"
    echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    trap rasd_pg_stop EXIT
}

rasd_pg_stop() {
    if [ -n "${RASD_PG_DIR:-}" ]; then
        runuser -u postgres -- "$RASD_PG_BIN/pg_ctl" -D "$RASD_PG_DIR/data" -m fast stop >/dev/null
        rm -rf "$RASD_PG_DIR"
    fi
}

rasd_pg_start

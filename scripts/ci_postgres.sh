#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests, as CI runs it, and print its URL.
#
#   CCHC_TEST_PG_URL=$(bash scripts/ci_postgres.sh)      # start (or reuse) and get the URL
#   bash scripts/ci_postgres.sh stop                     # stop it and remove its files
#
# Installs Debian's postgresql with apt when no server binaries are present (root or
# password-less sudo), creates a cluster in $CCHC_PG_DIR (default /tmp/cchc-ci-pg) owned
# by the `postgres` user when run as root (initdb refuses root), listening on
# 127.0.0.1:$CCHC_PG_PORT (default 5433) with trust authentication for local tests only,
# and a database `cchc`. Progress goes to stderr; stdout holds only the URL.
set -euo pipefail

DIR=${CCHC_PG_DIR:-/tmp/cchc-ci-pg}
PORT=${CCHC_PG_PORT:-5433}
DBNAME=${CCHC_PG_DB:-cchc}
log() { echo "$@" >&2; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
fi

BIN=$(pg_bin)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  if [ "$(id -u)" = 0 ] || [ -n "$SUDO" ]; then
    log "==> cài PostgreSQL / installing postgresql (apt)"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >&2
    $SUDO apt-get install -y -qq postgresql >&2
    BIN=$(pg_bin)
  else
    log "!! Không có PostgreSQL và không có quyền cài / no PostgreSQL and no permission to install it"
    exit 1
  fi
fi

# As root, run the server as the `postgres` user (created by the Debian package).
AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  AS=(runuser -u postgres --)
fi

if [ "${1:-start}" = stop ]; then
  if [ -f "$DIR/PG_VERSION" ]; then
    "${AS[@]}" "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2 || true
    rm -rf "$DIR"
  fi
  exit 0
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
  log "==> tạo cụm PostgreSQL / creating a cluster in $DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
  chmod 700 "$DIR"
  "${AS[@]}" "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2 \
    || "${AS[@]}" "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C >&2
fi
if ! "${AS[@]}" "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  log "==> khởi động PostgreSQL / starting PostgreSQL on 127.0.0.1:$PORT"
  "${AS[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2
fi
if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc \
     "SELECT 1 FROM pg_database WHERE datname = '$DBNAME'" | grep -q 1; then
  "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DBNAME" >&2
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/$DBNAME"

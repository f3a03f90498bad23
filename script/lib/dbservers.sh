# Starts throw-away PostgreSQL and MariaDB servers on free loopback ports in a temporary folder, for the
# store tests. Source it, call start_test_databases, and the tests find the servers through
# CLOUDTWIN_TEST_POSTGRES_URL and CLOUDTWIN_TEST_MYSQL_URL. stop_test_databases removes everything.
# A server that cannot start is reported and its tests skip with that reason (CLOUDTWIN_TEST_*_SKIP).

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( (RANDOM % 20000) + 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

as_user() { # run as a system user when we are root (postgres refuses to run as root)
  local user=$1; shift
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    export CLOUDTWIN_TEST_POSTGRES_SKIP="PostgreSQL server binaries not found (package postgresql)"
    return 0
  fi
  PG_DIR=$(mktemp -d /tmp/cloudtwin-pg.XXXXXX)
  local owner=postgres
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR" || owner=$(id -un)
  local port; port=$(free_port)
  if ! as_user "$owner" "$bin/initdb" -D "$PG_DIR/data" -U cloudtwin --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1; then
    export CLOUDTWIN_TEST_POSTGRES_SKIP="initdb failed: $(tail -n 3 "$PG_DIR/initdb.log" | tr '\n' ' ')"
    return 0
  fi
  as_user "$owner" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -h 127.0.0.1 -k $PG_DIR -F" start >/dev/null 2>&1 || {
      export CLOUDTWIN_TEST_POSTGRES_SKIP="PostgreSQL did not start: $(tail -n 3 "$PG_DIR/server.log" | tr '\n' ' ')"
      return 0; }
  PG_BIN=$bin; PG_OWNER=$owner
  export CLOUDTWIN_TEST_POSTGRES_URL="postgresql://cloudtwin@127.0.0.1:$port/postgres"
  echo "test PostgreSQL on 127.0.0.1:$port ($PG_DIR)" >&2
}

start_mariadb() {
  if ! command -v mariadb-install-db >/dev/null || [ ! -x /usr/sbin/mariadbd ]; then
    export CLOUDTWIN_TEST_MYSQL_SKIP="MariaDB server binaries not found (package mariadb-server)"
    return 0
  fi
  MY_DIR=$(mktemp -d /tmp/cloudtwin-my.XXXXXX)
  local port; port=$(free_port)
  local user; user=$(id -un)
  if ! mariadb-install-db --no-defaults --datadir="$MY_DIR/data" --user="$user" --auth-root-authentication-method=socket \
      --skip-test-db >"$MY_DIR/install.log" 2>&1; then
    export CLOUDTWIN_TEST_MYSQL_SKIP="mariadb-install-db failed: $(tail -n 3 "$MY_DIR/install.log" | tr '\n' ' ')"
    return 0
  fi
  /usr/sbin/mariadbd --no-defaults --datadir="$MY_DIR/data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$MY_DIR/mysqld.sock" --pid-file="$MY_DIR/mysqld.pid" --user="$user" --skip-log-bin \
    --innodb-buffer-pool-size=32M --log-error="$MY_DIR/server.log" >/dev/null 2>&1 &
  for _ in $(seq 1 120); do
    [ -S "$MY_DIR/mysqld.sock" ] && mariadb --no-defaults -S "$MY_DIR/mysqld.sock" -u "$user" -e 'select 1' >/dev/null 2>&1 && break
    sleep 0.25
  done
  if ! mariadb --no-defaults -S "$MY_DIR/mysqld.sock" -u "$user" -e \
      "CREATE USER 'cloudtwin'@'127.0.0.1' IDENTIFIED BY 'cloudtwin-test'; GRANT ALL ON *.* TO 'cloudtwin'@'127.0.0.1'; CREATE DATABASE cloudtwin;" \
      >/dev/null 2>&1; then
    export CLOUDTWIN_TEST_MYSQL_SKIP="MariaDB did not start: $(tail -n 3 "$MY_DIR/server.log" 2>/dev/null | tr '\n' ' ')"
    return 0
  fi
  export CLOUDTWIN_TEST_MYSQL_URL="mysql://cloudtwin:cloudtwin-test@127.0.0.1:$port/cloudtwin"
  echo "test MariaDB on 127.0.0.1:$port ($MY_DIR)" >&2
}

start_test_databases() {
  start_postgres
  start_mariadb
  [ -n "${CLOUDTWIN_TEST_POSTGRES_SKIP:-}" ] && echo "PostgreSQL tests will skip: $CLOUDTWIN_TEST_POSTGRES_SKIP" >&2
  [ -n "${CLOUDTWIN_TEST_MYSQL_SKIP:-}" ] && echo "MariaDB tests will skip: $CLOUDTWIN_TEST_MYSQL_SKIP" >&2
  return 0
}

stop_test_databases() {
  if [ -n "${PG_DIR:-}" ]; then
    [ -n "${PG_BIN:-}" ] && as_user "$PG_OWNER" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$PG_DIR"
  fi
  if [ -n "${MY_DIR:-}" ]; then
    [ -f "$MY_DIR/mysqld.pid" ] && kill "$(cat "$MY_DIR/mysqld.pid")" 2>/dev/null
    sleep 0.5; rm -rf "$MY_DIR"
  fi
  return 0
}

#!/usr/bin/env bash
# A private Virtuoso Open-Source instance for tests and benchmarks: its own
# database in a scratch directory, both ports bound to 127.0.0.1, a generated
# dba password. Used by .ci/run, by the store tests (which start a second one
# they can kill) and by hand:
#
#   scripts/virtuoso.sh start   # create (first time) or restart, wait until it answers
#   scripts/virtuoso.sh stop    # SIGTERM the instance started here (SIGKILL after 30 s)
#   scripts/virtuoso.sh clean   # stop and delete the scratch directory
#   scripts/virtuoso.sh status
#
# Settings (environment): KG_VIRTUOSO_DIR (default ${TMPDIR:-/tmp}/kg-virtuoso),
# KG_VIRTUOSO_HTTP_PORT (8890), KG_VIRTUOSO_SQL_PORT (1111),
# KG_VIRTUOSO_START_TIMEOUT (seconds to wait for an answer, 180).
# `start` writes $KG_VIRTUOSO_DIR/env (KG_TEST_VIRTUOSO_URL, _USER, _PASSWORD,
# _PID; source it) and $KG_VIRTUOSO_DIR/virtuoso.pid. Restarting an existing
# directory keeps its data and password.
set -euo pipefail

DIR="${KG_VIRTUOSO_DIR:-${TMPDIR:-/tmp}/kg-virtuoso}"
HTTP_PORT="${KG_VIRTUOSO_HTTP_PORT:-8890}"
SQL_PORT="${KG_VIRTUOSO_SQL_PORT:-1111}"
SYSTEM_INI=/etc/virtuoso-opensource-7/virtuoso.ini
INI="$DIR/virtuoso.ini"
PIDFILE="$DIR/virtuoso.pid"

say() { printf 'virtuoso.sh: %s\n' "$*" >&2; }

running_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid="$(cat "$PIDFILE")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # A killed server whose parent does not reap it lingers as a zombie.
  [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" = Z ] && return 1
  echo "$pid"
}

answers() {
  local url="http://127.0.0.1:$HTTP_PORT/sparql?query=ASK%7B%7D"
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null
  else
    node -e "fetch(process.argv[1],{signal:AbortSignal.timeout(2000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$url"
  fi
}

configure() {
  mkdir -p "$DIR/db"
  cp "$SYSTEM_INI" "$INI"
  set_ini() { inifile +inifile "$INI" +section "$1" +key "$2" +value "$3"; }
  set_ini Database DatabaseFile "$DIR/db/virtuoso.db"
  set_ini Database ErrorLogFile "$DIR/db/virtuoso.log"
  set_ini Database LockFile "$DIR/db/virtuoso.lck"
  set_ini Database TransactionFile "$DIR/db/virtuoso.trx"
  set_ini Database xa_persistent_file "$DIR/db/virtuoso.pxa"
  set_ini TempDatabase DatabaseFile "$DIR/db/virtuoso-temp.db"
  set_ini TempDatabase TransactionFile "$DIR/db/virtuoso-temp.trx"
  set_ini Parameters ServerPort "127.0.0.1:$SQL_PORT"
  set_ini Parameters DirsAllowed ".,$DIR,/usr/share/virtuoso-opensource-7/vad"
  set_ini HTTPServer ServerPort "127.0.0.1:$HTTP_PORT"
  # The default (10,000) truncates result sets silently.
  set_ini SPARQL ResultSetMaxRows 1000000
}

start() {
  command -v virtuoso-t >/dev/null 2>&1 || { say "virtuoso-t not found; apt-get install virtuoso-opensource"; exit 1; }
  if pid="$(running_pid)"; then say "already running (pid $pid) on 127.0.0.1:$HTTP_PORT"; return 0; fi
  configure
  # A SIGKILLed server leaves its lock file behind.
  rm -f "$DIR/db/virtuoso.lck"
  local password
  if [ -f "$DIR/password" ]; then
    password="$(cat "$DIR/password")"
  else
    # Virtuoso truncates passwords beyond 20 characters silently.
    password="$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)"
    (umask 077 && printf '%s' "$password" >"$DIR/password")
    # Creates the database, sets the passwords and exits.
    (cd "$DIR" && virtuoso-t +configfile "$INI" +foreground +pwdold dba +pwddba "$password" +pwddav "$password" >"$DIR/create.log" 2>&1) ||
      { say "creating the database failed; see $DIR/create.log"; exit 1; }
  fi
  (cd "$DIR" && exec virtuoso-t +configfile "$INI" +foreground >"$DIR/server.log" 2>&1) &
  local pid=$!
  echo "$pid" >"$PIDFILE"
  local deadline=$((SECONDS + ${KG_VIRTUOSO_START_TIMEOUT:-180}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if answers; then
      (umask 077 && cat >"$DIR/env" <<EOF
KG_TEST_VIRTUOSO_URL=http://127.0.0.1:$HTTP_PORT
KG_TEST_VIRTUOSO_USER=dba
KG_TEST_VIRTUOSO_PASSWORD=$password
KG_TEST_VIRTUOSO_PID=$pid
EOF
      )
      say "running (pid $pid) on http://127.0.0.1:$HTTP_PORT; environment in $DIR/env"
      return 0
    fi
    running_pid >/dev/null || { say "server exited; see $DIR/server.log and $DIR/db/virtuoso.log"; exit 1; }
    sleep 0.5
  done
  # After a crash the server first replays its transaction log, which can take long.
  grep -q 'Roll forward' "$DIR/db/virtuoso.log" 2>/dev/null && say "(it was still replaying its transaction log after a crash)"
  say "no answer on port $HTTP_PORT after ${KG_VIRTUOSO_START_TIMEOUT:-180} s (KG_VIRTUOSO_START_TIMEOUT); stopping it"
  stop
  exit 1
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then say "not running"; rm -f "$PIDFILE"; return 0; fi
  kill -TERM "$pid"
  for _ in $(seq 1 60); do
    running_pid >/dev/null || { rm -f "$PIDFILE"; say "stopped (pid $pid)"; return 0; }
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  say "killed (pid $pid) after 30 s"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  clean) stop; rm -rf "$DIR" ;;
  status) if pid="$(running_pid)"; then echo "running (pid $pid)"; else echo "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|clean|status" >&2; exit 2 ;;
esac

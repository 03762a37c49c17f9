# Shared by kafka.sh and flink.sh (sourced, not run): paths, process handling, waiting.
# Every piece of state lives under .run/ at the repository root (git-ignored).

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEPLOY_DIR="$REPO_ROOT/deploy"
LOCAL_DIR="$DEPLOY_DIR/local"
RUN_DIR="${CRISIS_RUN_DIR:-$REPO_ROOT/.run}"
FLINK_LIB="$DEPLOY_DIR/target/flink-lib"
KAFKA_LIB="$DEPLOY_DIR/target/kafka-lib"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

require_lib() { # DIR NAME
  compgen -G "$1/*.jar" >/dev/null \
    || die "$2 jars missing in $1; build them with: ./mvnw -q -B -DskipTests -pl deploy/flink-lib,deploy/kafka-lib package"
}

# Runs a daemon in its own session (so its process group can be killed as a whole) and records its pid,
# which is also its process group id. Usage: start_daemon NAME LOGFILE cmd args...
start_daemon() {
  local name="$1" logfile="$2"; shift 2
  mkdir -p "$RUN_DIR/pids" "$(dirname "$logfile")"
  setsid "$@" >"$logfile" 2>&1 < /dev/null &
  echo $! > "$RUN_DIR/pids/$name.pid"
}

daemon_pid() { # NAME -> pid if the recorded process is alive
  local f="$RUN_DIR/pids/$1.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f")"
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# Stops a daemon's whole process group: TERM, up to 20 s of grace, then KILL; verifies nothing is left.
stop_daemon() { # NAME
  local name="$1" f="$RUN_DIR/pids/$1.pid" pgid i
  [[ -f "$f" ]] || return 0
  pgid="$(cat "$f")"
  if kill -0 -- "-$pgid" 2>/dev/null; then
    log "stopping $name (process group $pgid)"
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for i in $(seq 1 40); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 -- "-$pgid" 2>/dev/null; then
      log "$name did not stop in 20 s; killing"
      kill -KILL -- "-$pgid" 2>/dev/null || true
      sleep 0.5
    fi
    kill -0 -- "-$pgid" 2>/dev/null && die "$name (process group $pgid) is still running"
  fi
  rm -f "$f"
}

port_open() { # HOST PORT
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# Fails early if a port is taken by something this script did not start.
require_free_port() { # PORT WHAT
  port_open 127.0.0.1 "$1" && die "port $1 ($2) is already in use by another process"
  return 0
}

# Polls a command until it succeeds. Usage: wait_until SECONDS DESCRIPTION NAME_OF_DAEMON cmd args...
wait_until() {
  local timeout="$1" what="$2" daemon="$3"; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    if [[ -n "$daemon" ]] && ! daemon_pid "$daemon" >/dev/null; then
      die "$daemon exited while waiting for $what; see its log under $RUN_DIR/logs"
    fi
    (( SECONDS < deadline )) || die "timed out after ${timeout}s waiting for $what"
    sleep 0.5
  done
}

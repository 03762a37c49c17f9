#!/usr/bin/env bash
# A Flink 2.2 standalone session cluster (one JobManager, one TaskManager) from the Maven Central jars in
# deploy/target/flink-lib, with the web UI and REST API on http://127.0.0.1:8081.
# Usage:
#   deploy/local/flink.sh start | stop | status | list
#   deploy/local/flink.sh submit JAR [program args...]            prints the job id
#   deploy/local/flink.sh resume JAR SAVEPOINT [program args...]   prints the job id
#   deploy/local/flink.sh stop-job JOB_ID [--savepoint]            with --savepoint, prints its path
#   deploy/local/flink.sh job-state JOB_ID                         prints RUNNING, FINISHED, FAILED, ...
#   deploy/local/flink.sh start-taskmanager                       after a TaskManager died (fault suite)
# State: .run/flink (rendered conf, uploads, tmp), .run/checkpoints, .run/savepoints, .run/logs, .run/pids.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

REST_PORT=8081
REST="http://127.0.0.1:$REST_PORT"
FLINK_HOME="$RUN_DIR/flink"
CONF_DIR="$FLINK_HOME/conf"
PARALLELISM="${CRISIS_PARALLELISM:-2}"   # one subtask per slot of the local TaskManager

render_conf() {
  mkdir -p "$CONF_DIR" "$FLINK_HOME/plugins" "$FLINK_HOME/web-upload" "$FLINK_HOME/tmp" "$RUN_DIR/checkpoints" "$RUN_DIR/savepoints"
  sed "s#@RUN_DIR@#$RUN_DIR#g" "$LOCAL_DIR/conf/config.yaml" > "$CONF_DIR/config.yaml"
}

# The JVM and dynamic-property flags Flink's own scripts compute from the memory model: the last two
# lines BashJavaUtils prints. Usage: resource_params GET_JM_RESOURCE_PARAMS|GET_TM_RESOURCE_PARAMS
resource_params() {
  local out
  out="$("$JAVA" -XX:TieredStopAtLevel=1 -cp "$FLINK_LIB/*" org.apache.flink.runtime.util.bash.BashJavaUtils \
    "$1" --configDir "$CONF_DIR" 2>&1)" || die "BashJavaUtils $1 failed: $out"
  grep '^BASH_JAVA_UTILS_EXEC_RESULT:' <<< "$out" | tail -n 2 | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://'
}

start_process() { # NAME MAIN_CLASS RESOURCE_QUERY
  local name="$1" main="$2" params jvm dynamic
  params="$(resource_params "$3")"
  jvm="$(sed -n 1p <<< "$params")"
  dynamic="$(sed -n 2p <<< "$params")"
  # shellcheck disable=SC2086 # the flags are space-separated lists by design
  FLINK_PLUGINS_DIR="$FLINK_HOME/plugins" start_daemon "$name" "$RUN_DIR/logs/$name.out" "$JAVA" $jvm -XX:+UseG1GC "@$LOCAL_DIR/conf/java17.args" \
    -Dlog.file="$RUN_DIR/logs/$name.log" -Dlog4j.configurationFile="$LOCAL_DIR/conf/log4j2-flink.properties" \
    -cp "$FLINK_LIB/*" "$main" --configDir "$CONF_DIR" $dynamic
}

rest() { # METHOD PATH [curl args...]
  local method="$1" path="$2"; shift 2
  curl -sS --fail-with-body -X "$method" "$REST$path" "$@"
}

rest_up() { rest GET /overview >/dev/null 2>&1; }

free_slots() { rest GET /overview 2>/dev/null | jq -e '.["slots-available"] > 0' >/dev/null 2>&1; }

start() {
  if daemon_pid jobmanager >/dev/null; then log "Flink already running (JobManager pid $(daemon_pid jobmanager))"; return 0; fi
  require_lib "$FLINK_LIB" Flink
  require_free_port "$REST_PORT" "Flink REST"
  require_free_port 6123 "Flink RPC"
  render_conf
  local t0=$SECONDS
  start_process jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint GET_JM_RESOURCE_PARAMS
  start_process taskmanager org.apache.flink.runtime.taskexecutor.TaskManagerRunner GET_TM_RESOURCE_PARAMS
  wait_until 90 "the Flink REST API on $REST" jobmanager rest_up
  wait_until 90 "a TaskManager with free slots" taskmanager free_slots
  log "Flink ready in $((SECONDS - t0)) s: web UI $REST (JobManager pid $(daemon_pid jobmanager), TaskManager pid $(daemon_pid taskmanager))"
}

# Starts a TaskManager again after it died (the fault suite kills it). Usage: start-taskmanager
start_taskmanager() {
  daemon_pid jobmanager >/dev/null || die "no JobManager running; use: $0 start"
  if daemon_pid taskmanager >/dev/null; then log "TaskManager already running"; return 0; fi
  start_process taskmanager org.apache.flink.runtime.taskexecutor.TaskManagerRunner GET_TM_RESOURCE_PARAMS
  log "TaskManager started (pid $(daemon_pid taskmanager))"
}

stop() {
  stop_daemon taskmanager
  stop_daemon jobmanager
  ! port_open 127.0.0.1 "$REST_PORT" || die "port $REST_PORT is still open after stopping Flink"
}

status() {
  local jm tm
  jm="$(daemon_pid jobmanager || true)"; tm="$(daemon_pid taskmanager || true)"
  if [[ -z "$jm$tm" ]]; then echo "flink: stopped"; return 3; fi
  echo "flink: JobManager pid ${jm:-none}, TaskManager pid ${tm:-none}, web UI $REST, logs $RUN_DIR/logs"
  rest GET /overview | jq -r '"  taskmanagers \(.taskmanagers), slots \(.["slots-available"]) free of \(.["slots-total"]), jobs running \(.["jobs-running"]), finished \(.["jobs-finished"]), failed \(.["jobs-failed"]), cancelled \(.["jobs-cancelled"])"'
  list
}

list() {
  rest GET /jobs/overview | jq -r '.jobs[] | "  \(.jid)  \(.state)  \(.name)  started \(.["start-time"] / 1000 | todate)"'
}

job_state() { rest GET "/jobs/$1" | jq -r .state; }

# Uploads a jar and runs its main class in the JobManager. Usage: run_jar JAR SAVEPOINT_OR_EMPTY ARGS...
run_jar() {
  local jar="$1" savepoint="$2" upload jar_id body response t0=$SECONDS; shift 2
  [[ -f "$jar" ]] || die "no job jar at $jar"
  upload="$(rest POST /jars/upload -F "jarfile=@$jar")" || die "upload failed: $upload"
  jar_id="$(jq -r '.filename' <<< "$upload" | xargs basename)"
  # The REST API does not apply the cluster's parallelism.default to an uploaded jar (it ran at 1): set it.
  body="$(jq -n --arg sp "$savepoint" --argjson p "$PARALLELISM" '{programArgsList: $ARGS.positional, parallelism: $p}
      + (if $sp == "" then {} else {savepointPath: $sp, allowNonRestoredState: false} end)' --args -- "$@")"
  if ! response="$(rest POST "/jars/$jar_id/run" -H 'Content-Type: application/json' -d "$body")"; then
    # The server's stack trace without its frames: the exception and its causes.
    die "the job did not start: $(jq -r '(.errors // [.]) | map(tostring) | join("\n")' <<< "$response" 2>/dev/null \
      | grep -vE '^[[:space:]]*(at |\.\.\. [0-9]+ more)' | head -n 15 || echo "$response")"
  fi
  rest DELETE "/jars/$jar_id" >/dev/null || true
  log "submitted $(basename "$jar") in $((SECONDS - t0)) s${savepoint:+ from $savepoint}"
  jq -r .jobid <<< "$response"
}

stop_job() { # JOB_ID [--savepoint]
  local id="$1" mode="${2:-}" trigger result status deadline
  if [[ "$mode" != "--savepoint" ]]; then
    rest PATCH "/jobs/$id?mode=cancel" >/dev/null
    log "cancelled job $id"
    return 0
  fi
  trigger="$(rest POST "/jobs/$id/stop" -H 'Content-Type: application/json' \
    -d "{\"targetDirectory\": \"file://$RUN_DIR/savepoints\", \"drain\": false}" | jq -r '.["request-id"]')"
  deadline=$((SECONDS + 180))
  while :; do
    result="$(rest GET "/jobs/$id/savepoints/$trigger")"
    status="$(jq -r .status.id <<< "$result")"
    [[ "$status" == COMPLETED ]] && break
    (( SECONDS < deadline )) || die "savepoint of job $id not done after 180 s"
    sleep 0.5
  done
  jq -e '.operation.location' <<< "$result" >/dev/null \
    || die "stop with savepoint failed: $(jq -r '.operation["failure-cause"]["stack-trace"] // .' <<< "$result" | head -n 5)"
  log "stopped job $id with a savepoint"
  jq -r .operation.location <<< "$result"
}

case "${1:-}" in
  start) start ;;
  start-taskmanager) start_taskmanager ;;
  stop) stop ;;
  status) status ;;
  list) list ;;
  submit) [[ $# -ge 2 ]] || die "usage: $0 submit JAR [args...]"; run_jar "$2" "" "${@:3}" ;;
  resume) [[ $# -ge 3 ]] || die "usage: $0 resume JAR SAVEPOINT [args...]"; run_jar "$2" "$3" "${@:4}" ;;
  stop-job) [[ $# -ge 2 ]] || die "usage: $0 stop-job JOB_ID [--savepoint]"; stop_job "$2" "${3:-}" ;;
  job-state) [[ $# -eq 2 ]] || die "usage: $0 job-state JOB_ID"; job_state "$2" ;;
  *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

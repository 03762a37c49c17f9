#!/usr/bin/env bash
# The benchmark's own broker and Flink cluster, from the same Maven jars as deploy/local/ but on other
# ports (Kafka 19092/19093, Flink REST 18081, RPC 16123, blob 16124) and with state under bench/.run,
# so a benchmark never collides with a demo or an end-to-end test running on the default ports.
# Usage: bench/cluster.sh start|stop|submit JAR [--class MAIN] [--parallelism N] [args...]|cancel JOB_ID|pid NAME
set -euo pipefail
export CRISIS_RUN_DIR="${BENCH_RUN_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.run}"
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/common.sh"

BENCH_CONF="$REPO_ROOT/bench/conf"
BOOTSTRAP=127.0.0.1:19092
REST=http://127.0.0.1:18081
FLINK_HOME="$RUN_DIR/flink"
CONF_DIR="$FLINK_HOME/conf"

kafka_java() {
  "$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlog4j2.configurationFile="$LOCAL_DIR/conf/log4j2-tools.properties" \
    -cp "$KAFKA_LIB/*" "$@"
}

start_kafka() {
  require_lib "$KAFKA_LIB" Kafka
  require_free_port 19092 "benchmark Kafka"
  require_free_port 19093 "benchmark Kafka controller"
  mkdir -p "$RUN_DIR/kafka"
  sed "s#@RUN_DIR@#$RUN_DIR#g" "$BENCH_CONF/kafka-server.properties" > "$RUN_DIR/kafka/server.properties"
  if [[ ! -f "$RUN_DIR/kafka/data/meta.properties" ]]; then
    kafka_java kafka.tools.StorageTool format -t "$(kafka_java kafka.tools.StorageTool random-uuid)" \
      -c "$RUN_DIR/kafka/server.properties" --ignore-formatted >/dev/null
  fi
  # The broker of deploy/local (384 MiB heap, G1).
  start_daemon kafka "$RUN_DIR/logs/kafka.log" "$JAVA" -Xms384m -Xmx384m -XX:+UseG1GC \
    -Dlog4j2.configurationFile="$LOCAL_DIR/conf/log4j2-kafka.properties" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$RUN_DIR/kafka/server.properties"
  wait_until 90 "Kafka on $BOOTSTRAP" kafka kafka_ready
}

kafka_ready() { port_open 127.0.0.1 19092 && grep -q 'Kafka Server started' "$RUN_DIR/logs/kafka.log"; }

resource_params() {
  "$JAVA" -XX:TieredStopAtLevel=1 -cp "$FLINK_LIB/*" org.apache.flink.runtime.util.bash.BashJavaUtils \
    "$1" --configDir "$CONF_DIR" 2>&1 | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' | tail -n 2 | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://'
}

start_flink_process() { # NAME MAIN_CLASS RESOURCE_QUERY
  local name="$1" main="$2" params jvm dynamic gc=-XX:+UseG1GC
  # BENCH_TM_GC: the TaskManager's collector for an A/B of JVM flags (e.g. -XX:+UseParallelGC).
  [[ $name == taskmanager ]] && gc="${BENCH_TM_GC:--XX:+UseG1GC}"
  params="$(resource_params "$3")"
  jvm="$(sed -n 1p <<< "$params")"; dynamic="$(sed -n 2p <<< "$params")"
  [[ -n "$jvm" ]] || die "BashJavaUtils $3 printed nothing"
  # shellcheck disable=SC2086
  FLINK_PLUGINS_DIR="$FLINK_HOME/plugins" start_daemon "$name" "$RUN_DIR/logs/$name.out" "$JAVA" $jvm "$gc" \
    "@$LOCAL_DIR/conf/java17.args" -Dlog.file="$RUN_DIR/logs/$name.log" \
    -Dlog4j.configurationFile="$LOCAL_DIR/conf/log4j2-flink.properties" \
    -cp "$FLINK_LIB/*" "$main" --configDir "$CONF_DIR" $dynamic
}

rest() { local m="$1" p="$2"; shift 2; curl -sS --fail-with-body -X "$m" "$REST$p" "$@"; }
free_slots() { rest GET /overview 2>/dev/null | jq -e '.["slots-available"] >= 2' >/dev/null 2>&1; }

start_flink() {
  require_lib "$FLINK_LIB" Flink
  require_free_port 18081 "benchmark Flink REST"
  require_free_port 16123 "benchmark Flink RPC"
  mkdir -p "$CONF_DIR" "$FLINK_HOME/plugins" "$FLINK_HOME/web-upload" "$FLINK_HOME/tmp" "$RUN_DIR/checkpoints"
  sed "s#@RUN_DIR@#$RUN_DIR#g" "$BENCH_CONF/config.yaml" > "$CONF_DIR/config.yaml"
  start_flink_process jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint GET_JM_RESOURCE_PARAMS
  start_flink_process taskmanager org.apache.flink.runtime.taskexecutor.TaskManagerRunner GET_TM_RESOURCE_PARAMS
  wait_until 120 "a TaskManager with 2 free slots on $REST" taskmanager free_slots
}

# Uploads (once per jar file) and runs a jar; prints the job id.
submit() {
  local jar="$1" cls="" par=2 upload jar_id body; shift
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --class) cls="$2"; shift 2 ;;
      --parallelism) par="$2"; shift 2 ;;
      *) break ;;
    esac
  done
  upload="$(rest POST /jars/upload -F "jarfile=@$jar")" || die "upload failed: $upload"
  jar_id="$(jq -r '.filename' <<< "$upload" | xargs basename)"
  body="$(jq -n --arg c "$cls" --argjson p "$par" '{programArgsList: $ARGS.positional, parallelism: $p}
      + (if $c == "" then {} else {entryClass: $c} end)' --args -- "$@")"
  rest POST "/jars/$jar_id/run" -H 'Content-Type: application/json' -d "$body" | jq -er .jobid \
    || die "run of $jar failed"
  rest DELETE "/jars/$jar_id" >/dev/null || true
}

cancel() {
  rest PATCH "/jobs/$1?mode=cancel" >/dev/null || true
  local i
  for i in $(seq 1 60); do
    [[ "$(rest GET "/jobs/$1" | jq -r .state)" == CANCELED ]] && break
    sleep 0.5
  done
  wait_until 60 "free slots after cancelling $1" taskmanager free_slots
}

case "${1:-}" in
  start) start_kafka; start_flink; log "benchmark cluster up: Kafka $BOOTSTRAP, Flink $REST" ;;
  stop) stop_daemon taskmanager; stop_daemon jobmanager; stop_daemon kafka ;;
  submit) shift; submit "$@" ;;
  cancel) cancel "$2" ;;
  pid) daemon_pid "$2" ;;
  *) echo "usage: $0 start|stop|submit JAR [--class C] [--parallelism N] [args]|cancel JOB|pid NAME" >&2; exit 2 ;;
esac

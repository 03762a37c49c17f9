#!/usr/bin/env bash
# A single-node KRaft Kafka broker on 127.0.0.1:9092, run from the Maven Central jars in deploy/target/kafka-lib.
# Usage: deploy/local/kafka.sh start|stop|status|topics
# State: .run/kafka (data, generated config), .run/logs/kafka.log, .run/pids/kafka.pid.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KAFKA_PORT=9092
CONTROLLER_PORT=9093
BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
KAFKA_HOME="$RUN_DIR/kafka"
SERVER_PROPS="$KAFKA_HOME/server.properties"
# name:partitions:retention.ms. Inputs get 4 partitions so the job can run up to 4 source subtasks;
# alerts are few and keyed by topic id; dead letters are rare and read by people.
TOPICS=(
  "mentions:4:86400000"
  "complaints:2:86400000"
  "crisis-alerts:2:604800000"
  "crisis-deadletter:1:604800000"
)

kafka_java() { # MAIN_CLASS args... (tools: quiet logging)
  "$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlog4j2.configurationFile="$LOCAL_DIR/conf/log4j2-tools.properties" \
    -cp "$KAFKA_LIB/*" "$@"
}

broker_ready() {
  port_open 127.0.0.1 "$KAFKA_PORT" && grep -q 'Kafka Server started' "$RUN_DIR/logs/kafka.log"
}

format_storage() {
  mkdir -p "$KAFKA_HOME"
  sed "s#@RUN_DIR@#$RUN_DIR#g" "$LOCAL_DIR/conf/kafka-server.properties" > "$SERVER_PROPS"
  if [[ ! -f "$KAFKA_HOME/data/meta.properties" ]]; then
    local cluster_id
    cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid)"
    log "formatting Kafka storage (cluster id $cluster_id)"
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$SERVER_PROPS" --ignore-formatted >/dev/null
  fi
}

create_topic() { # NAME PARTITIONS RETENTION_MS
  kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$1" --partitions "$2" --replication-factor 1 --config "retention.ms=$3" >/dev/null
  log "created topic $1 ($2 partitions)"
}

create_topics() {
  local existing spec name partitions retention failed=0
  local -a pids=()
  existing="$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --list)"
  for spec in "${TOPICS[@]}"; do
    IFS=: read -r name partitions retention <<< "$spec"
    if grep -qx "$name" <<< "$existing"; then continue; fi
    create_topic "$name" "$partitions" "$retention" &   # one JVM per topic: in parallel, it is their start-up that costs
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  (( failed == 0 )) || die "could not create every topic"
}

start() {
  if daemon_pid kafka >/dev/null; then log "Kafka already running (pid $(daemon_pid kafka))"; return 0; fi
  require_lib "$KAFKA_LIB" Kafka
  require_free_port "$KAFKA_PORT" "Kafka"
  require_free_port "$CONTROLLER_PORT" "Kafka controller"
  format_storage
  local t0=$SECONDS
  start_daemon kafka "$RUN_DIR/logs/kafka.log" "$JAVA" -Xms384m -Xmx384m -XX:+UseG1GC \
    -Dlog4j2.configurationFile="$LOCAL_DIR/conf/log4j2-kafka.properties" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$SERVER_PROPS"
  wait_until 60 "Kafka on $BOOTSTRAP" kafka broker_ready
  create_topics
  log "Kafka ready on $BOOTSTRAP in $((SECONDS - t0)) s (pid $(daemon_pid kafka))"
}

status() {
  local pid
  if pid="$(daemon_pid kafka)"; then
    echo "kafka: running, pid $pid, bootstrap $BOOTSTRAP, log $RUN_DIR/logs/kafka.log"
    kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --describe \
      | grep -E '^Topic:' | sed 's/^/  /' || true
  else
    echo "kafka: stopped"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop_daemon kafka ;;
  status) status ;;
  topics) create_topics ;;
  *) echo "usage: $0 start|stop|status|topics" >&2; exit 2 ;;
esac

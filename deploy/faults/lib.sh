# Shared by the fault suite scripts (sourced, not run): the local cluster, topics, configs, figures.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/common.sh"

BOOTSTRAP=127.0.0.1:9092
WORK="$RUN_DIR/faults"
BUILD=target-faults
JOB_JAR="job/$BUILD/crisis-job.jar"
SIM_JAR="simulator/$BUILD/crisis-simulator.jar"

tools() { "$JAVA" -Xmx256m -Dlog4j2.configurationFile="$LOCAL_DIR/conf/log4j2-tools.properties" -cp "$KAFKA_LIB/*" "$@"; }
rest() { curl -sS --fail "http://127.0.0.1:8081$1"; }

# Always rebuilt: a jar left from an older checkout would test old code (it once hid a dependency fix).
build() {
  log "building the job and simulator jars into */$BUILD"
  ./mvnw -q -B -Dbuild.dir.name="$BUILD" -pl job,simulator -am package -DskipTests
}

# The local cluster's ports are fixed and shared with other users of this machine: wait (up to
# PORT_WAIT seconds, default 1200) until they have been free for 10 s in a row.
wait_for_free_ports() {
  local free=0 deadline=$((SECONDS + ${PORT_WAIT:-1200})) p busy
  while (( free < 10 )); do
    busy=""
    for p in 9092 9093 8081 6123; do port_open 127.0.0.1 "$p" && busy="$busy $p"; done
    if [[ -z "$busy" ]]; then free=$((free + 1)); else free=0; fi
    (( SECONDS < deadline )) || die "ports$busy still in use by another cluster"
    sleep 1
  done
}

# Starts the broker and Flink; another cluster may grab a port in between, so try up to 5 times.
cluster_up() {
  local attempt
  for attempt in 1 2 3 4 5; do
    wait_for_free_ports
    if (deploy/local/kafka.sh start && deploy/local/flink.sh start); then return 0; fi
    log "cluster start failed (attempt $attempt); stopping what started and waiting for the ports again"
    cluster_down
    sleep $((5 + RANDOM % 20))
  done
  die "could not start the local cluster"
}

cluster_down() {
  deploy/local/flink.sh stop || true
  deploy/local/kafka.sh stop || true
}

create_topics() { # PREFIX
  local t
  for t in mentions:4 complaints:2 alerts:2 deadletter:1; do
    tools org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
      --topic "$1-${t%%:*}" --partitions "${t##*:}" --replication-factor 1 >/dev/null
  done
}

write_config() { # PREFIX GUARANTEE FILE
  cat > "$3" <<YAML
topics: {mentions: $1-mentions, complaints: $1-complaints, alerts: $1-alerts, deadLetter: $1-deadletter}
kafka:
  groupId: $1
  startingOffsets: earliest
  deliveryGuarantee: $2
  transactionalIdPrefix: $1
YAML
}

# Alerts of a topic as JSON lines, committed ones only. A consumer right after a broker restart can
# take long to find its group coordinator: up to 3 tries of 60 s while the topic is not empty.
read_alerts() { # TOPIC OUT
  local try
  for try in 1 2 3; do
    tools org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$BOOTSTRAP" --topic "$1" \
      --from-beginning --isolation-level read_committed --timeout-ms 60000 > "$2" 2>/dev/null || true
    [[ -s "$2" || "$(topic_size "$1")" == 0 ]] && return 0
    log "read nothing from $1 (try $try)"
  done
}

topic_size() { # TOPIC: sum of the partitions' end offsets
  tools org.apache.kafka.tools.GetOffsetShell --bootstrap-server "$BOOTSTRAP" --topic "$1" 2>/dev/null \
    | awk -F: '{s += $3} END {print s + 0}'
}

kill_taskmanager() {
  local pgid
  pgid="$(cat "$RUN_DIR/pids/taskmanager.pid")"
  log "SIGKILL TaskManager (process group $pgid)"
  kill -KILL -- "-$pgid"
  sleep 3
  deploy/local/flink.sh start-taskmanager
}

# Seconds from a failure until the job runs again: it has restarted (numRestarts above BEFORE) and every
# subtask is RUNNING. Prints "timeout" after 300 s.
recovery_seconds() { # JOB_ID RESTARTS_BEFORE FAILURE_TIME(SECONDS)
  local deadline=$((SECONDS + 300))
  while (( SECONDS < deadline )); do
    if (( $(num_restarts "$1") > $2 )) && rest "/jobs/$1" | jq -e '.state == "RUNNING"
        and all(.vertices[]; .tasks.RUNNING == .parallelism)' >/dev/null 2>&1; then
      echo $((SECONDS - $3)); return 0
    fi
    sleep 1
  done
  echo timeout
}

# After the broker is back (BACK_MS, epoch ms): seconds from the broker stop (FAILURE_TIME, bash SECONDS)
# until a checkpoint triggered after BACK_MS completes (sources, state and sinks all work again), and
# whether the job had to restart for it.
broker_recovery_seconds() { # JOB_ID RESTARTS_BEFORE FAILURE_TIME BACK_MS
  local deadline=$((SECONDS + 300))
  while (( SECONDS < deadline )); do
    if rest "/jobs/$1/checkpoints" | jq -e --argjson back "$4" \
        '(.latest.completed.trigger_timestamp // 0) > $back' >/dev/null 2>&1; then
      echo "$((SECONDS - $3)) s to the next completed checkpoint, $(( $(num_restarts "$1") - $2 )) job restarts"
      return 0
    fi
    sleep 1
  done
  echo "timeout (no checkpoint completed 300 s after the broker came back)"
}

num_restarts() { # JOB_ID
  rest "/jobs/$1/metrics?get=numRestarts" 2>/dev/null | jq -r '.[0].value // 0'
}

bounce_broker() {
  log "stopping the broker for $BROKER_DOWN s"
  deploy/local/kafka.sh stop
  sleep "$BROKER_DOWN"
  deploy/local/kafka.sh start
}

# Waits until the alerts topic has not grown for 60 s (at most 10 minutes).
wait_for_quiet() { # TOPIC
  local last=-1 n stable=0 deadline=$((SECONDS + 600))
  while (( SECONDS < deadline )); do
    n="$(topic_size "$1")"
    if [[ "$n" == "$last" ]]; then stable=$((stable + 10)); else stable=0; last="$n"; fi
    (( stable >= 60 )) && return 0
    sleep 10
  done
  log "alerts still growing after 10 minutes"
}

checkpoint_figures() { # JOB_ID
  rest "/jobs/$1/checkpoints" | jq -r '"checkpoints: \(.counts.completed) completed, \(.counts.failed) failed, restored \(.counts.restored); latest: \(.latest.completed.checkpointed_size // 0) bytes incremental, \(.latest.completed.state_size // 0) bytes full state"'
}

restarts() { # JOB_ID: failures the job recovered from
  rest "/jobs/$1/exceptions?maxExceptions=50" | jq -r '.exceptionHistory.entries | length'
}


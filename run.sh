#!/usr/bin/env bash
# The CrisisWatch demo on a real local stack: a KRaft Kafka broker and a Flink standalone cluster (both from
# Maven Central jars), the job submitted to the cluster, a generated crisis scenario replayed into Kafka,
# and the alerts printed as they arrive. Ctrl-C stops everything this script started.
#
# Usage: ./run.sh [--build] [--scenario FILE] [--speed N|max] [--exit-after-replay]
#   --build              rebuild the jars even if they exist (./mvnw -q -B -DskipTests package)
#   --scenario FILE      scenario to generate (default simulator/scenarios/demo.yaml)
#   --speed N            event time per wall time for the replay (default: the scenario in about 90 s)
#   --exit-after-replay  stop 30 s after the replay ends instead of tailing until Ctrl-C
# State, logs and the generated data go to .run/ (wiped at the start of each run).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="$ROOT/.run"
JOB_JAR="$ROOT/job/target/crisis-job.jar"
SIM_JAR="$ROOT/simulator/target/crisis-simulator.jar"
KAFKA="$ROOT/deploy/local/kafka.sh"
FLINK="$ROOT/deploy/local/flink.sh"
BOOTSTRAP=127.0.0.1:9092
REPLAY_SECONDS=90

build=false scenario="$ROOT/simulator/scenarios/demo.yaml" speed="" exit_after_replay=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=true ;;
    --scenario) scenario="$(realpath "$2")"; shift ;;
    --speed) speed="$2"; shift ;;
    --exit-after-replay) exit_after_replay=true ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
simulator() { java -jar "$SIM_JAR" "$@"; }

children=()
cleanup() {
  trap - INT TERM EXIT
  # Ctrl-C also ends a pipe reader such as `| tee`; writing to it must not kill the clean-up.
  trap '' PIPE
  say "stopping the demo"
  local pid
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${children[@]}"; do wait "$pid" 2>/dev/null || true; done
  "$FLINK" stop || true
  "$KAFKA" stop || true
  say "stopped; logs are in $RUN_DIR/logs"
}

cd "$ROOT"
if $build || [[ ! -f "$JOB_JAR" || ! -f "$SIM_JAR" ]] || ! compgen -G "deploy/target/flink-lib/*.jar" >/dev/null \
    || ! compgen -G "deploy/target/kafka-lib/*.jar" >/dev/null; then
  say "building (./mvnw -q -B -DskipTests package)"
  ./mvnw -q -B -DskipTests package
fi
[[ -f "$scenario" ]] || { echo "no scenario at $scenario" >&2; exit 1; }

# A clean start: whatever a previous run left behind is stopped and its state removed.
"$FLINK" stop >/dev/null 2>&1 || true
"$KAFKA" stop >/dev/null 2>&1 || true
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR/logs"
trap cleanup INT TERM EXIT

say "starting Kafka and Flink"
t0=$SECONDS
"$KAFKA" start & kafka_pid=$!
"$FLINK" start & flink_pid=$!
wait "$kafka_pid" || { echo "Kafka did not start; see $RUN_DIR/logs/kafka.log" >&2; exit 1; }
wait "$flink_pid" || { echo "Flink did not start; see $RUN_DIR/logs/jobmanager.log" >&2; exit 1; }
say "Kafka on $BOOTSTRAP and Flink up in $((SECONDS - t0)) s; Flink web UI: http://127.0.0.1:8081"

say "generating $(basename "$scenario") into .run/demo"
simulator generate --scenario "$scenario" --out "$RUN_DIR/demo"

say "submitting the job"
job_id="$("$FLINK" submit "$JOB_JAR" --bootstrap-servers "$BOOTSTRAP" --catalog "$RUN_DIR/demo/catalog.yaml" \
  --job-name crisiswatch-demo)"
say "job $job_id running: http://127.0.0.1:8081/#/job/running/$job_id/overview"

if [[ -z "$speed" ]]; then
  # Span of the scenario's event time (first to last mention), replayed in about REPLAY_SECONDS.
  first="$(head -n 1 "$RUN_DIR/demo/mentions.jsonl" | jq -r .ts)"
  last="$(tail -n 1 "$RUN_DIR/demo/mentions.jsonl" | jq -r .ts)"
  to_s() { if [[ "$1" =~ ^[0-9]+$ ]]; then echo $(($1 / 1000)); else date -d "$1" +%s; fi; }
  span=$(( $(to_s "$last") - $(to_s "$first") ))
  speed=$(( span / REPLAY_SECONDS > 1 ? span / REPLAY_SECONDS : 1 ))
fi

# Background tools run as `java` directly (not through the function) so that $! is the JVM to stop.
say "alerts from crisis-alerts as they arrive (Ctrl-C to stop):"
java -jar "$SIM_JAR" tail --bootstrap-servers "$BOOTSTRAP" --from-beginning & children+=($!)

say "replaying at speed $speed (event time per wall time)"
java -jar "$SIM_JAR" replay "$RUN_DIR/demo" --bootstrap-servers "$BOOTSTRAP" --speed "$speed" & replay_pid=$!
children+=("$replay_pid")
wait "$replay_pid"
say "replay finished; the job keeps running (web UI http://127.0.0.1:8081)"

if $exit_after_replay; then
  sleep 30
else
  say "tailing alerts until Ctrl-C"
  wait
fi

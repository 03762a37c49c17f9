#!/usr/bin/env bash
# The longer fault suite, on the real local cluster (deploy/local: a KRaft broker and a Flink session
# cluster). Not part of `mvn test`: it takes about 15 minutes. One command:
#
#   deploy/faults/run-faults.sh                 # kill/restart suite, at-least-once then exactly-once
#   deploy/faults/run-faults.sh million-keys    # a million distinct ids and terms over a simulated day
#
# Kill suite, per delivery guarantee: a crisis scenario is replayed into fresh Kafka topics at SPEED x;
# meanwhile the TaskManager is SIGKILLed KILLS times at random moments and started again, and the
# broker is stopped for BROKER_DOWN seconds once. The alerts (read read_committed) are compared with an
# undisturbed backtest of the same files: the same alertIds; in exactly-once mode no duplicates, in
# at-least-once mode duplicates only as identical copies (same alertId and content, but detectedAt and
# metrics.nearDuplicateShare, which a restart can change; see docs/reliability.md).
#
# It starts the cluster itself and refuses to run if one is already running (the ports are fixed).
# Recoveries are timed: from each SIGKILL until the job has restarted and every subtask runs again;
# from the broker stop until the next checkpoint completes.
# Environment: SCENARIO (default influencer-baggage), SPEED (600), KILLS (3), BROKER_DOWN (8),
# GUARANTEES ("at-least-once exactly-once"; one of them to run only that half).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

SCENARIO="${SCENARIO:-simulator/scenarios/influencer-baggage.yaml}"
SPEED="${SPEED:-600}"
KILLS="${KILLS:-3}"
BROKER_DOWN="${BROKER_DOWN:-8}"
GUARANTEES="${GUARANTEES:-at-least-once exactly-once}"

# Compares alerts with the reference: same alertIds (up to CUTOFF, the last event minus 15 minutes), duplicates.
compare() { # GUARANTEE ALERTS REFERENCE CUTOFF
  python3 - "$@" <<'PY'
import json, sys, collections
guarantee, got_file, ref_file, cutoff = sys.argv[1:5]
def load(f):
    out = []
    for line in open(f, encoding="utf-8"):
        line = line.strip()
        if line.startswith("{"): out.append(json.loads(line, parse_int=float))  # 1 == 1.0 whoever wrote it
    return out
got, ref = load(got_file), load(ref_file)
within = lambda a: a["eventTime"] <= cutoff and a["status"] != "RESOLVED"
ref_ids = {a["alertId"] for a in ref if within(a)}
got_ids = {a["alertId"] for a in got if within(a)}
copies = collections.defaultdict(list)
for a in got:
    # detectedAt is wall-clock time; nearDuplicateShare comes from each subtask's in-memory window of
    # recent texts, which a restart empties (docs/reliability.md): both may differ between copies.
    b = dict(a); b.pop("detectedAt", None)
    b["metrics"] = {k: v for k, v in (a.get("metrics") or {}).items() if k != "nearDuplicateShare"}
    copies[a["alertId"]].append(json.dumps(b, sort_keys=True))
dups = {k: v for k, v in copies.items() if len(v) > 1}
different = [k for k, v in dups.items() if len(set(v)) > 1]
print(f"  alerts compared: {len(ref_ids)} reference alertIds (OPEN/UPDATE up to {cutoff}), {len(got)} alert records read")
print(f"  missing alertIds: {len(ref_ids - got_ids)}, unexpected alertIds: {len(got_ids - ref_ids)}")
print(f"  duplicated alertIds: {len(dups)} ({sum(len(v) - 1 for v in dups.values())} extra copies), copies that differ: {len(different)}")
ok = ref_ids == got_ids and not different and (guarantee != "exactly-once" or not dups)
print("  RESULT:", "PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
}

kill_suite() {
  build
  local data="$WORK/data" ref="$WORK/reference.alerts.jsonl" failed=0 guarantee
  rm -rf "$WORK" && mkdir -p "$data"
  log "generating $(basename "$SCENARIO")"
  "$JAVA" -jar "$SIM_JAR" generate --scenario "$SCENARIO" --out "$data" >/dev/null
  log "undisturbed reference: backtest of the same files"
  "$JAVA" -jar "$JOB_JAR" --mentions "$data/mentions.jsonl" --complaints "$data/complaints.jsonl" \
    --catalog "$data/catalog.yaml" --alerts-out "$ref" 2>"$WORK/reference.log"
  local last cutoff
  last="$(tail -n 1 "$data/mentions.jsonl" | jq -r '.ts')"
  cutoff="$(date -u -d "$last - 15 minutes" +%Y-%m-%dT%H:%M:%SZ)"
  log "reference: $(wc -l < "$ref") alerts; comparing up to $cutoff"
  cluster_up
  trap cluster_down EXIT
  for guarantee in $GUARANTEES; do
    local prefix="fault-$guarantee-$(date +%s)" job replay kills=0 t r before failed_at recoveries="" broker_recovery
    create_topics "$prefix"
    write_config "$prefix" "$guarantee" "$WORK/$guarantee.yaml"
    job="$(deploy/local/flink.sh submit "$ROOT/$JOB_JAR" --bootstrap-servers "$BOOTSTRAP" \
      --config "$WORK/$guarantee.yaml" --catalog "$data/catalog.yaml" --job-name "$prefix")"
    log "job $job ($guarantee) submitted; replaying at ${SPEED}x"
    "$JAVA" -jar "$SIM_JAR" replay --bootstrap-servers "$BOOTSTRAP" --mentions "$data/mentions.jsonl" \
      --complaints "$data/complaints.jsonl" --mentions-topic "$prefix-mentions" \
      --complaints-topic "$prefix-complaints" --speed "$SPEED" --quiet > "$WORK/$guarantee.replay.log" 2>&1 &
    replay=$!
    for t in $(seq 1 "$KILLS"); do
      sleep $((20 + RANDOM % 40))
      before="$(num_restarts "$job")"; failed_at=$SECONDS
      kill_taskmanager && kills=$((kills + 1))
      r="$(recovery_seconds "$job" "$before" "$failed_at")"
      recoveries="$recoveries $r s"
      log "job running again $r s after kill $t"
      if (( t == 1 )); then
        sleep 15
        before="$(num_restarts "$job")"; failed_at=$SECONDS
        bounce_broker
        broker_recovery="$(broker_recovery_seconds "$job" "$before" "$failed_at" "$(date +%s%3N)")"
      fi
    done
    wait "$replay" || log "replay ended with an error (the broker was down for a while): see $WORK/$guarantee.replay.log"
    wait_for_quiet "$prefix-alerts"
    read_alerts "$prefix-alerts" "$WORK/$guarantee.alerts.jsonl"
    echo "== $guarantee: TaskManager kills survived: $kills, broker stops: 1, job restarts recorded: $(restarts "$job")"
    echo "  recovery after each kill (SIGKILL to all subtasks RUNNING):${recoveries}; after the broker stop: $broker_recovery"
    echo "  $(checkpoint_figures "$job")"
    compare "$guarantee" "$WORK/$guarantee.alerts.jsonl" "$ref" "$cutoff" || failed=1
    deploy/local/flink.sh stop-job "$job" >/dev/null
  done
  return "$failed"
}

case "${1:-kill}" in
  kill) kill_suite ;;
  million-keys) exec "$(dirname "$0")/million-keys.sh" ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

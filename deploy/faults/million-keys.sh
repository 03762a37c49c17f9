#!/usr/bin/env bash
# The million-keys state test (run by `deploy/faults/run-faults.sh million-keys`): a simulated day of
# 1,000,000 mentions, every one with its own id and its own rare words, so the de-duplication state
# holds a million keys and the emerging-issue detector sees hundreds of thousands of distinct terms.
# It checks that the TaskManager stays within its memory (heap and RSS sampled every 10 s), that
# checkpoints keep completing, and prints checkpoint sizes as the state grows and after the TTLs
# (shortened here to dedupTtl 5m, topicTtl 10m, processing time) have passed and compaction ran.
# While it waits, a trickle of TRICKLE_RATE new mentions a second goes on, as in any live stream:
# RocksDB drops expired entries only when it compacts, and (in the frocksdb 8 Flink ships) it looks
# for files to compact only after a flush or compaction, so a database that receives no write at
# all keeps its expired state until writes resume.
# Environment: EVENTS (1000000), SETTLE (300 s of waiting after the replay, for the TTLs),
# TRICKLE_RATE (5 events/s during SETTLE; 0 for none).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

EVENTS="${EVENTS:-1000000}"
SETTLE="${SETTLE:-300}"
TRICKLE_RATE="${TRICKLE_RATE:-5}"

generate() { # FILE: one day from 2026-03-02, in event-time order, distinct ids and terms
  python3 - "$EVENTS" > "$1" <<'PY'
import sys, random
n = int(sys.argv[1]); start = 1772409600000; day = 86_400_000
r = random.Random(7)
alphabet = "bcdfghjklmnpqrstvwxz"
def word(i):
    s = ""
    while True:
        s += alphabet[i % 20]; i //= 20
        if i == 0: return s
for i in range(n):
    ts = start + i * day // n
    text = f"the {word(i * 7 + 3)}qu {word(i)}vo outage at {word(i * 13 + 1)}ky again"
    print('{"id":"mk%d","ts":%d,"source":"forum","text":"%s","author":{"id":"u%d","followers":%d}}'
          % (i, ts, text, r.randrange(50000), r.randrange(5000)))
PY
}

trickle() { # FILE: SETTLE seconds of new mentions at TRICKLE_RATE a second, after the simulated day
  python3 - "$SETTLE" "$TRICKLE_RATE" > "$1" <<'PY'
import sys
settle, rate = int(sys.argv[1]), int(sys.argv[2])
start = 1772409600000 + 86_400_000
for i in range(settle * rate):
    print('{"id":"tk%d","ts":%d,"source":"forum","text":"parcel outage again","author":{"id":"t%d","followers":10}}'
          % (i, start + i * 1000 // rate, i % 500))
PY
}

taskmanager_memory() { # heap used/max (MiB) from REST, RSS (MiB) from ps
  local tm heap pid rss
  tm="$(rest /taskmanagers | jq -r '.taskmanagers[0].id')"
  heap="$(rest "/taskmanagers/$tm/metrics?get=Status.JVM.Memory.Heap.Used,Status.JVM.Memory.Heap.Max" \
    | jq -r 'map({(.id): (.value | tonumber / 1048576 | floor)}) | add | "\(.["Status.JVM.Memory.Heap.Used"])/\(.["Status.JVM.Memory.Heap.Max"]) MiB heap"')"
  pid="$(pgrep -g "$(cat "$RUN_DIR/pids/taskmanager.pid")" -f TaskManagerRunner | head -n 1)"
  rss="$(ps -o rss= -p "$pid" | awk '{print int($1 / 1024)}')"
  echo "$heap, ${rss} MiB RSS"
}

main() {
  build
  local data="$WORK/million" prefix="million-$(date +%s)" job t0
  mkdir -p "$data"
  log "generating $EVENTS mentions over one simulated day"
  generate "$data/mentions.jsonl"
  printf 'topics:\n  - id: acme-outage\n    keywords: ["outage"]\n' > "$data/catalog.yaml"
  cluster_up
  trap cluster_down EXIT
  create_topics "$prefix"
  write_config "$prefix" at-least-once "$data/config.yaml"
  printf 'state: {dedupTtl: 5m, topicTtl: 10m, checkpointInterval: 10s}\n' >> "$data/config.yaml"
  job="$(deploy/local/flink.sh submit "$ROOT/$JOB_JAR" --bootstrap-servers "$BOOTSTRAP" \
    --config "$data/config.yaml" --catalog "$data/catalog.yaml" --job-name "$prefix")"
  t0=$SECONDS
  "$JAVA" -jar "$SIM_JAR" replay --bootstrap-servers "$BOOTSTRAP" --mentions "$data/mentions.jsonl" \
    --mentions-topic "$prefix-mentions" --speed max --quiet > "$data/replay.log" 2>&1 &
  local replay=$! lag
  while :; do
    lag="$(tools org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$BOOTSTRAP" \
      --describe --group "$prefix" 2>/dev/null | awk '$6 ~ /^[0-9]+$/ {s += $6} END {print s + 0}')"
    echo "  +$((SECONDS - t0)) s: $(taskmanager_memory); consumer lag $lag; $(checkpoint_figures "$job")"
    if ! kill -0 "$replay" 2>/dev/null && [[ "$lag" == 0 ]]; then break; fi
    (( SECONDS - t0 < 1800 )) || { log "not caught up after 30 minutes"; break; }
    sleep 10
  done
  log "all $EVENTS events consumed after $((SECONDS - t0)) s; waiting $SETTLE s for the TTLs, $TRICKLE_RATE new events/s"
  local end=$((SECONDS + SETTLE)) trickler=""
  if (( TRICKLE_RATE > 0 )); then
    trickle "$data/trickle.jsonl"
    "$JAVA" -jar "$SIM_JAR" replay --bootstrap-servers "$BOOTSTRAP" --mentions "$data/trickle.jsonl" \
      --mentions-topic "$prefix-mentions" --speed 1 --quiet > "$data/trickle.log" 2>&1 &
    trickler=$!
  fi
  while (( SECONDS < end )); do
    sleep 30
    echo "  settle +$((SECONDS - end + SETTLE)) s: $(taskmanager_memory); $(checkpoint_figures "$job")"
  done
  [[ -z "$trickler" ]] || kill "$trickler" 2>/dev/null || true
  echo "== million keys: job state $(deploy/local/flink.sh job-state "$job"), restarts $(restarts "$job")"
  echo "  final: $(taskmanager_memory); $(checkpoint_figures "$job")"
  deploy/local/flink.sh stop-job "$job" >/dev/null
}

main "$@"

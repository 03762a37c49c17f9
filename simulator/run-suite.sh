#!/usr/bin/env bash
# The backtest suite: every shipped scenario (except the demo) generated, run through the job in file
# mode, scored against its truth next to two simple baseline rules, and drawn as an HTML report.
#
#   simulator/run-suite.sh [--config FILE] [--only NAME] [--out DIR] [--seed N]
#
# Builds the two jars only when they are missing (SIM_JAR / JOB_JAR override their paths). Writes
# target/suite/<scenario>/{mentions,complaints}.jsonl, catalog.yaml, truth.json, alerts.jsonl,
# job.log, report.html, and target/suite/scores.json; prints the comparison table the README quotes.
# --seed N generates every scenario with another random seed than its own (new background, timing
# and texts of the same story): the held-out check that the method was not fitted to one draw.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIM_JAR="${SIM_JAR:-$ROOT/simulator/target/crisis-simulator.jar}"
JOB_JAR="${JOB_JAR:-$ROOT/job/target/crisis-job.jar}"
OUT="$ROOT/target/suite"
CONFIG=""
ONLY=""
SEED=()

while [ $# -gt 0 ]; do
  case "$1" in
    --config) CONFIG="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --seed) SEED=(--seed "$2"); shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [ ! -f "$SIM_JAR" ] || [ ! -f "$JOB_JAR" ]; then
  echo "building the job and simulator jars..." >&2
  (cd "$ROOT" && ./mvnw -q -B -DskipTests -pl job,simulator -am package)
fi

sim() { java -jar "$SIM_JAR" "$@"; }
JOB_ARGS=()
[ -n "$CONFIG" ] && JOB_ARGS=(--config "$CONFIG")

mkdir -p "$OUT"
ran=0
for yaml in "$ROOT"/simulator/scenarios/*.yaml; do
  name="$(basename "$yaml" .yaml)"
  [ "$name" = "demo" ] && continue
  [ -n "$ONLY" ] && [ "$name" != "$ONLY" ] && continue
  dir="$OUT/$name"
  rm -rf "$dir"
  mkdir -p "$dir"
  start=$(date +%s)
  sim generate --scenario "$yaml" --out "$dir" "${SEED[@]}" 2> "$dir/generate.log"
  if ! java -jar "$JOB_JAR" --mentions "$dir/mentions.jsonl" --complaints "$dir/complaints.jsonl" \
      --catalog "$dir/catalog.yaml" --alerts-out "$dir/alerts.jsonl" "${JOB_ARGS[@]}" > "$dir/job.log" 2>&1; then
    echo "job failed on $name; see $dir/job.log" >&2
    tail -5 "$dir/job.log" >&2
    exit 1
  fi
  sim report --truth "$dir/truth.json" --alerts "$dir/alerts.jsonl" --mentions "$dir/mentions.jsonl" \
      --complaints "$dir/complaints.jsonl" --catalog "$dir/catalog.yaml" --out "$dir/report.html" 2> /dev/null
  printf '%-24s %6s events  %3s alerts  %4ss\n' "$name" \
      "$(cat "$dir/mentions.jsonl" "$dir/complaints.jsonl" | wc -l)" "$(wc -l < "$dir/alerts.jsonl")" \
      "$(( $(date +%s) - start ))" >&2
  ran=$((ran + 1))
done
[ "$ran" -gt 0 ] || { echo "no scenario matched" >&2; exit 1; }

echo
sim evaluate --truth "$OUT" --title "CrisisWatch backtest: the job against two baseline rules on the same events" \
    --compare job=alerts.jsonl --compare meltwater=rule:meltwater --compare fixed=rule:fixed \
    --json "$OUT/scores.json"
echo
echo "per-incident detail: java -jar $SIM_JAR evaluate --truth $OUT"
echo "reports: $OUT/<scenario>/report.html; scores as JSON: $OUT/scores.json"

#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers and text functions with Jazzer (the normal test command only
# replays the corpus). Each target runs for its @FuzzTest maxDuration (2 minutes); a crash stops the
# run and Jazzer saves the input under src/test/resources/<package>/<Class>Inputs/<method>/, where it
# becomes a regression test once the bug is fixed.
#
#   deploy/faults/run-fuzz.sh                       # every target, one after the other
#   deploy/faults/run-fuzz.sh EventParserFuzzTest#parseAnyBytesAsMention
#
# The seed corpus (udfs/src/test/resources/fuzz/records) is copied into each target's generated
# corpus (.cifuzz-corpus/<class>/<method>, git-ignored) so that fuzzing starts from real bad records.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-target-fuzz}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    udfs:EventParserFuzzTest#parseAnyBytesAsMention
    udfs:EventParserFuzzTest#parseAnyBytesAsComplaint
    udfs:TextFunctionsFuzzTest#scoreMatchAndExtractAnyText
    job:RecordDecoderFuzzTest#decodeAnyBytes
  )
fi

for spec in "${targets[@]}"; do
  module=${spec%%:*}; test=${spec#*:}
  [ "$module" = "$spec" ] && { module=udfs; test=$spec; }
  class=${test%%#*}; method=${test#*#}
  package=$([ "$module" = job ] && echo dev.crisiswatch.job.fuzz || echo dev.crisiswatch.fuzz)
  corpus="$module/.cifuzz-corpus/$package.$class/$method"
  mkdir -p "$corpus"
  cp -n udfs/src/test/resources/fuzz/records/* "$corpus/" 2>/dev/null || true
  echo "== fuzzing $module $class#$method (corpus: $(ls "$corpus" | wc -l) files)"
  JAZZER_FUZZ=1 ./mvnw -o -q -B -Dbuild.dir.name="$BUILD_DIR" -pl "$module" -am test \
      -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | tee "/tmp/fuzz-$class-$method.log" | grep -E '^#[0-9]+ *(DONE|pulse|INITED)|Done [0-9]+ runs|==[0-9]+== ERROR|FuzzTest|Tests run' || true
  echo "== $class#$method: $(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "/tmp/fuzz-$class-$method.log" | tail -1), corpus now $(ls "$corpus" | wc -l) files"
done

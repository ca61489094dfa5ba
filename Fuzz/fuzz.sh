#!/usr/bin/env bash
# Builds the fuzz targets in Fuzz/ and runs each with libFuzzer on a scratch copy of its seed
# corpus (Fuzz/Corpus/<target>/), so the committed corpus never grows. Fails when a target
# crashes, hangs (-timeout), runs out of memory (-rss_limit_mb) or, for fuzz-html, finds the
# scanner and gumbo disagreeing; says where the input that did it was saved.
#
#   Fuzz/fuzz.sh build              build the targets only
#   Fuzz/fuzz.sh run [TARGET ...]   build, then run each target (default: every target)
#
# Environment:
#   FUZZ_SECONDS  how long each target runs (default 60)
#   FUZZ_RUNS     run this many inputs per target instead, e.g. 2000 in CI
#   FUZZ_WORK     where scratch corpora, logs and saved inputs go (default: a new folder in $TMPDIR)
#   FUZZ_FLAGS    more libFuzzer flags, e.g. "-seed=1" or "-jobs=2 -workers=2"
set -euo pipefail
cd "$(dirname "$0")"

targets_all=(fuzz-guide fuzz-html)
seconds="${FUZZ_SECONDS:-60}"
runs="${FUZZ_RUNS:-}"

# --sanitize fuzzer tells SwiftPM that libFuzzer supplies `main`. The sanitizers go to swiftc as
# one flag, since the driver keeps only the last -sanitize it is given, and reach every module
# the targets use, so libFuzzer sees coverage in pathguide's code (not in the C libraries).
# -enable-testing lets fuzz-html reach the scanner and the gumbo reader, which are internal.
build() {
  swift build -c release --sanitize fuzzer \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
}

# The last line libFuzzer printed that starts with `#` and has `what` in it.
status_line() { grep -a "^#[0-9].*$2" "$1" | tail -n 1 || true; }
stat_value() { grep -a "^stat::$2:" "$1" | awk '{print $2}' | tail -n 1; }

# Runs one target; prints a one-line summary, and the saved input and its message on failure.
run_target() {
  local target="$1" work="$2"
  local folder="$work/$target"
  rm -rf "$folder"
  mkdir -p "$folder/corpus"
  cp Corpus/"$target"/* "$folder/corpus/"
  local budget=(-max_total_time="$seconds")
  [ -n "$runs" ] && budget=(-runs="$runs")
  local dictionary=()
  [ -f "$target.dict" ] && dictionary=(-dict="$PWD/$target.dict")
  local status=0
  # Swift's own crash reporter waits on a process that cannot inspect a sanitized one; libFuzzer
  # and AddressSanitizer print the stack instead.
  # shellcheck disable=SC2086
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
    ".build/release/$target" "${budget[@]}" "${dictionary[@]}" \
      -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
      -artifact_prefix="$folder/" ${FUZZ_FLAGS:-} "$folder/corpus" \
      >"$folder/log" 2>&1 || status=$?
  local done_line
  done_line="$(status_line "$folder/log" "DONE")"
  [ -n "$done_line" ] || done_line="$(status_line "$folder/log" "cov:")"
  local cov ft
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")"
  local inputs speed
  inputs="$(stat_value "$folder/log" number_of_executed_units)"
  speed="$(stat_value "$folder/log" average_exec_per_sec)"
  local found
  found="$(find "$folder" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)"
  if [ "$status" -eq 0 ] && [ -z "$found" ]; then
    echo "$target: ${inputs:-?} inputs, cov ${cov:-?}, ft ${ft:-?}, ${speed:-?} exec/s: nothing found"
    return 0
  fi
  echo "$target: FAILED after ${inputs:-?} inputs (exit status $status); log: $folder/log"
  grep -a -m 3 -E "Fatal error|ERROR: libFuzzer|ERROR: AddressSanitizer|SUMMARY:" "$folder/log" | sed 's/^/  /' || true
  for input in $found; do
    echo "  input saved at $input"
    echo "  rerun it: SWIFT_BACKTRACE=enable=no Fuzz/.build/release/$target $input"
  done
  return 1
}

case "${1:-run}" in
  build)
    build
    ;;
  run)
    shift || true
    targets=("$@")
    [ "${#targets[@]}" -gt 0 ] || targets=("${targets_all[@]}")
    build
    work="${FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/pathguide-fuzz.XXXXXX")}"
    mkdir -p "$work"
    budget="$seconds seconds"
    [ -n "$runs" ] && budget="$runs inputs"
    echo "fuzzing ${targets[*]} for $budget each in $work"
    failed=0
    for target in "${targets[@]}"; do
      run_target "$target" "$work" || failed=1
    done
    exit "$failed"
    ;;
  *)
    echo "usage: Fuzz/fuzz.sh build | run [TARGET ...]" >&2
    exit 2
    ;;
esac

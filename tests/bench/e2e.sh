#!/usr/bin/env bash
# End-to-end throughput on the real broker (not part of ctest): 200 text-PDF documents in 20
# bundles (copies of the sample documents under new names), first with one `disclose stage`
# process per stage, then with two processes of the slowest stage (the one with the largest
# total processing time in the first run's /metrics). Prints documents and pages per minute,
# measured from the first submit to the last pack, and the processing seconds per stage. When
# the slowest stage is extract or redact, a third run gives it --concurrency 2 instead.
#   tests/bench/e2e.sh [BUILD_DIR]      (env: DISCLOSE_TEST_BROKERS, BENCH_DOCS=200)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
DISCLOSE=$BUILD/disclose
BROKERS=${DISCLOSE_TEST_BROKERS:-127.0.0.1:19092}
DOCS=${BENCH_DOCS:-200}
PER_BUNDLE=10
WORK=$(mktemp -d "${TMPDIR:-/tmp}/disclose-bench.XXXXXX")
PREFIX="bench$(date +%s)."
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
STAGES=(extract detect redact review seal)

# Bundles: alternate the two samples' subjects; documents are the samples' text PDFs.
bundles=()
n=0; b=0
while [ "$n" -lt "$DOCS" ]; do
  src=bundle-a; [ $((b % 2)) -eq 1 ] && src=bundle-b
  dir=$WORK/bundles/$b; mkdir -p "$dir"
  pdfs=("$ROOT"/samples/bundle-a/*.pdf "$ROOT"/samples/bundle-b/*.pdf)
  for i in $(seq 0 $((PER_BUNDLE - 1))); do
    [ "$n" -lt "$DOCS" ] || break
    cp "${pdfs[$(((n + i) % ${#pdfs[@]}))]}" "$dir/$(printf '%03d' "$i").pdf"
    n=$((n + 1))
  done
  jq --arg r "SAR-BENCH-$b" '.request_id = $r | del(.documents)' "$ROOT/samples/$src/bundle.json" > "$dir/bundle.json"
  bundles+=("$dir")
  b=$((b + 1))
done

# run NAME SCALED_STAGE [HOW]: one process per stage; SCALED_STAGE gets two processes
# (HOW=processes, the default) or one process working on two records at once (HOW=concurrency).
run() {
  local name=$1 scaled=$2 how=${3:-processes} port=$((21000 + RANDOM % 20000))
  local common=(--store "$WORK/$name/store" --topic-prefix "$PREFIX$name." --signing-key "$WORK/keys/signing")
  mkdir -p "$WORK/$name/logs" "$WORK/$name/out"
  "$DISCLOSE" "${common[@]}" topics create --brokers "$BROKERS" --partitions 4 >/dev/null
  PORTS=()
  for s in "${STAGES[@]}"; do
    local copies=1 extra=()
    if [ "$s" = "$scaled" ]; then
      if [ "$how" = concurrency ]; then extra=(--concurrency 2); else copies=2; fi
    fi
    for i in $(seq 1 "$copies"); do
      "$DISCLOSE" "${common[@]}" --log-file "$WORK/$name/logs/$s-$i.jsonl" stage "$s" --instance "$i" \
        --brokers "$BROKERS" --auto-approve --out "$WORK/$name/out" --metrics-port "$port" "${extra[@]}" &
      PIDS+=($!); PORTS+=("$s:$port"); port=$((port + 1))
    done
  done
  for p in "${PORTS[@]}"; do
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:${p#*:}/readyz" >/dev/null && break; sleep 0.5; done
  done
  local start; start=$(date +%s.%N)
  "$DISCLOSE" "${common[@]}" --log-file "$WORK/$name/logs/submit.jsonl" submit "${bundles[@]}" --brokers "$BROKERS" \
    > "$WORK/$name/ids"
  local want=${#bundles[@]}
  while [ "$(find "$WORK/$name/out" -name '*.pack' | wc -l)" -lt "$want" ]; do sleep 0.2; done
  local end; end=$(date +%s.%N)
  : > "$WORK/$name/seconds"
  for p in "${PORTS[@]}"; do
    curl -s "http://127.0.0.1:${p#*:}/metrics" | awk -v s="${p%%:*}" '$1 ~ /^disclose_process_seconds_sum/ {print s, $2}' \
      >> "$WORK/$name/seconds"
  done
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
  local pages
  pages=$(kcat -b "$BROKERS" -C -t "$PREFIX$name.disclose.redacted.v1" -e -q -X isolation.level=read_committed -f '%s\n' \
    | jq -s 'map(.pages // 0) | add')
  local secs; secs=$(echo "$end - $start" | bc -l)
  printf '%-28s %4d documents %5d pages in %6.1f s: %7.1f documents/min %8.1f pages/min\n' \
    "$name${scaled:+ (2x $scaled, $how)}" "$DOCS" "$pages" "$secs" "$(echo "$DOCS * 60 / $secs" | bc -l)" \
    "$(echo "$pages * 60 / $secs" | bc -l)"
  printf '  processing seconds per stage: %s\n' \
    "$(awk '{t[$1] += $2} END {for (s in t) printf "%s %.1f  ", s, t[s]}' "$WORK/$name/seconds")"
}

run one-per-stage ""
slowest=$(awk '{t[$1] += $2} END {m = -1; for (s in t) if (t[s] > m) {m = t[s]; w = s}; print w}' \
  "$WORK/one-per-stage/seconds")
echo "slowest stage: $slowest"
run scaled "$slowest"
case $slowest in extract|redact) run concurrent "$slowest" concurrency ;; esac

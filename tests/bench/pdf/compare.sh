#!/usr/bin/env bash
# compare.sh: the PDF benchmark pinned to one core, plus a command-line side-by-side with
# poppler on the same dense 100-page file, both pinned to the same core, with peak memory:
#   `disclose pdf-text`  vs `pdftotext`        page text out (disclose: the isolated worker
#                                              decodes every page with its glyphs, as the
#                                              extract stage does, then prints the text)
#   `disclose extract --format json` vs `pdftotext -bbox`   words with their boxes out
# Peak memory is GNU time's %M (the largest resident set among the process and its children).
# Each pair runs alternately (ours, theirs, ours, ...) RUNS times (default 9); best and median
# wall time are printed (the machine's other load comes in bursts: the best is the fair one).
# Usage: tests/bench/pdf/compare.sh [BUILD_DIR]   (default build; needs pdf_bench, disclose and
# disclose-pdf-worker built there: ninja -C BUILD_DIR pdf_bench disclose). Figures only, never
# pass/fail.
set -euo pipefail
BUILD=${1:-build}
RUNS=${RUNS:-9}
BENCH=$BUILD/tests/bench/pdf/pdf_bench
DISCLOSE=$BUILD/disclose
KEEP=$(mktemp -d)
trap 'rm -rf "$KEEP"' EXIT

echo "== pdf_bench (taskset -c 0, best of 3)"
taskset -c 0 "$BENCH" --runs=3 --keep "$KEEP"

now() { date +%s%N; }
# pair LABEL_A LABEL_B -- CMD_A... -- CMD_B...: alternate runs on core 0, print best/median.
pair() {
  local la=$1 lb=$2; shift 2; shift
  local a=() b=()
  while [ "$1" != "--" ]; do a+=("$1"); shift; done
  shift
  b=("$@")
  local ta=() tb=() t0
  for _ in $(seq 1 "$RUNS"); do
    t0=$(now); taskset -c 0 "${a[@]}" >/dev/null 2>&1; ta+=($(( ($(now) - t0) / 1000 )))
    t0=$(now); taskset -c 0 "${b[@]}" >/dev/null 2>&1; tb+=($(( ($(now) - t0) / 1000 )))
  done
  report "$la" "${a[@]}" -- "${ta[@]}"
  report "$lb" "${b[@]}" -- "${tb[@]}"
}
report() {  # LABEL CMD... -- MICROSECONDS...
  local label=$1; shift
  local cmd=()
  while [ "$1" != "--" ]; do cmd+=("$1"); shift; done
  shift
  local stats peak
  stats=$(printf "%s\n" "$@" | sort -n | awk '{v[NR]=$1} END {printf "%.3f %.3f", v[1]/1e6, v[int((NR+1)/2)]/1e6}')
  peak=$(/usr/bin/time -f %M "${cmd[@]}" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}')
  set -- $stats
  printf "  %-34s best %6.3f s (%5.0f pages/s)  median %6.3f s  peak %s MiB\n" "$label" "$1" "$(echo "100 / $1" | bc -l)" \
    "$2" "$peak"
}

f=$KEEP/dense-100.pdf
echo
echo "== command line, dense-100.pdf, alternating on core 0, $RUNS runs each (includes process start;"
echo "   disclose runs its worker; LANG=${LANG:-unset} for both)"
pair "disclose pdf-text" "pdftotext" -- "$DISCLOSE" pdf-text "$f" -- pdftotext -q "$f" -
pair "disclose extract --format json" "pdftotext -bbox" -- "$DISCLOSE" extract --format json "$f" -- \
  pdftotext -q -bbox "$f" -

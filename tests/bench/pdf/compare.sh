#!/usr/bin/env bash
# compare.sh: the PDF benchmark pinned to one core, plus a command-line side-by-side of
# `disclose extract` and `pdftotext` on the same dense 100-page file, with peak memory.
# Usage: tests/bench/pdf/compare.sh [BUILD_DIR]   (default build; needs pdf_bench and disclose
# built there: ninja -C BUILD_DIR pdf_bench disclose). Figures only, never pass/fail.
set -euo pipefail
BUILD=${1:-build}
BENCH=$BUILD/tests/bench/pdf/pdf_bench
DISCLOSE=$BUILD/disclose
KEEP=$(mktemp -d)
trap 'rm -rf "$KEEP"' EXIT

echo "== pdf_bench (taskset -c 0, best of 3)"
taskset -c 0 "$BENCH" --runs=3 --keep "$KEEP"

best() {  # best wall seconds of 3 runs of "$@" (output discarded)
  local b=999999 t0 t1 s
  for _ in 1 2 3; do
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N)
    s=$(echo "$t1 - $t0" | bc -l); if (( $(echo "$s < $b" | bc -l) )); then b=$s; fi
  done
  echo "$b"
}
peak() {  # peak RSS (MiB) of "$@" and its children
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'
}
echo
echo "== command line, dense-100.pdf, both on core 0 (includes process start; disclose runs its worker)"
f=$KEEP/dense-100.pdf
p=$(best taskset -c 0 pdftotext -q "$f" /dev/null)
d=$(best taskset -c 0 "$DISCLOSE" extract --format json "$f")
printf "  pdftotext         %6.3f s  %6.0f pages/s  peak %s MiB\n" "$p" "$(echo "100 / $p" | bc -l)" "$(peak pdftotext -q "$f" /dev/null)"
printf "  disclose extract  %6.3f s  %6.0f pages/s  peak %s MiB (parent; the worker's own peak is in pdf_bench)\n" \
  "$d" "$(echo "100 / $d" | bc -l)" "$(peak "$DISCLOSE" extract --format json "$f")"

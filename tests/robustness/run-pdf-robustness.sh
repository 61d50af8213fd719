#!/usr/bin/env bash
# PDF robustness in CI (called by deploy/run-tests.sh; also fine by hand): one sanitizer build
# (clang, AddressSanitizer + UndefinedBehaviorSanitizer, libFuzzer coverage) in build-asan/,
# then
#   1. pdf_corpus_check: every file of ../shared/corpus through the isolated extract and
#      redact (top half of each page); each must end in a result or a clear error;
#   2. pdf_fuzz: the libFuzzer target (load + extract + redact) for PDF_FUZZ_RUNS executions
#      (default 2000) after replaying its seeds: samples/ and ../shared/corpus.
# Without clang it falls back to GCC's sanitizers for step 1 and skips step 2.
# Environment: BUILD_DIR (default build-asan), PDF_FUZZ_RUNS, CORPUS (default ../shared/corpus).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
BUILD_DIR=${BUILD_DIR:-build-asan}
RUNS=${PDF_FUZZ_RUNS:-2000}
CORPUS=${CORPUS:-$ROOT/../shared/corpus}

if command -v clang++ >/dev/null; then
  # Warnings are gated by the main (GCC) build; clang here only instruments.
  CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDISCLOSE_SANITIZE=ON -DDISCLOSE_WERROR=OFF \
    -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link >/dev/null
  ninja -C "$BUILD_DIR" -j2 pdf_corpus_check pdf_fuzz
else
  echo "run-pdf-robustness: clang++ not found; GCC sanitizers, no fuzzing" >&2
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDISCLOSE_SANITIZE=ON >/dev/null
  ninja -C "$BUILD_DIR" -j2 pdf_corpus_check
fi

echo "run-pdf-robustness: corpus under ASan+UBSan"
"$BUILD_DIR/tests/unit/pdf_worker/pdf_corpus_check" --jobs=2 "$CORPUS"

if [ -x "$BUILD_DIR/tests/fuzz/pdf_fuzz" ]; then
  echo "run-pdf-robustness: pdf_fuzz, $RUNS runs after the seeds"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/new" "$work/seeds"
  find samples -name '*.pdf' -exec cp {} "$work/seeds/" \;
  LSAN_OPTIONS=suppressions=$ROOT/tests/fuzz/lsan.supp:print_suppressions=0 \
  "$BUILD_DIR/tests/fuzz/pdf_fuzz" -runs="$RUNS" -seed=1 -timeout=30 -rss_limit_mb=2048 -max_len=262144 \
    -artifact_prefix="$work/" -print_final_stats=1 "$work/new" "$work/seeds" "$CORPUS" 2>"$work/log" || {
    tail -60 "$work/log" >&2
    echo "run-pdf-robustness: pdf_fuzz found a crash (input kept in the log above)" >&2
    exit 1
  }
  grep -E "^stat::number_of_executed_units|Done [0-9]+ runs" "$work/log" || true
fi

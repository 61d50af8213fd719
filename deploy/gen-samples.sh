#!/usr/bin/env bash
# Regenerates the sample PDFs from their sources: samples/src/<bundle>/<name>.txt ->
# samples/<bundle>/<name>.pdf, with disclose-pdfgen (built by deploy/build.sh). The output
# is deterministic, so an unchanged source gives a byte-identical PDF.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GEN=${PDFGEN:-$ROOT/build/tests/tools/disclose-pdfgen}
[ -x "$GEN" ] || { echo "gen-samples: build first (deploy/build.sh); $GEN is missing" >&2; exit 1; }
for src in "$ROOT"/samples/src/*/*.txt; do
  bundle=$(basename "$(dirname "$src")")
  mkdir -p "$ROOT/samples/$bundle"
  "$GEN" --out "$ROOT/samples/$bundle/$(basename "$src" .txt).pdf" "$src"
done
echo "gen-samples: $(ls "$ROOT"/samples/src/*/*.txt | wc -l) PDFs written"

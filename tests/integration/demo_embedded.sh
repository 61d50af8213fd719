#!/usr/bin/env bash
# Command 1's path: `disclose run` on the embedded mock cluster (no broker) leaves one pack
# per sample bundle; each opens, and pdftotext finds no third-party prison number or date
# of birth and finds the subject's own. `disclose redact` on the same files agrees.
source "$(dirname "$0")/lib.sh"
"$DISCLOSE" "${COMMON[@]}" --log-file "$WORK/demo.jsonl" run "$ROOT/samples/bundle-a" "$ROOT/samples/bundle-b" \
  --out "$WORK/out" --auto-approve > "$WORK/run.out" 2>&1 || fail "disclose run failed: $(tail -3 "$WORK/run.out")"
packs=("$WORK"/out/*.pack)
[ "${#packs[@]}" -eq 2 ] || fail "expected 2 packs, found ${#packs[@]}"
for pack in "${packs[@]}"; do
  name=$(basename "$pack" .pack)
  "$DISCLOSE" open "$pack" --key "$DEMO_KEY" --out "$WORK/peek-$name" >/dev/null
  request=$(jq -r .request_id "$WORK/peek-$name/schedule.json")
  for b in a b; do
    if [ "$(jq -r .request_id "$ROOT/samples/bundle-$b/bundle.json")" = "$request" ]; then
      check_pack "$pack" "$WORK/opened-$name" "$ROOT/samples/bundle-$b.expect.json" "$WORK/out/signing.pub"
    fi
  done
done
"$DISCLOSE" "${COMMON[@]}" redact --subject "$ROOT/samples/bundle-b/bundle.json" --out "$WORK/redact" \
  "$ROOT"/samples/bundle-b/*.pdf > /dev/null || fail "disclose redact failed"
for pdf in "$ROOT"/samples/bundle-b/*.pdf; do
  stem=$(basename "$pdf" .pdf)
  [ -s "$WORK/redact/$stem.pdf" ] && [ -s "$WORK/redact/$stem.findings.json" ] || fail "disclose redact wrote no $stem outputs"
  if pdftotext "$WORK/redact/$stem.pdf" - | grep -qF -e W8812JN -e H1176RW; then fail "disclose redact left a prison number"; fi
done
pass "disclose redact wrote redacted PDFs and findings"

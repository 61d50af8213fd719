#!/usr/bin/env bash
# DESIGN promise 2: no document text or identifier leaves the encrypted store. Runs both
# sample bundles on the real broker, then reads back every record of every topic, every log
# line (debug level) and the terminal output, and fails if any of the samples' personal
# data (third-party and subject values, names) appears in any of them.
source "$(dirname "$0")/lib.sh"
"$DISCLOSE" "${COMMON[@]}" --log-level debug --log-file "$WORK/run.jsonl" run "$ROOT/samples/bundle-a" \
  "$ROOT/samples/bundle-b" --brokers "$BROKERS" --auto-approve --out "$WORK/out" > "$WORK/run.out" 2>&1 \
  || fail "disclose run failed: $(tail -3 "$WORK/run.out")"
all=$WORK/everything.txt
: > "$all"
for topic in intake.v1 extracted.v1 detected.v1 redacted.v1 approved.v1 sealed.v1 quarantine.v1 deadletter.v1; do
  dump_topic "disclose.$topic" >> "$all"
done
records=$(grep -c . "$all")
[ "$records" -ge 20 ] || fail "expected at least 20 records on the topics, read $records"
lines=$(grep -c . "$WORK/run.jsonl")
[ "$lines" -ge 10 ] || fail "expected log lines, read $lines"
cat "$WORK/run.jsonl" "$WORK/run.out" >> "$all"
grep -rh . "$WORK/store/seal-state" >> "$all" 2>/dev/null || true
checked=0
for expect in "$ROOT"/samples/*.expect.json; do
  while IFS= read -r value; do
    checked=$((checked + 1))
    if grep -qiF -- "$value" "$all"; then fail "a value from $(basename "$expect") appears in a topic payload or log line"; fi
    compact=$(printf '%s' "$value" | tr -d ' ')
    if [ "$compact" != "$value" ] && grep -qiF -- "$compact" "$all"; then fail "a value from $(basename "$expect") appears"; fi
  done < <(jq -r '.third_party[], .subject[], .names[]' "$expect")
done
# The store's blobs on disk are encrypted: no value appears there either.
if grep -rqiF -e "K4821QT" -e "Sharon Pike" "$WORK/store"; then fail "plaintext found in the store"; fi
pass "$records records, $lines log lines, $checked personal values: none leaked"

#!/usr/bin/env bash
# Bad input is contained: a malformed record and a schema-invalid record reach the
# dead-letter topic with a clear reason; a broken PDF inside a bundle is quarantined with a
# one-sentence reason and listed in the pack as withheld, while the rest of the bundle is
# released and `disclose run` exits 3.
source "$(dirname "$0")/lib.sh"
"$DISCLOSE" "${COMMON[@]}" topics create --brokers "$BROKERS" >/dev/null
printf 'this is not json {\n' | kcat -b "$BROKERS" -P -t "${PREFIX}disclose.intake.v1" -k b-000000000000000000000001
printf '{"schema":"disclose.intake.v1","bundle_id":"nope"}\n' | kcat -b "$BROKERS" -P -t "${PREFIX}disclose.intake.v1" -k b-000000000000000000000001

bundle=$WORK/bundle-broken
cp -r "$ROOT/samples/bundle-a" "$bundle"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer << /Root 1 0 R\n' > "$bundle/torn.pdf"
jq '.documents += ["torn.pdf"]' "$bundle/bundle.json" > "$bundle/b.json" && mv "$bundle/b.json" "$bundle/bundle.json"

status=0
"$DISCLOSE" "${COMMON[@]}" --log-file "$WORK/run.jsonl" run "$bundle" --brokers "$BROKERS" --auto-approve \
  --out "$WORK/out" --timeout 240 > "$WORK/run.out" 2> "$WORK/run.err" || status=$?
[ "$status" -eq 3 ] || { cat "$WORK/run.err" >&2; fail "disclose run exited $status, expected 3"; }
pass "disclose run exited 3"

dead=$(dump_topic disclose.deadletter.v1)
[ "$(echo "$dead" | grep -c .)" -eq 2 ] || fail "expected 2 dead-letter records, got: $(echo "$dead" | grep -c .)"
echo "$dead" | cut -f2 | jq -s -e 'map(select(.source.offset == 0))[0].error.message | test("not valid JSON")' >/dev/null \
  || fail "the malformed record's dead letter does not say it is not JSON"
echo "$dead" | cut -f2 | jq -s -e 'map(select(.source.offset == 1))[0].error.message | test("schema disclose.intake.v1")' >/dev/null \
  || fail "the invalid record's dead letter does not name the schema"
echo "$dead" | cut -f2 | jq -s -e 'all(.stage == "extract" and .source.topic == "disclose.intake.v1")' >/dev/null \
  || fail "dead letters do not name the stage and source topic"
pass "malformed and invalid records dead-lettered with reasons"

quarantine=$(dump_topic disclose.quarantine.v1)
[ "$(echo "$quarantine" | grep -c .)" -eq 1 ] || fail "expected one quarantine record"
echo "$quarantine" | cut -f2 | jq -e '.reason.stage == "extract" and (.reason.message | test("could not be read as a PDF"))' \
  >/dev/null || fail "quarantine record lacks a clear reason"

pack=$(ls "$WORK"/out/*.pack)
check_pack "$pack" "$WORK/opened" "$ROOT/samples/bundle-a.expect.json" "$WORK/keys/signing.pub"
jq -e '.withheld | length == 1 and .[0].document == "torn.pdf" and (.[0].reason | length > 20)' \
  "$WORK/opened/schedule.json" >/dev/null || fail "schedule.json does not list torn.pdf as withheld with a reason"
[ "$(ls "$WORK/opened/documents" | wc -l)" -eq 3 ] || fail "expected the other 3 documents in the pack"
pass "broken PDF withheld and listed; the rest released"

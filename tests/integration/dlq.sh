#!/usr/bin/env bash
# Dead letters for operators: records extract cannot process (a malformed record, and a
# bundle whose source documents are missing from the store) are listed by `disclose dlq list`;
# after the documents are put back, `disclose dlq replay --id` republishes them, each at most
# once (a second replay skips them), the pipeline processes each replayed record exactly once
# and the bundle is sealed. A replayed record that fails again becomes a new dead letter.
source "$(dirname "$0")/lib.sh"
"$DISCLOSE" "${COMMON[@]}" topics create --brokers "$BROKERS" >/dev/null
mkdir -p "$WORK/logs"
dlq() { "$DISCLOSE" "${COMMON[@]}" --log-file "$WORK/logs/dlq.jsonl" dlq "$@" --brokers "$BROKERS"; }

bundle_id=$("$DISCLOSE" "${COMMON[@]}" submit "$ROOT/samples/bundle-a" --brokers "$BROKERS")
sources=$WORK/store/bundles/$bundle_id/blobs/source
[ -d "$sources" ] || fail "the store has no source blobs for $bundle_id"
mv "$sources" "$WORK/source.aside"
printf 'not json at all\n' | kcat -b "$BROKERS" -P -t "${PREFIX}disclose.intake.v1" -k b-000000000000000000000001

for stage in extract detect redact review seal; do
  "$DISCLOSE" "${COMMON[@]}" --log-file "$WORK/logs/$stage.jsonl" stage "$stage" --brokers "$BROKERS" \
    --auto-approve --out "$WORK/out" &
  PIDS+=($!)
done
for _ in $(seq 1 90); do
  [ "$(dump_topic disclose.deadletter.v1 | grep -c .)" -ge 4 ] && break
  sleep 1
done
dlq list --json > "$WORK/list1.json" || fail "dlq list failed"
[ "$(jq length "$WORK/list1.json")" -eq 4 ] || fail "expected 4 dead letters, listed $(jq length "$WORK/list1.json")"
jq -e 'all(.replayed == false and .stage == "extract" and (.id | test("^disclose.intake.v1:[0-9]+:[0-9]+$")))' \
  "$WORK/list1.json" >/dev/null || fail "dead letters are not listed as pending extract records with ids"
dlq list > "$WORK/list1.txt"
grep -q "pending" "$WORK/list1.txt" && grep -q "^ID" "$WORK/list1.txt" || fail "the table lists no pending dead letters"
mapfile -t doc_ids < <(jq -r --arg b "$bundle_id" '.[] | select(.key == $b) | .id' "$WORK/list1.json")
[ "${#doc_ids[@]}" -eq 3 ] || fail "expected 3 dead letters for the bundle's documents, got ${#doc_ids[@]}"
pass "dlq list shows 4 pending dead letters (3 documents, 1 malformed record)"

mv "$WORK/source.aside" "$sources"
args=(); for id in "${doc_ids[@]}"; do args+=(--id "$id"); done
dlq replay "${args[@]}" > "$WORK/replay1.out" || fail "dlq replay failed"
[ "$(grep -c '^replayed ' "$WORK/replay1.out")" -eq 3 ] || fail "expected 3 replayed: $(cat "$WORK/replay1.out")"
dlq replay "${args[@]}" > "$WORK/replay2.out" || fail "the second dlq replay failed"
[ "$(grep -c '^already replayed ' "$WORK/replay2.out")" -eq 3 ] && ! grep -q '^replayed ' "$WORK/replay2.out" \
  || fail "a second replay republished records: $(cat "$WORK/replay2.out")"
pass "dlq replay republished 3 records; replaying them again skipped all 3"

wait_for_file "$WORK/out/$bundle_id.pack" 180 || fail "no pack after the replay"
sleep 2
extracted=$(dump_topic disclose.extracted.v1 | cut -f2 | jq -r .document_id | sort)
[ "$(echo "$extracted" | grep -c .)" -eq 3 ] && [ "$(echo "$extracted" | sort -u | grep -c .)" -eq 3 ] \
  || fail "expected exactly one extracted record per document, got $(echo "$extracted" | grep -c .)"
[ "$(dump_topic disclose.sealed.v1 | grep -c "$bundle_id")" -eq 1 ] || fail "expected one sealed record"
check_pack "$WORK/out/$bundle_id.pack" "$WORK/opened" "$ROOT/samples/bundle-a.expect.json" "$WORK/keys/signing.pub"
pass "each replayed record was processed once and the bundle was sealed"

# Replay everything else: the malformed record goes back once and is dead-lettered again.
dlq replay > "$WORK/replay3.out" || fail "dlq replay (all) failed"
[ "$(grep -c '^replayed ' "$WORK/replay3.out")" -eq 1 ] || fail "expected only the malformed record to be replayed"
for _ in $(seq 1 60); do
  [ "$(dump_topic disclose.deadletter.v1 | grep -c .)" -ge 5 ] && break
  sleep 1
done
dlq list --json > "$WORK/list2.json"
[ "$(jq length "$WORK/list2.json")" -eq 5 ] || fail "expected 5 dead letters after the malformed record failed again"
[ "$(jq '[.[] | select(.replayed)] | length' "$WORK/list2.json")" -eq 4 ] || fail "expected 4 replayed dead letters"
dlq replay --id "disclose.intake.v1:99:99" > /dev/null 2>&1 && fail "replaying an unknown id succeeded"
pass "the malformed record was replayed once and dead-lettered again; unknown ids are refused"

#!/usr/bin/env bash
# A bundle through real Kafka with one `disclose stage NAME` process per stage: the pack
# appears, opens, has no third-party prison numbers or dates of birth and keeps the
# subject's own; the sealed record is committed; every stage stops cleanly on SIGTERM.
source "$(dirname "$0")/lib.sh"
"$DISCLOSE" "${COMMON[@]}" topics create --brokers "$BROKERS" >/dev/null
mkdir -p "$WORK/logs"
for stage in extract detect redact review seal; do
  "$DISCLOSE" "${COMMON[@]}" --log-file "$WORK/logs/$stage.jsonl" stage "$stage" --brokers "$BROKERS" \
    --auto-approve --out "$WORK/out" &
  PIDS+=($!)
done
bundle_id=$("$DISCLOSE" "${COMMON[@]}" submit "$ROOT/samples/bundle-a" --brokers "$BROKERS")
[[ "$bundle_id" =~ ^b-[0-9a-f]{24}$ ]] || fail "submit printed no bundle id"
wait_for_file "$WORK/out/$bundle_id.pack" 180 || fail "no pack after 180 s"
for _ in $(seq 1 30); do
  sealed=$(dump_topic disclose.sealed.v1)
  [ -n "$sealed" ] && break
  sleep 1
done
echo "$sealed" | grep -q "\"bundle_id\":\"$bundle_id\"" || fail "no committed sealed record for the bundle"
[ "$(echo "$sealed" | wc -l)" -eq 1 ] || fail "expected exactly one sealed record"
for pid in "${PIDS[@]}"; do kill -TERM "$pid"; done
for pid in "${PIDS[@]}"; do wait "$pid" || fail "a stage process exited non-zero after SIGTERM"; done
PIDS=()
pass "five stage processes stopped cleanly"
check_pack "$WORK/out/$bundle_id.pack" "$WORK/opened" "$ROOT/samples/bundle-a.expect.json" "$WORK/keys/signing.pub"

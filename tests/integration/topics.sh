#!/usr/bin/env bash
# `disclose topics create` applies the topic plan on the real broker: the built-in retention
# and cleanup per topic, a YAML file's overrides (partitions, replication, configs), and on a
# second run reports where existing topics differ from the plan; `topics describe` shows it.
# Bad plans are refused with exit 2 and the key named.
source "$(dirname "$0")/lib.sh"
T=(--topic-prefix "$PREFIX" --log-file "$WORK/topics.jsonl")

# 1. A plan file over the built-in plan (one broker here: replication 1).
cat > "$WORK/plan.yaml" <<'YAML'
partitions: 3
replication_factor: 1
config:
  min.insync.replicas: 1
topics:
  disclose.deadletter.v1:
    partitions: 2
    config:
      retention.ms: 15552000000
YAML
"$DISCLOSE" "${T[@]}" topics create --brokers "$BROKERS" --topics-config "$WORK/plan.yaml" > "$WORK/create.out" \
  || fail "topics create exited $?"
grep -q "topics ready: 9" "$WORK/create.out" || fail "topics create did not report 9 topics: $(cat "$WORK/create.out")"
"$DISCLOSE" "${T[@]}" topics describe --brokers "$BROKERS" --json > "$WORK/describe.json" || fail "topics describe failed"
q() { jq -r "$1" "$WORK/describe.json"; }
[ "$(q '."disclose.intake.v1".partitions')" = 3 ] || fail "intake has $(q '."disclose.intake.v1".partitions') partitions, not 3"
[ "$(q '."disclose.deadletter.v1".partitions')" = 2 ] || fail "the per-topic partitions were not applied"
[ "$(q '."disclose.intake.v1".config."retention.ms"')" = 1209600000 ] || fail "flow topic retention is not 14 days"
[ "$(q '."disclose.intake.v1".config."cleanup.policy"')" = delete ] || fail "flow topic cleanup is not delete"
[ "$(q '."disclose.quarantine.v1".config."retention.ms"')" = 7776000000 ] || fail "quarantine retention is not 90 days"
[ "$(q '."disclose.deadletter.v1".config."retention.ms"')" = 15552000000 ] || fail "the per-topic retention was not applied"
[ "$(q '."disclose.deadletter.replayed.v1".config."cleanup.policy"')" = compact ] || fail "replay markers are not compacted"
[ "$(q '."disclose.deadletter.replayed.v1".partitions')" = 1 ] || fail "replay markers have more than one partition"
[ "$(q '."disclose.sealed.v1".replication_factor')" = 1 ] || fail "replication factor not reported"
pass "topics created to the plan (partitions, retention, cleanup, per-topic overrides)"

# 2. Re-running with another plan leaves the topics alone and names the differences.
sed -i 's/15552000000/86400000/' "$WORK/plan.yaml"
"$DISCLOSE" "${T[@]}" topics create --brokers "$BROKERS" --topics-config "$WORK/plan.yaml" \
  > "$WORK/again.out" 2> "$WORK/again.err" || fail "a second topics create exited $?"
grep -q "disclose.deadletter.v1 exists with retention.ms=15552000000, the plan says 86400000" "$WORK/again.err" \
  || fail "the retention difference was not reported: $(cat "$WORK/again.err")"
"$DISCLOSE" "${T[@]}" topics describe --brokers "$BROKERS" > "$WORK/table.out" || fail "topics describe failed"
grep -Eq "^disclose\.deadletter\.v1 +2 +1 +delete +15552000000" "$WORK/table.out" \
  || fail "describe does not show the unchanged dead-letter topic: $(cat "$WORK/table.out")"
pass "a second create leaves existing topics as they are and reports the drift"

# 3. Bad plans: exit 2, the offending key named, nothing created.
printf 'topics:\n  disclose.nosuch.v1:\n    partitions: 2\n' > "$WORK/bad1.yaml"
printf 'partitions: 0\n' > "$WORK/bad2.yaml"
printf 'retention: 5\n' > "$WORK/bad3.yaml"
for bad in bad1 bad2 bad3; do
  set +e
  "$DISCLOSE" --topic-prefix "${PREFIX}b." topics create --brokers "$BROKERS" --topics-config "$WORK/$bad.yaml" \
    > /dev/null 2> "$WORK/$bad.err"
  code=$?
  set -e
  [ "$code" = 2 ] || fail "$bad plan exited $code, not 2"
done
grep -q "topics.disclose.nosuch.v1 is not a disclose topic" "$WORK/bad1.err" || fail "unknown topic not named"
grep -q "partitions must be a positive number" "$WORK/bad2.err" || fail "bad partitions not named"
grep -q "unknown key retention" "$WORK/bad3.err" || fail "unknown key not named"
pass "bad plans refused with the key named"

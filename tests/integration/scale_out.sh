#!/usr/bin/env bash
# Scale-out: two `disclose stage extract` and two `disclose stage redact` processes (different
# --instance, one consumer group each) on 4-partition topics. Both instances of each stage
# receive partitions (their kafka.partitions_assigned log lines) and every bundle is sealed.
# Then one extract and one redact process are killed with SIGKILL; the survivors take over
# their partitions and the bundles submitted afterwards are sealed too.
source "$(dirname "$0")/lib.sh"
"$DISCLOSE" "${COMMON[@]}" topics create --brokers "$BROKERS" --partitions 4 >/dev/null
mkdir -p "$WORK/logs"

# make_bundle NAME SOURCE: a copy of samples/SOURCE with its own request id (so its own bundle id).
make_bundle() {
  local dir=$WORK/bundles/$1
  mkdir -p "$dir"
  cp "$ROOT/samples/$2"/*.pdf "$dir/"
  jq --arg r "SAR-SCALE-$1" '.request_id = $r | del(.documents)' "$ROOT/samples/$2/bundle.json" > "$dir/bundle.json"
  echo "$dir"
}

declare -A STAGE_PID
start() {  # start NAME INSTANCE
  "$DISCLOSE" "${COMMON[@]}" --log-file "$WORK/logs/$1-$2.jsonl" stage "$1" --instance "$2" --brokers "$BROKERS" \
    --auto-approve --out "$WORK/out" &
  PIDS+=($!)
  STAGE_PID[$1-$2]=$!
}
start extract e1; start extract e2
start redact r1; start redact r2
start detect 0; start review 0; start seal 0

# Waits until every bundle id in $@ has a pack; fails after 240 s.
wait_packs() {
  for _ in $(seq 1 240); do
    local missing=0
    for id in "$@"; do [ -f "$WORK/out/$id.pack" ] || missing=1; done
    [ "$missing" -eq 0 ] && return 0
    sleep 1
  done
  fail "not every bundle was sealed within 240 s"
}

first=()
for n in 1 2 3 4 5 6; do
  src=bundle-a; [ $((n % 2)) -eq 0 ] && src=bundle-b
  first+=("$(make_bundle "first-$n" $src)")
done
mapfile -t ids < <("$DISCLOSE" "${COMMON[@]}" --log-file "$WORK/logs/submit.jsonl" submit "${first[@]}" --brokers "$BROKERS")
[ "${#ids[@]}" -eq 6 ] || fail "submit printed ${#ids[@]} bundle ids, expected 6"
wait_packs "${ids[@]}"
pass "6 bundles sealed with two extract and two redact processes"

# Partitions each instance held (union over its assignments).
held() { jq -r 'select(.event == "kafka.partitions_assigned") | .partitions[]' "$WORK/logs/$1.jsonl" | sort -u | tr '\n' ' '; }
for inst in extract-e1 extract-e2 redact-r1 redact-r2; do
  parts=$(held "$inst")
  [ -n "$parts" ] || fail "$inst was never assigned a partition"
  echo "  $inst held partitions: $parts"
done
pass "both instances of extract and of redact received partitions"

# Kill one instance of each scaled stage; the survivors must take over all 4 partitions.
kill -9 "${STAGE_PID[extract-e2]}" "${STAGE_PID[redact-r1]}"
wait "${STAGE_PID[extract-e2]}" 2>/dev/null || true
wait "${STAGE_PID[redact-r1]}" 2>/dev/null || true
second=()
for n in 1 2 3 4; do
  src=bundle-b; [ $((n % 2)) -eq 0 ] && src=bundle-a
  second+=("$(make_bundle "second-$n" $src)")
done
mapfile -t ids2 < <("$DISCLOSE" "${COMMON[@]}" --log-file "$WORK/logs/submit.jsonl" submit "${second[@]}" --brokers "$BROKERS")
[ "${#ids2[@]}" -eq 4 ] || fail "submit printed ${#ids2[@]} bundle ids, expected 4"
wait_packs "${ids2[@]}"
for inst in extract-e1 redact-r2; do
  last=$(jq -c 'select(.event == "kafka.partitions_assigned") | .count' "$WORK/logs/$inst.jsonl" | tail -1)
  [ "$last" = 4 ] || fail "$inst did not take over all 4 partitions (last assignment: $last)"
done
pass "after kill -9 of extract-e2 and redact-r1 the survivors took all 4 partitions; 4 more bundles sealed"

# The seal stage writes a pack before its transaction commits the sealed record, so the last
# records may become readable (read_committed) a moment after the last pack appears.
for _ in $(seq 1 30); do
  sealed=$(dump_topic disclose.sealed.v1 | cut -f2 | jq -r .bundle_id | sort)
  [ "$(echo "$sealed" | grep -c .)" -ge 10 ] && break
  sleep 1
done
[ "$(echo "$sealed" | grep -c .)" -eq 10 ] && [ "$(echo "$sealed" | uniq | grep -c .)" -eq 10 ] \
  || fail "expected exactly one sealed record for each of the 10 bundles (got $(echo "$sealed" | grep -c .))"
redacted=$(dump_topic disclose.redacted.v1 | cut -f2 | jq -r .document_id | sort)
[ "$(echo "$redacted" | uniq -d | wc -l)" -eq 0 ] || fail "a document has more than one committed redacted record"
pass "10 sealed records, one per bundle; $(echo "$redacted" | wc -l) redacted records, none duplicated"

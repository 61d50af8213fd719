#!/usr/bin/env bash
# Operators' view: `disclose stage --metrics-port` serves /healthz, /readyz and Prometheus
# /metrics (records in and out, pages, findings by category, latency histogram, consumer lag
# from librdkafka statistics); `disclose status` shows per-stage lag and bundles in flight,
# readable and --json; the stage exits 0 on SIGTERM and the port closes.
source "$(dirname "$0")/lib.sh"
"$DISCLOSE" "${COMMON[@]}" topics create --brokers "$BROKERS" >/dev/null
mkdir -p "$WORK/logs"
base=$(free_port_base 5)
declare -A PORT=([extract]=$base [detect]=$((base + 1)) [redact]=$((base + 2)) [review]=$((base + 3)) [seal]=$((base + 4)))
for stage in extract detect redact review seal; do
  "$DISCLOSE" "${COMMON[@]}" --log-file "$WORK/logs/$stage.jsonl" stage "$stage" --brokers "$BROKERS" \
    --auto-approve --out "$WORK/out" --metrics-port "${PORT[$stage]}" &
  PIDS+=($!)
done
get() { curl -s -o "$WORK/body" -w '%{http_code}' "http://127.0.0.1:$1$2" || true; }
for _ in $(seq 1 60); do [ "$(get "${PORT[extract]}" /readyz)" = 200 ] && break; sleep 1; done
[ "$(get "${PORT[extract]}" /readyz)" = 200 ] || fail "/readyz of extract did not become 200"
[ "$(get "${PORT[extract]}" /healthz)" = 200 ] || fail "/healthz of extract is not 200"
pass "/healthz and /readyz answer 200"

bundle_id=$("$DISCLOSE" "${COMMON[@]}" submit "$ROOT/samples/bundle-a" --brokers "$BROKERS")
wait_for_file "$WORK/out/$bundle_id.pack" 180 || fail "no pack after 180 s"
sleep 6  # one statistics interval (5 s) for the consumer lag gauge
[ "$(get "${PORT[extract]}" /metrics)" = 200 ] || fail "/metrics of extract is not 200"
cp "$WORK/body" "$WORK/extract.prom"
metric() { grep -E "^$1 " "$2" | awk '{print $2}'; }
[ "$(metric 'disclose_records_in_total\{stage="extract"\}' "$WORK/extract.prom")" = 3 ] \
  || fail "extract's records_in is not 3: $(grep records_in "$WORK/extract.prom")"
[ "$(metric 'disclose_records_out_total\{stage="extract",topic="disclose.extracted.v1"\}' "$WORK/extract.prom")" = 3 ] \
  || fail "extract's records_out is not 3"
[ "$(metric 'disclose_process_seconds_count\{stage="extract"\}' "$WORK/extract.prom")" = 3 ] \
  || fail "extract's latency histogram does not count 3 records"
grep -q '^disclose_process_seconds_bucket{stage="extract",le="+Inf"} 3$' "$WORK/extract.prom" || fail "no +Inf bucket"
grep -q '^# TYPE disclose_process_seconds histogram$' "$WORK/extract.prom" || fail "no histogram TYPE line"
pages=$(metric 'disclose_pages_total\{stage="extract"\}' "$WORK/extract.prom")
[ "${pages:-0}" -ge 3 ] || fail "extract counted ${pages:-no} pages"
grep -qE '^disclose_consumer_lag\{stage="extract",topic="disclose.intake.v1",partition="[0-3]"\} [0-9]+$' \
  "$WORK/extract.prom" || fail "no consumer lag gauge from librdkafka statistics"
[ "$(metric 'disclose_dead_lettered_total\{stage="extract"\}' "$WORK/extract.prom")" = 0 ] || fail "dead letters counted"
get "${PORT[detect]}" /metrics > /dev/null
grep -qE '^disclose_findings_total\{stage="detect",category="[a-z_]+"\} [1-9]' "$WORK/body" \
  || fail "detect reports no findings by category"
pass "/metrics: records in/out, pages, findings by category, latency histogram, consumer lag"

"$DISCLOSE" "${COMMON[@]}" status --brokers "$BROKERS" --json > "$WORK/status.json" || fail "disclose status --json failed"
jq -e '(.stages | length) == 5 and .bundles_sealed == 1 and (.in_flight | length) == 0 and .dead_letters.total == 0
       and .quarantined == 0 and all(.stages[]; (.partitions | length) == 4)
       and all(.stages[]; .lag == 0)' "$WORK/status.json" >/dev/null \
  || fail "status --json is not as expected: $(jq -c . "$WORK/status.json")"
jq -e '.stages[] | select(.stage == "extract") | .partitions | map(select(.committed > 0)) | length == 1' \
  "$WORK/status.json" >/dev/null || fail "extract's committed offset is missing from status"
"$DISCLOSE" "${COMMON[@]}" status --brokers "$BROKERS" > "$WORK/status.txt" || fail "disclose status failed"
grep -qE '^extract +disclose.intake.v1' "$WORK/status.txt" && grep -q 'bundles sealed: 1, in flight: 0' "$WORK/status.txt" \
  || fail "status table is not as expected: $(cat "$WORK/status.txt")"
pass "disclose status shows lag per stage and partition (0 once caught up, markers not counted), nothing in flight, 1 sealed"

for pid in "${PIDS[@]}"; do kill -TERM "$pid"; done
for pid in "${PIDS[@]}"; do wait "$pid" || fail "a stage exited non-zero after SIGTERM"; done
PIDS=()
[ "$(get "${PORT[extract]}" /healthz)" = 000 ] || fail "the metrics port is still open after the stage stopped"
pass "stages stopped with exit 0 on SIGTERM and closed their metrics ports"

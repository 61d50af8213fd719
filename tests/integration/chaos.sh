#!/usr/bin/env bash
# Exactly once under crashes, on the real broker: 60 documents in 8 bundles go through one
# `disclose stage` process per stage while a driver kill -9s a random stage process every 2-4
# seconds and restarts it with the same --instance (at least 20 kills). Afterwards, read
# committed: every document has exactly one redacted record, every bundle exactly one sealed
# record and one pack, and the documents in each pack are identical to those of a run of the
# same bundles without kills. Prints the kill count and the document counts.
# The chaos run's extract and redact use --concurrency 3.
# CHAOS_MIN_KILLS overrides the minimum number of kills (default 20).
source "$(dirname "$0")/lib.sh"
MIN_KILLS=${CHAOS_MIN_KILLS:-20}
STAGES=(extract detect redact review seal)

# 8 bundles, 60 documents: 4 copies of bundle-a with 8 documents, 4 of bundle-b with 7.
make_bundle() {  # NAME SOURCE DOCUMENTS
  local dir=$WORK/bundles/$1 n=0
  mkdir -p "$dir"
  local pdfs=("$ROOT/samples/$2"/*.pdf)
  while [ "$n" -lt "$3" ]; do
    local src=${pdfs[$((n % ${#pdfs[@]}))]}
    cp "$src" "$dir/$(printf '%02d' "$n")-$(basename "$src")"
    n=$((n + 1))
  done
  jq --arg r "SAR-CHAOS-$1" '.request_id = $r | del(.documents)' "$ROOT/samples/$2/bundle.json" > "$dir/bundle.json"
}
BUNDLES=()
for n in 1 2 3 4; do
  make_bundle "a$n" bundle-a 8; BUNDLES+=("$WORK/bundles/a$n")
  make_bundle "b$n" bundle-b 7; BUNDLES+=("$WORK/bundles/b$n")
done
DOCS=60

declare -A STAGE_PID
# start_stage RUN STAGE: one stage process of run RUN (its own prefix, store and outbox).
# The chaos run's extract and redact work on 3 records at once (offsets commit up to the lowest
# unfinished one); the reference run is serial, so its packs are the yardstick for both.
start_stage() {
  local extra=()
  if [ "$1" = chaos ] && { [ "$2" = extract ] || [ "$2" = redact ]; }; then extra=(--concurrency 3); fi
  "$DISCLOSE" --store "$WORK/$1/store" --topic-prefix "$PREFIX$1." --signing-key "$WORK/keys/signing" \
    --log-file "$WORK/$1/logs/$2.jsonl" stage "$2" --instance 0 --brokers "$BROKERS" --auto-approve \
    --out "$WORK/$1/out" "${extra[@]}" 2>> "$WORK/$1/logs/$2.err" &
  STAGE_PID[$2]=$!
  PIDS+=($!)
}
submit() {  # RUN BUNDLE...
  local run=$1; shift
  "$DISCLOSE" --store "$WORK/$run/store" --topic-prefix "$PREFIX$run." --signing-key "$WORK/keys/signing" \
    --log-file "$WORK/$run/logs/submit.jsonl" submit "$@" --brokers "$BROKERS" >> "$WORK/$run/ids"
}
packs() { find "$WORK/$1/out" -maxdepth 1 -name '*.pack' | wc -l; }
stop_all() {
  for s in "${STAGES[@]}"; do kill -TERM "${STAGE_PID[$s]}" 2>/dev/null || true; done
  for s in "${STAGES[@]}"; do wait "${STAGE_PID[$s]}" 2>/dev/null || true; done
  PIDS=()
}

started=$(date +%s)
# 1. The reference run, without kills.
mkdir -p "$WORK/base/logs" "$WORK/base/out"
"$DISCLOSE" --topic-prefix "${PREFIX}base." --log-file "$WORK/base/logs/topics.jsonl" topics create --brokers "$BROKERS" >/dev/null
for s in "${STAGES[@]}"; do start_stage base "$s"; done
submit base "${BUNDLES[@]}"
for _ in $(seq 1 300); do [ "$(packs base)" -ge 8 ] && break; sleep 1; done
[ "$(packs base)" -eq 8 ] || fail "the reference run sealed $(packs base) of 8 bundles"
stop_all
base_s=$(( $(date +%s) - started ))
pass "reference run: 8 bundles sealed in ${base_s} s"

# 2. The chaos run: bundles submitted one every 5 s while stage processes are killed.
started=$(date +%s)
mkdir -p "$WORK/chaos/logs" "$WORK/chaos/out"
"$DISCLOSE" --topic-prefix "${PREFIX}chaos." --log-file "$WORK/chaos/logs/topics.jsonl" topics create --brokers "$BROKERS" >/dev/null
for s in "${STAGES[@]}"; do start_stage chaos "$s"; done
( for b in "${BUNDLES[@]}"; do submit chaos "$b"; sleep 5; done ) &
submitter=$!
kills=0
declare -A KILLED
deadline=$((started + 270))
while [ "$kills" -lt "$MIN_KILLS" ] || [ "$(packs chaos)" -lt 8 ] || kill -0 "$submitter" 2>/dev/null; do
  [ "$(date +%s)" -lt "$deadline" ] || break
  sleep $((2 + RANDOM % 3))
  victim=${STAGES[$((RANDOM % ${#STAGES[@]}))]}
  kill -9 "${STAGE_PID[$victim]}" 2>/dev/null || fail "stage $victim had exited before it was killed"
  wait "${STAGE_PID[$victim]}" 2>/dev/null || true
  kills=$((kills + 1))
  KILLED[$victim]=$(( ${KILLED[$victim]:-0} + 1 ))
  start_stage chaos "$victim"
done
wait "$submitter" || fail "submitting the bundles failed"
# Let the pipeline finish without further kills. A pack is written before its sealed record
# commits (a restarted seal process rewrites it), so wait for the committed sealed records.
dump() { kcat -b "$BROKERS" -C -t "${PREFIX}chaos.$1" -e -q -X isolation.level=read_committed -f '%s\n' 2>/dev/null; }
for _ in $(seq 1 120); do
  [ "$(packs chaos)" -ge 8 ] && [ "$(dump disclose.sealed.v1 | grep -c .)" -ge 8 ] && break
  sleep 1
done
chaos_s=$(( $(date +%s) - started ))
stop_all
echo "  kills: $kills ($(for s in "${STAGES[@]}"; do printf '%s %s  ' "$s" "${KILLED[$s]:-0}"; done))"
[ "$kills" -ge "$MIN_KILLS" ] || fail "only $kills kills before the deadline"
[ "$(packs chaos)" -eq 8 ] || fail "the chaos run sealed $(packs chaos) of 8 bundles in ${chaos_s} s"
pass "chaos run: $kills kills, 8 bundles sealed in ${chaos_s} s"

# 3. Exactly once, read committed.
redacted=$(dump disclose.redacted.v1 | jq -r .document_id | sort)
total=$(echo "$redacted" | grep -c .)
distinct=$(echo "$redacted" | sort -u | grep -c .)
echo "  documents: $DOCS submitted, $total committed redacted records, $distinct distinct documents"
[ "$total" -eq "$DOCS" ] && [ "$distinct" -eq "$DOCS" ] || fail "expected exactly one redacted record per document"
sealed=$(dump disclose.sealed.v1 | jq -r .bundle_id | sort)
[ "$(echo "$sealed" | grep -c .)" -eq 8 ] && [ "$(echo "$sealed" | sort -u | grep -c .)" -eq 8 ] \
  || fail "expected exactly one sealed record per bundle, got: $(echo "$sealed" | uniq -c | tr '\n' ' ')"
diff <(sort "$WORK/base/ids") <(sort "$WORK/chaos/ids") >/dev/null || fail "the two runs have different bundle ids"
pass "$DOCS documents with one committed redacted record each; 8 sealed records, one per bundle"

# 4. The opened packs match the reference run's.
identical=0; same_text=0
while read -r id; do
  for run in base chaos; do
    "$DISCLOSE" open "$WORK/$run/out/$id.pack" --key "$DEMO_KEY" --signer "$WORK/keys/signing.pub" \
      --out "$WORK/$run/opened/$id" >/dev/null || fail "the $run pack of $id does not open"
  done
  for pdf in "$WORK/base/opened/$id"/documents/*.pdf; do
    other=$WORK/chaos/opened/$id/documents/$(basename "$pdf")
    [ -f "$other" ] || fail "$(basename "$pdf") of $id is missing from the chaos pack"
    if cmp -s "$pdf" "$other"; then
      identical=$((identical + 1))
    elif [ "$(pdftotext "$pdf" -)" = "$(pdftotext "$other" -)" ]; then
      same_text=$((same_text + 1))
    else
      fail "$(basename "$pdf") of $id differs between the runs"
    fi
  done
  [ "$(ls "$WORK/base/opened/$id/documents" | wc -l)" -eq "$(ls "$WORK/chaos/opened/$id/documents" | wc -l)" ] \
    || fail "the packs of $id hold different numbers of documents"
  jq -S 'del(.redactions[].decided_at)' "$WORK/base/opened/$id/schedule.json" > "$WORK/s1.json"
  jq -S 'del(.redactions[].decided_at)' "$WORK/chaos/opened/$id/schedule.json" > "$WORK/s2.json"
  cmp -s "$WORK/s1.json" "$WORK/s2.json" || fail "the schedules of $id differ between the runs"
done < "$WORK/base/ids"
echo "  opened documents: $identical byte-identical, $same_text with identical text"
[ $((identical + same_text)) -eq "$DOCS" ] || fail "compared $((identical + same_text)) documents, expected $DOCS"
pass "every opened document matches the run without kills"

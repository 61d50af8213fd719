#!/usr/bin/env bash
# The deploy files run as written, on the real broker (there is no systemd or Docker here, so
# tests/integration/support/launch_spec.py builds each command line the way systemd and
# compose would): every systemd unit passes `systemd-analyze verify`; the five units, started
# from disclose.env.example's keys, take a bundle to a pack and stop with exit 0 on SIGTERM;
# the compose services' commands (topics, then the five stages) do the same. Only machine
# paths are rewritten (binary, /var/lib/disclose, /var/log/disclose, client.properties), the
# metrics ports made unique (compose gives each container its own network), and a topic prefix
# added to keep this run apart.
source "$(dirname "$0")/lib.sh"
SPEC="$ROOT/tests/integration/support/launch_spec.py"
STAGES=(extract detect redact review seal)
: > "$WORK/client.properties"
echo "client.id=disclose-deploy-test" > "$WORK/client.properties"

# 1. Unit syntax.
mkdir -p "$WORK/units"
for stage in "${STAGES[@]}"; do
  sed "s|/usr/local/bin/disclose|$DISCLOSE|" "$ROOT/deploy/systemd/disclose-$stage@.service" \
    > "$WORK/units/disclose-$stage@.service"
  ln -s "disclose-$stage@.service" "$WORK/units/disclose-$stage@it1.service"
done
(cd "$WORK/units" && systemd-analyze verify --man=no ./disclose-*@it1.service) > "$WORK/verify.out" 2>&1 \
  || fail "systemd-analyze verify failed: $(cat "$WORK/verify.out")"
if grep -v -e 'Failed to resolve user' -e 'Failed to resolve group' "$WORK/verify.out" | grep -q .; then
  fail "systemd-analyze verify reports: $(cat "$WORK/verify.out")"
fi
pass "systemd units verify"

# wait_pack DIR: a pack appears in DIR within 120 s.
wait_pack() { wait_for_file "$1/*.pack" 120 || fail "no pack in $1 after 120 s"; }
# stop_all: SIGTERM every started process; each must exit 0.
stop_all() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid"; done
  for pid in "${PIDS[@]}"; do wait "$pid" || fail "a process started from $1 exited $? after SIGTERM"; done
  PIDS=()
}
healthy() {  # PORT...
  for port in "$@"; do
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && continue 2; sleep 0.5; done
    fail "no /healthz on port $port"
  done
}

# 2. systemd: the units' ExecStart lines with the example environment file's keys.
SD=$WORK/sd
mkdir -p "$SD/log" "$SD/outbox"
sed -e "s|^DISCLOSE_BROKERS=.*|DISCLOSE_BROKERS=$BROKERS|" -e "s|^DISCLOSE_KAFKA_CONFIG=.*|DISCLOSE_KAFKA_CONFIG=$WORK/client.properties|" \
    -e "s|/var/lib/disclose|$SD|" -e "s|^DISCLOSE_REVIEW_ARGS=.*|DISCLOSE_REVIEW_ARGS=--auto-approve|" \
    "$ROOT/deploy/systemd/disclose.env.example" > "$SD/disclose.env"
for key in DISCLOSE_BROKERS DISCLOSE_KAFKA_CONFIG DISCLOSE_STORE DISCLOSE_SIGNING_KEY DISCLOSE_OUTBOX; do
  grep -q "^$key=" "$SD/disclose.env" || fail "disclose.env.example has no $key"
done
"$DISCLOSE" --topic-prefix "${PREFIX}sd." --log-file "$SD/log/topics.jsonl" topics create --brokers "$BROKERS" >/dev/null
base=$(free_port_base 15); ports=()
for i in "${!STAGES[@]}"; do
  stage=${STAGES[$i]}; port=$((base + i)); ports+=("$port")
  mapfile -d '' argv < <(python3 "$SPEC" unit "$ROOT/deploy/systemd/disclose-$stage@.service" it1 "$SD/disclose.env" \
    "DISCLOSE_METRICS_PORT_$stage=$port")
  [ "${argv[0]}" = /usr/local/bin/disclose ] || fail "the $stage unit runs ${argv[0]}, not /usr/local/bin/disclose"
  argv[0]=$DISCLOSE
  for j in "${!argv[@]}"; do argv[$j]=${argv[$j]//\/var\/log\/disclose/$SD/log}; done
  "${argv[@]}" --topic-prefix "${PREFIX}sd." 2> "$SD/log/$stage.err" &
  PIDS+=($!)
done
healthy "${ports[@]}"
"$DISCLOSE" --store "$SD/store" --topic-prefix "${PREFIX}sd." --log-file "$SD/log/submit.jsonl" \
  submit "$ROOT/samples/bundle-a" --brokers "$BROKERS" > /dev/null || fail "submit failed"
wait_pack "$SD/outbox"
ls "$SD/log"/extract-it1.jsonl > /dev/null || fail "the extract unit did not log to its --log-file"
stop_all "a systemd unit"
pass "the five systemd units seal a bundle and stop cleanly"

# 3. compose: each service's command in its shell, with its environment and volumes.
CO=$WORK/co
mkdir -p "$CO/shared/keys" "$CO/bin" "$CO/log"
ln -s "$DISCLOSE" "$CO/bin/disclose"
compose_run() {  # SERVICE PORT: starts the service's command in the background
  local json; json=$(python3 "$SPEC" compose "$ROOT/deploy/compose/compose.yaml" "$1" "DISCLOSE_BROKERS=$BROKERS" \
    "DISCLOSE_REVIEW_ARGS=--auto-approve")
  jq -e '.entrypoint == ["/bin/sh", "-c"]' <<<"$json" >/dev/null || fail "compose service $1 has another entrypoint"
  jq -e '.volumes | index("disclose-shared:/var/lib/disclose") != null' <<<"$json" >/dev/null \
    || fail "compose service $1 does not mount the shared store"
  local cmd; cmd=$(jq -r .command <<<"$json")
  cmd=${cmd//\/var\/lib\/disclose/$CO/shared}
  cmd=${cmd//\/etc\/disclose\/client.properties/$WORK/client.properties}
  cmd=${cmd//--metrics-port 9464/--metrics-port $2}
  local envs=()
  while IFS= read -r kv; do envs+=("${kv//\/var\/lib\/disclose/$CO/shared}"); done < <(jq -r '.environment | to_entries[] | "\(.key)=\(.value)"' <<<"$json")
  env "${envs[@]}" PATH="$CO/bin:$PATH" /bin/sh -c "$cmd --topic-prefix ${PREFIX}co. --log-file $CO/log/$1.jsonl" \
    2> "$CO/log/$1.err" &
}
compose_run topics 0
wait $! || fail "the compose topics service failed: $(cat "$CO/log/topics.err")"
base=$((base + 10)); ports=()
for i in "${!STAGES[@]}"; do
  compose_run "${STAGES[$i]}" $((base + i)); PIDS+=($!); ports+=($((base + i)))
done
healthy "${ports[@]}"
"$DISCLOSE" --store "$CO/shared/store" --topic-prefix "${PREFIX}co." --log-file "$CO/log/submit.jsonl" \
  submit "$ROOT/samples/bundle-b" --brokers "$BROKERS" > /dev/null || fail "submit failed"
wait_pack "$CO/shared/outbox"
stop_all "a compose service"
pass "the compose services seal a bundle and stop cleanly"

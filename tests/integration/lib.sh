# Shared helpers for the integration tests (sourced, not run). Each test gets a fresh work
# folder and a unique topic prefix, so tests never see each other's records on the broker.
# Environment: DISCLOSE (the binary), ROOT (the project), DISCLOSE_TEST_BROKERS.
set -euo pipefail
: "${DISCLOSE:?}" "${ROOT:?}"
BROKERS=${DISCLOSE_TEST_BROKERS:-127.0.0.1:19092}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/disclose-it.XXXXXX")
PREFIX="it$(date +%s%N | tail -c 9)$$."
COMMON=(--store "$WORK/store" --topic-prefix "$PREFIX" --signing-key "$WORK/keys/signing")
PIDS=()
# git does not keep mode 0600, which disclose requires of secret key files.
DEMO_KEY=$WORK/demo-recipient.key
install -m 600 "$ROOT/samples/keys/demo-recipient.key" "$DEMO_KEY"
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

# The first of $1 consecutive TCP ports that are free on this machine now, below the kernel's
# range for outgoing connections (32768 and up here), where a client socket of the broker's or
# a stage's could take one between this pick and the stage binding it.
free_port_base() {
  python3 - "$1" <<'PY'
import random, socket, sys
count = int(sys.argv[1])
low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
for _ in range(500):
    base = random.randrange(20000, low - count)
    taken = False
    for port in range(base, base + count):
        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind(("0.0.0.0", port))
            except OSError:
                taken = True
                break
    if not taken:
        print(base)
        sys.exit(0)
sys.exit("no free run of ports")
PY
}

# Every record of a topic (prefixed), one "key<TAB>value" line each, read committed.
dump_topic() {
  kcat -b "$BROKERS" -C -t "$PREFIX$1" -e -q -X isolation.level=read_committed -f '%k\t%s\n' 2>/dev/null || true
}

# Waits up to $2 seconds for a file matching glob $1.
wait_for_file() {
  local glob=$1 limit=$2
  for _ in $(seq 1 "$limit"); do
    compgen -G "$glob" >/dev/null && return 0
    sleep 1
  done
  return 1
}

# Opens pack $1 with the demo key into $2 and checks every PDF in it against expect file $3:
# no third-party value is extractable by pdftotext, every subject value is.
check_pack() {
  local pack=$1 dir=$2 expect=$3 signer=$4
  "$DISCLOSE" open "$pack" --key "$DEMO_KEY" --signer "$signer" --out "$dir" >/dev/null \
    || fail "disclose open could not open $(basename "$pack")"
  local text=$dir/all.txt
  : > "$text"
  local n=0
  for pdf in "$dir"/documents/*.pdf; do
    pdftotext -layout "$pdf" - >> "$text" || fail "pdftotext could not read $(basename "$pdf")"
    n=$((n + 1))
  done
  [ "$n" -gt 0 ] || fail "pack $(basename "$pack") holds no documents"
  local squashed; squashed=$(tr -d ' \n' < "$text" | tr '[:upper:]' '[:lower:]')
  while IFS= read -r value; do
    local v; v=$(printf '%s' "$value" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
    if grep -qF -- "$v" <<<"$squashed"; then fail "a third-party value from $(basename "$expect") survived in $(basename "$pack")"; fi
  done < <(jq -r '.third_party[]' "$expect")
  while IFS= read -r value; do
    local v; v=$(printf '%s' "$value" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
    grep -qF -- "$v" <<<"$squashed" || fail "a subject value from $(basename "$expect") is missing from $(basename "$pack")"
  done < <(jq -r '.subject[]' "$expect")
  pass "$(basename "$pack"): $n documents, third-party values gone, subject values kept"
}

#!/usr/bin/env bash
# Command 1 of the README: installs what is missing, builds, and pushes the sample bundles
# through all six stages on the embedded Kafka (librdkafka's in-process mock cluster, no
# broker to set up), writing one sealed pack per bundle under out/, then opens each pack
# into out/opened/<pack>/ with the demo recipient key to show what a recipient receives.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
deploy/install-deps.sh
deploy/build.sh
rm -rf out
chmod 600 samples/keys/demo-recipient.key  # git does not keep the mode disclose requires of secret keys
status=0
build/disclose run samples/bundle-a samples/bundle-b --out out --auto-approve --log-file var/log/demo.jsonl || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  echo "demo: disclose run failed (exit $status); logs in var/log/demo.jsonl" >&2
  exit "$status"
fi
for pack in out/*.pack; do
  build/disclose open "$pack" --key samples/keys/demo-recipient.key --signer out/signing.pub \
    --out "out/opened/$(basename "$pack" .pack)"
done
echo "demo: packs in out/, opened copies in out/opened/ (exit $status)"
exit "$status"

#!/usr/bin/env bash
# Command 2 of the README (and all that .ci/run does): installs what is missing, builds,
# starts a real single-node Apache Kafka (KRaft) from deploy/kafka, runs every test (unit,
# integration against that broker, rule examples), and stops Kafka again.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
deploy/install-deps.sh
deploy/build.sh
# PDF robustness: the shared corpus and the fuzz target under ASan+UBSan (own build, build-asan/).
tests/robustness/run-pdf-robustness.sh
export KAFKA_PORT=${KAFKA_PORT:-19092}
KAFKA_FRESH=1 deploy/kafka/kafka.sh start
trap 'deploy/kafka/kafka.sh stop >/dev/null' EXIT
export DISCLOSE_TEST_BROKERS=127.0.0.1:$KAFKA_PORT
build/disclose rules test
ctest --test-dir build --output-on-failure --timeout 900 -j1

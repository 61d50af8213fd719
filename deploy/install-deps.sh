#!/usr/bin/env bash
# Installs every Debian 12 package disclose needs to build, test and run.
# Idempotent: only missing packages are installed. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # libraries the product links
  librdkafka-dev libpodofo-dev libtesseract-dev libleptonica-dev tesseract-ocr-eng
  libre2-dev libsodium-dev libssl-dev zlib1g-dev libqpdf-dev
  nlohmann-json3-dev libvalijson-dev libspdlog-dev libfmt-dev libcli11-dev
  libcpp-httplib-dev libyaml-cpp-dev libabsl-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev poppler-utils qpdf kcat jq curl bc
  # deploy files test: systemd-analyze verify, compose.yaml read by python3-yaml
  systemd python3 python3-yaml
  # sample PDF generator (tests/tools/pdfgen): FreeType and the fonts it embeds
  libfreetype-dev fonts-dejavu-core fonts-urw-base35
  # fuzzing (libFuzzer and its sanitizer runtimes)
  clang libclang-rt-14-dev
  # the real Kafka broker for tests (Java only runs the broker)
  openjdk-17-jre-headless maven
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"

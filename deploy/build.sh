#!/usr/bin/env bash
# Configures and builds disclose with CMake + Ninja into build/ (BUILD_DIR overrides).
# Extra CMake arguments pass through: deploy/build.sh -DDISCLOSE_SANITIZE=ON
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} "$@" >/dev/null
ninja -C "$BUILD_DIR" -j"$(nproc)"

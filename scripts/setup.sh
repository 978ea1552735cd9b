#!/usr/bin/env bash
# Installs everything lr-sweep needs on a fresh Debian/Ubuntu machine: the system libraries that
# node-canvas builds against (only when missing), then the locked npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in build-essential libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ "${#need[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "lr-sweep setup: installing ${need[*]} (node-canvas builds against them)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi

npm ci --no-audit --no-fund

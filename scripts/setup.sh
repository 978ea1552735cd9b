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

# node-gyp (canvas falls back to it when no prebuilt binary can be downloaded) needs Node's headers;
# point it at the ones installed with Node rather than downloading them.
if [ -z "${npm_config_nodedir:-}" ] && [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^undefined$')" ]; then
  prefix="$(node -p 'require("node:path").resolve(process.execPath, "../..")')"
  [ -f "$prefix/include/node/node.h" ] && export npm_config_nodedir="$prefix"
fi

npm ci --no-audit --no-fund

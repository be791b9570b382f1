#!/usr/bin/env bash
# Installs the npm-based development tools (Azurite) into scripts/node_modules when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -x "$here/node_modules/.bin/azurite" ]; then
  echo "Installing Azurite from npm into scripts/node_modules ..."
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi

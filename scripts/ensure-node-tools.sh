#!/usr/bin/env bash
# Installs the npm-based development tools (Azurite) into scripts/node_modules when missing, and the dashboard's
# vendored Plotly.js (npm package plotly.js-dist-min, pinned in dashboard/package-lock.json) into dashboard/vendor/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -x "$here/node_modules/.bin/azurite" ]; then
  echo "Installing Azurite from npm into scripts/node_modules ..."
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi
dashboard="$here/../dashboard"
plotly="$dashboard/node_modules/plotly.js-dist-min/plotly.min.js"
if [ ! -f "$dashboard/vendor/plotly.min.js" ]; then
  if [ ! -f "$plotly" ]; then
    echo "Installing Plotly.js from npm into dashboard/node_modules ..."
    npm ci --prefix "$dashboard" --no-audit --no-fund --loglevel=error
  fi
  mkdir -p "$dashboard/vendor"
  cp "$plotly" "$dashboard/vendor/plotly.min.js"
fi

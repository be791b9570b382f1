#!/usr/bin/env bash
# Installs the npm-based development tools (Azurite, axe-core) into scripts/node_modules when missing, and the dashboard's
# Plotly.js (npm package plotly.js-dist-min, pinned in dashboard/package-lock.json) into dashboard/node_modules,
# copied to dashboard/vendor/plotly.min.js (git-ignored) when missing or out of date. Nothing is fetched at run time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -x "$here/node_modules/.bin/azurite" ] || [ ! -f "$here/node_modules/axe-core/axe.min.js" ] \
  || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  echo "Installing Azurite and axe-core (browser accessibility tests) from npm into scripts/node_modules ..."
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi
dashboard="$(cd "$here/../dashboard" && pwd)"
plotly="$dashboard/node_modules/plotly.js-dist-min/plotly.min.js"
if [ ! -f "$plotly" ] || [ "$dashboard/package-lock.json" -nt "$dashboard/node_modules/.package-lock.json" ]; then
  echo "Installing Plotly.js from npm into dashboard/node_modules ..."
  npm ci --prefix "$dashboard" --no-audit --no-fund --loglevel=error
fi
if ! cmp -s "$plotly" "$dashboard/vendor/plotly.min.js"; then
  mkdir -p "$dashboard/vendor"
  cp "$plotly" "$dashboard/vendor/plotly.min.js"
fi

#!/usr/bin/env bash
# Restores, builds and runs every test: unit, integration (real Azurite started by the tests, local runner over HTTP)
# and the Bicep build/lint. Prints one closing line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet not found)." >&2; exit 1; }

bash scripts/ensure-node-tools.sh
dotnet restore PohAnalytics.sln -v quiet
dotnet build PohAnalytics.sln -c Release --no-restore -v quiet -nologo

log=$(mktemp)
status=0
# One test assembly at a time: the browser, HTTP and solver suites each start their own Azurite and runner and
# time out when they share two cores.
dotnet test PohAnalytics.sln -c Release --no-build -m:1 2>&1 | tee "$log" || status=$?
passed=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Passed: *([0-9]+).*/\1/' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+),.*/\1/' | awk '{s+=$1} END {print s+0}')
rm -f "$log"

if [ -f scripts/bicep.sh ]; then
  if bash scripts/bicep.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit $status

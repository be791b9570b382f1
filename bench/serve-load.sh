#!/usr/bin/env bash
# Issue 12, serving: drives the published overview snapshot at 1,000 req/s and the filtered overview view at 100 req/s
# (open loop, latency from each request's due time) against a runner with the demo data, and prints the figures and
# target_met lines. Usage: bench/serve-load.sh [seconds, default 20]
set -euo pipefail
seconds=${1:-20}
source "$(dirname "$0")/local-runner.sh"
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
$bench rate --url "$url" --seconds "$seconds" --warmup 3 \
  --drive "1000:10:/api/published/views/overview.json" \
  --drive "100:100:/api/views/overview?dataset=poh-ggz-vragenlijst-2019&employment=practice_employed" || status=$?
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status

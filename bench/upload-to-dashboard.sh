#!/usr/bin/env bash
# Issue 12, upload: times a 10,000-row member poll from POST /api/uploads until the published overview snapshot and the
# overview view list it, on a runner with the demo data, and prints where the time went and a target_met line.
# Usage: bench/upload-to-dashboard.sh [rows, default 10000]
set -euo pipefail
rows=${1:-10000}
source "$(dirname "$0")/local-runner.sh"
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
$bench upload-to-dashboard --url "$url" --key "$key" --rows "$rows" --target-ms 3000

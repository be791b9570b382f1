#!/usr/bin/env bash
# Sourced by the benchmark scripts: builds the runner and the bench in Release, starts a private Azurite (in memory, free
# ports) and the local runner on a free loopback port, uploads the demo data and waits until it is published.
# Sets $url, $key and $bench; stops everything it started on exit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/ensure-node-tools.sh >/dev/null

free_port() { # the first port from $1 upwards that nothing listens on
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

echo "Building the local runner and the bench (Release) ..."
dotnet build functions/PohAnalytics.LocalRunner -c Release -v quiet -nologo >/dev/null
dotnet build bench/PohAnalytics.Bench -c Release -v quiet -nologo >/dev/null
bench="dotnet bench/PohAnalytics.Bench/bin/Release/net10.0/PohAnalytics.Bench.dll"

bench_pids=()
bench_cleanup() { for pid in "${bench_pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap bench_cleanup EXIT INT TERM

blob=$(free_port 20000); queue=$(free_port $((blob + 1))); table=$(free_port $((queue + 1)))
scripts/node_modules/.bin/azurite --silent --inMemoryPersistence --skipApiVersionCheck --loose \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --blobPort "$blob" --queuePort "$queue" --tablePort "$table" \
  >/dev/null 2>&1 &
bench_pids+=($!)
for _ in $(seq 1 60); do (exec 3<>"/dev/tcp/127.0.0.1/$table") 2>/dev/null && break; sleep 0.5; done
account="AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
endpoints="BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1"
export AzureWebJobsStorage="DefaultEndpointsProtocol=http;$account;$endpoints;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
url="http://127.0.0.1:$(free_port 17071)"
key=bench-key
LocalRunner__Urls="$url" LocalRunner__FunctionKey="$key" LocalRunner__WatchDropFolder=false Logging__LogLevel__Default=Warning \
  Logging__LogLevel__PohAnalytics="${RUNNER_LOG_LEVEL:-Warning}" \
  dotnet functions/PohAnalytics.LocalRunner/bin/Release/net10.0/PohAnalytics.LocalRunner.dll >"${RUNNER_LOG:-/dev/null}" &
bench_pids+=($!)
for _ in $(seq 1 120); do curl -fsS "$url/api/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$url/api/health" >/dev/null || { echo "The runner did not become healthy." >&2; exit 1; }

echo "Uploading the demo data to $url ..."
upload() { # file name kind wave
  curl -fsS -H "x-functions-key: $key" -F "file=@$1" -F "name=$2" -F "kind=$3" -F "respondentType=poh-ggz" -F "wave=$4" \
    "$url/api/uploads" | sed -n 's/.*"ingestionId":"\([^"]*\)".*/\1/p'
}
ids=(
  "$(upload scripts/demo-data/poh-ggz-vragenlijst-2019.csv "POH-GGZ vragenlijst 2019" survey 2017-2019)"
  "$(upload scripts/demo-data/ledenpeiling-lv-poh-ggz-2018.xlsx "Ledenpeiling LV POH-GGZ 2018" member-poll 2018)"
  "$(upload scripts/demo-data/open-antwoorden-succesfactoren-2017.csv "Succesfactoren 2017" coded-answers 2017)"
  "$(upload scripts/demo-data/vs-ggz-interviews-codes.csv "Interviews VS GGZ 2020" coded-answers 2020)"
)
for id in "${ids[@]}"; do
  for _ in $(seq 1 300); do
    curl -fsS -H "x-functions-key: $key" "$url/api/uploads/$id" | grep -q '"status":"\(succeeded\|failed\|needs-review\)"' && break
    sleep 0.5
  done
done
# A manual refresh waits for any running one and returns once everything ingested is published.
curl -fsS -X POST -H "x-functions-key: $key" "$url/api/refresh" \
  | sed -n 's/.*"outcome":"\([^"]*\)".*"version":\([0-9]*\).*/Published: \1, version \2/p'; echo

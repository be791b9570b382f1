#!/usr/bin/env bash
# Runs PohAnalytics locally with demo data: Azurite (storage emulator) plus the local runner, which hosts the
# Functions app's own classes on http://localhost:7071. Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"
root="$(pwd)"
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet not found)." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js with npm is required (for Azurite)." >&2; exit 1; }

bash scripts/ensure-node-tools.sh
settings=functions/PohAnalytics.Functions/local.settings.json
[ -f "$settings" ] || cp local.settings.sample.json "$settings"
key=$(sed -n 's/.*"LocalRunner__FunctionKey": *"\([^"]*\)".*/\1/p' "$settings"); key=${key:-local-dev-key}
url=http://localhost:7071

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  echo "Azurite (or another emulator) already listens on 10000-10002: using it."
else
  mkdir -p .azurite
  scripts/node_modules/.bin/azurite --silent --location .azurite --skipApiVersionCheck --loose \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 > .azurite/azurite.log 2>&1 &
  pids+=($!)
fi

echo "Building the local runner ..."
dotnet build functions/PohAnalytics.LocalRunner -c Release -v quiet -nologo
dotnet functions/PohAnalytics.LocalRunner/bin/Release/net10.0/PohAnalytics.LocalRunner.dll &
pids+=($!)

for _ in $(seq 1 120); do
  curl -fsS "$url/api/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "$url/api/health" >/dev/null || { echo "The runner did not become healthy; see the output above." >&2; exit 1; }

upload() { # file name kind wave
  curl -fsS -H "x-functions-key: $key" -F "file=@$1" -F "name=$2" -F "kind=$3" -F "respondentType=poh-ggz" -F "wave=$4" "$url/api/uploads" \
    | sed 's/^/  /'; echo
}
echo "Uploading demo data ..."
upload scripts/demo-data/poh-ggz-vragenlijst-2019.csv "POH-GGZ vragenlijst 2019" survey 2017-2019
upload scripts/demo-data/ledenpeiling-lv-poh-ggz-2018.xlsx "Ledenpeiling LV POH-GGZ 2018" member-poll 2018
upload scripts/demo-data/open-antwoorden-succesfactoren-2017.csv "Succesfactoren 2017" coded-answers 2017
upload scripts/demo-data/vs-ggz-interviews-codes.csv "Interviews VS GGZ 2020" coded-answers 2020

cat <<INFO

PohAnalytics runs on $url
  Dashboard         $url/
  Health            $url/api/health
  Datasets          $url/api/datasets
  Uploads (staff)   $url/api/uploads?code=$key
  Upload a file     curl -H "x-functions-key: $key" -F file=@export.csv -F name="Ledenpeiling 2026" -F kind=member-poll $url/api/uploads
  Drop folder       blob container 'uploads', folder 'drop/' in Azurite (UseDevelopmentStorage=true)
Press Ctrl-C to stop.
INFO
wait

#!/usr/bin/env bash
# Installs the Bicep CLI from NuGet (if missing) and builds + lints infra-bicep/.
# Exits non-zero on any error or warning. Build output goes to a temp dir only.
#
#   bash scripts/bicep.sh            # install (if needed), build, build-params, lint
#   BICEP_VERSION=x.y.z bash scripts/bicep.sh   # use another CLI version
#
# The CLI lands in <repo>/.tools/bicep/<version>/bicep (git-ignored).
set -euo pipefail

BICEP_VERSION="${BICEP_VERSION:-0.49.2}"
PACKAGE_ID="Azure.Bicep.CommandLine.linux-x64"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
infra_dir="$repo_root/infra-bicep"
tool_dir="$repo_root/.tools/bicep/$BICEP_VERSION"
bicep="$tool_dir/bicep"

log() { printf '[bicep.sh] %s\n' "$*"; }

install_bicep() {
  if [[ -x "$bicep" ]] && "$bicep" --version >/dev/null 2>&1; then
    return 0
  fi
  command -v dotnet >/dev/null || { log "dotnet SDK is required to fetch $PACKAGE_ID from NuGet"; exit 1; }

  local pkg_root="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
  local pkg_dir="$pkg_root/$(tr '[:upper:]' '[:lower:]' <<<"$PACKAGE_ID")/$BICEP_VERSION"
  if [[ ! -f "$pkg_dir/tools/bicep" ]]; then
    log "restoring $PACKAGE_ID $BICEP_VERSION from NuGet"
    local probe
    probe="$(mktemp -d)"
    cat >"$probe/bicep-probe.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$PACKAGE_ID" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
CSPROJ
    if ! (cd "$probe" && dotnet restore --nologo bicep-probe.csproj >"$probe/restore.log" 2>&1); then
      cat "$probe/restore.log" >&2
      rm -rf "$probe"
      log "restore of $PACKAGE_ID $BICEP_VERSION failed"
      exit 1
    fi
    rm -rf "$probe"
  fi
  [[ -f "$pkg_dir/tools/bicep" ]] || { log "bicep binary not found in $pkg_dir/tools"; exit 1; }

  mkdir -p "$tool_dir"
  cp "$pkg_dir/tools/bicep" "$bicep.tmp"
  chmod +x "$bicep.tmp"
  mv -f "$bicep.tmp" "$bicep"
  log "installed $("$bicep" --version) to ${bicep#"$repo_root"/}"
}

install_bicep

out_dir="$(mktemp -d)"
trap 'rm -rf "$out_dir"' EXIT

failed=0
# run <label> <bicep args...>: fails on a non-zero exit or any Warning/Error diagnostic.
run() {
  local label="$1"; shift
  local output rc=0
  output="$("$bicep" "$@" 2>&1)" || rc=$?
  if [[ -n "$output" ]]; then printf '%s\n' "$output"; fi
  if (( rc != 0 )); then
    log "FAIL ($label): exit code $rc"; failed=1
  elif grep -Eqi '(: (warning|error) )|(^(warning|error)\b)' <<<"$output"; then
    log "FAIL ($label): diagnostics reported"; failed=1
  else
    log "ok   ($label)"
  fi
}

cd "$infra_dir"
log "$("$bicep" --version)"
run "build main.bicep"         build main.bicep --outdir "$out_dir"
run "build-params"             build-params main.bicepparam --outfile "$out_dir/main.parameters.json"
run "lint main.bicep"          lint main.bicep
run "lint main.bicepparam"     lint main.bicepparam
for module in modules/*.bicep; do
  run "lint $module"           lint "$module"
done

if (( failed )); then
  log "Bicep checks failed"
  exit 1
fi
log "all Bicep checks passed (build output discarded: $out_dir)"

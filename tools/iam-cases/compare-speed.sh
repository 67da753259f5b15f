#!/usr/bin/env bash
# `vigil iam simulate` against @cloud-copilot/iam-simulate on the same request lines, in one run.
# Usage: tools/iam-cases/compare-speed.sh [LINES] [IAMSIM_PREFIX]   (iam-simulate is AGPL: installed outside the repository)
set -euo pipefail
cd "$(dirname "$0")/../.."
lines=${1:-100000}
prefix=${2:-/tmp/iamsim}
[ -d "$prefix/node_modules/@cloud-copilot/iam-simulate" ] || npm install --silent --prefix "$prefix" @cloud-copilot/iam-simulate >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node tools/iam-cases/lines.mjs "$lines" > "$work/requests.jsonl"
# The published build (ReadyToRun), as README.md tells users to install Vigil for speed.
dotnet publish src/Vigil.Cli -c Release -o "$work/vigil" -v quiet -nologo >/dev/null
start=$(date +%s.%N)
"$work/vigil/vigil" iam simulate < "$work/requests.jsonl" > "$work/vigil.jsonl"
vigil=$(echo "$(date +%s.%N) - $start" | bc)
oracle=$(node tools/iam-cases/speed.mjs "$prefix" "$work/requests.jsonl" | sed -E 's/.*"seconds":([0-9.]+).*/\1/')
echo "lines=$lines vigil_s=$vigil iam_simulate_s=$oracle ratio=$(echo "scale=1; $oracle / $vigil" | bc)"

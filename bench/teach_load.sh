#!/usr/bin/env bash
# Bounded loopback load test of the Teach page: builds `nnlesson` (Release), starts `nnlesson playground --port 0`
# with an empty feature cache (NNLESSON_CACHE in a temporary folder, removed afterwards), runs bench/teach_load.cs
# against it (30 sessions unless told), then stops the server with SIGINT. Usage: bench/teach_load.sh [SESSIONS] [PHOTOS_PER_CLASS] [FRAMES]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${NNLESSON_DATA:-../shared/datasets/hymenoptera}
[ -d "$data/train" ] || { echo "no ants-and-bees set at $data (set NNLESSON_DATA)"; exit 2; }
dotnet build src/NnLesson.Cli -c Release -v quiet -nologo > /dev/null
exe=src/NnLesson.Cli/bin/Release/net10.0/nnlesson
cache=$(mktemp -d)
log=$(mktemp)
set -m
NNLESSON_CACHE="$cache" "$exe" playground --port 0 --no-browser --lang en > "$log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q '^Playground: ' "$log" && break; sleep 0.1; done
url=$(sed -n 's/^Playground: \(http:[^?]*\).*/\1/p' "$log")
status=0
dotnet run bench/teach_load.cs -- "$url" "$pid" "$data" "${1:-30}" "${2:-10}" "${3:-20}" || status=$?
kill -INT "$pid"
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then echo "server did not stop on SIGINT"; kill -KILL "$pid"; status=1; else wait "$pid" && echo "server stopped cleanly on SIGINT (exit 0)" || { echo "server exit $?"; status=1; }; fi
echo "feature cache after the run: $(find "$cache" -type f | wc -l) files, $(find "$cache" -type f ! -name '*.nnlfeat' | wc -l) of them not feature entries"
rm -rf "$cache" "$log"
exit "$status"

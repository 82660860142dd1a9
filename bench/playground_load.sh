#!/usr/bin/env bash
# Bounded loopback load test of the playground: builds `nnlesson` (Release), starts `nnlesson playground --port 0`,
# runs bench/playground_load.cs against it (30 sessions for 20 s unless told), then stops the server with SIGINT
# (Ctrl+C) and checks that it exited cleanly. Usage: bench/playground_load.sh [SESSIONS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:-30}; seconds=${2:-20}
dotnet build src/NnLesson.Cli -c Release -v quiet -nologo > /dev/null
exe=src/NnLesson.Cli/bin/Release/net10.0/nnlesson
log=$(mktemp)
# Job control on: a background job of a non-interactive shell would otherwise start with SIGINT ignored.
set -m
"$exe" playground --port 0 --no-browser --lang en > "$log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q '^Playground: ' "$log" && break; sleep 0.1; done
url=$(sed -n 's/^Playground: \(http:[^?]*\).*/\1/p' "$log")
echo "server $url (pid $pid)"
status=0
dotnet run bench/playground_load.cs -- "$url" "$pid" "$sessions" "$seconds" || status=$?
kill -INT "$pid"
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then echo "server did not stop on SIGINT"; kill -KILL "$pid"; status=1; else wait "$pid" && echo "server stopped cleanly on SIGINT (exit 0)" || { echo "server exit $?"; status=1; }; fi
cat "$log" | tail -n 1
rm -f "$log"
exit "$status"

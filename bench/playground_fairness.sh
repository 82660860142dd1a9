#!/usr/bin/env bash
# Fairness under load (probe G3): builds `nnlesson` (Release), starts `nnlesson playground --port 0`, runs
# bench/playground_fairness.cs against it (63 heavy sessions beside one default session unless told), then stops
# the server with SIGINT. Usage: bench/playground_fairness.sh [HEAVY]
set -euo pipefail
cd "$(dirname "$0")/.."
heavy=${1:-63}
# NNLESSON_EXE: an nnlesson built elsewhere (e.g. the code before a change), run instead of this checkout's.
if [[ -z "${NNLESSON_EXE:-}" ]]; then dotnet build src/NnLesson.Cli -c Release -v quiet -nologo > /dev/null; fi
exe=${NNLESSON_EXE:-src/NnLesson.Cli/bin/Release/net10.0/nnlesson}
log=$(mktemp)
# Job control on: a background job of a non-interactive shell would otherwise start with SIGINT ignored.
set -m
"$exe" playground --port 0 --no-browser --lang en > "$log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q '^Playground: ' "$log" && break; sleep 0.1; done
url=$(sed -n 's/^Playground: \(http:[^?]*\).*/\1/p' "$log")
echo "server $url (pid $pid)"
status=0
dotnet run bench/playground_fairness.cs -- "$url" "$pid" "$heavy" || status=$?
kill -INT "$pid"
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then echo "server did not stop on SIGINT"; kill -KILL "$pid"; status=1; else wait "$pid" && echo "server stopped cleanly on SIGINT (exit 0)" || { echo "server exit $?"; status=1; }; fi
cat "$log" | tail -n 1
rm -f "$log"
exit "$status"

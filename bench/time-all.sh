#!/usr/bin/env bash
# Whole-process timing of `nnlesson all` (what a lecturer waits for): N runs of a built nnlesson.dll,
# wall-clock and CPU (user + sys) seconds each. CPU time is the steadier number on a shared machine.
#   bench/time-all.sh [path/to/nnlesson.dll] [runs] [extra options for all…]
set -euo pipefail
dll=${1:-src/NnLesson.Cli/bin/Release/net10.0/nnlesson.dll}
runs=${2:-3}
shift $(( $# < 2 ? $# : 2 ))
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for i in $(seq 1 "$runs"); do
  /usr/bin/time -f "run $i: wall %e s, cpu %U+%S s" dotnet "$dll" all --out "$out" "$@" > /dev/null
done

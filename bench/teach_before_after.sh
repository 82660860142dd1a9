#!/usr/bin/env bash
# Cold-cache `nnlesson teach` on the ants-and-bees set, two builds interleaved in the same run (issue 19): BEFORE (a
# Release build of an earlier commit, e.g. `git archive main | tar -x -C DIR` then `dotnet build DIR/src/NnLesson.Cli -c Release`)
# and this worktree. Prints wall time, CPU seconds (user + system, robust to the other sessions' load), CPU ms per photo,
# photos/s as teach reports them, the validation line, and `uptime`'s load average beside each run.
# Usage: bench/teach_before_after.sh BEFORE_ROOT [PAIRS] [DATA]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
before="$1"
pairs="${2:-2}"
data="${3:-$root/../shared/datasets/hymenoptera}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/NnLesson.Cli" -c Release -v quiet -nologo >/dev/null
photos=$(find "$data" -type f ! -name '.*' | wc -l)

measure() { # $1 = label, $2 = root of the build
    rm -rf "$work/cache" "$work/out"
    local load
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    /usr/bin/time -v dotnet "$2/src/NnLesson.Cli/bin/Release/net10.0/nnlesson.dll" teach "$data" --out "$work/out" --cache "$work/cache" --lang en >"$work/stdout" 2>"$work/time"
    local wall user sys cpu features accuracy
    wall=$(grep "Elapsed (wall clock)" "$work/time" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    user=$(grep "User time" "$work/time" | awk '{print $NF}')
    sys=$(grep "System time" "$work/time" | awk '{print $NF}')
    cpu=$(echo "$user + $sys" | bc)
    features=$(grep -o "Features: [0-9]* photos in [0-9.]* s ([0-9]* photos/s)" "$work/stdout" || true)
    accuracy=$(grep -E "Accuracy, validation" "$work/stdout" | tr -s ' ' | grep -o "([0-9]*/[0-9]*)" | tail -1)
    printf '%-6s wall %6.2f s  cpu %6.2f s (%5.1f ms/photo)  %s  val %s  load before %s, after %s\n' "$1" "$wall" "$cpu" \
        "$(echo "scale=1; 1000 * $cpu / $photos" | bc)" "$features" "$accuracy" "$load" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "teach, empty cache, $photos files, $(nproc) cores, $(date -u +%H:%MZ)"
for i in $(seq 1 "$pairs"); do
    measure before "$before"
    measure after "$root"
done

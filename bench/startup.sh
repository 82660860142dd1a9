#!/usr/bin/env bash
# Whole-process timings of what a user types, against the Python original, interleaved in one run
# (round r runs every command once, in turn, so machine noise hits both sides alike).
# Each process runs under /usr/bin/time: wall seconds and peak RSS (largest single process of the tree).
# Prints medians over the counted rounds after one warm-up round, and ratios NnLesson / Python.
#
# Usage: bench/startup.sh [ROUNDS=5] [PYTHON_ORIGINAL=/tmp/py-orig]
#   PYTHON_ORIGINAL: a writable copy of ../shared/python-original (cp -r ../shared/python-original /tmp/py-orig),
#   with Debian's python3-numpy python3-matplotlib python3-pil installed.
#   ONLY=deck|slide runs one group; EXTRA=1 also times the older `dotnet run --project` slide command;
#   TOOL=PATH also times the installed .NET tool (PATH = the `nnlesson` a `dotnet tool install --tool-path` made);
#   SCRIPT_BEFORE=FILE.cs also times `dotnet run FILE.cs` (e.g. a copy of slide 3 with the old `#:project` header).
set -euo pipefail
rounds=${1:-5}
py_root=${2:-/tmp/py-orig}
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work=$(mktemp -d /tmp/nnlesson-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

labels=()
declare -A commands
add() { labels+=("$1"); commands["$1"]="$2"; }

if [ "${ONLY:-deck}" = deck ]; then
  add "deck: python3 run_all.sh"            "cd '$py_root' && sh run_all.sh"
  [ -x ./nnlesson ] && add "deck: ./nnlesson all" "./nnlesson all --out '$work/deck-launcher'"
  add "deck: dotnet run --project … all"    "dotnet run --project src/NnLesson.Cli -- all --out '$work/deck-run'"
fi
if [ "${ONLY:-slide}" = slide ]; then
  add "slide3: python3 slide3…py"           "cd '$py_root' && /usr/bin/python3 slides/slide3_perceptron_gate.py"
  [ -x ./nnlesson ] && add "slide3: ./nnlesson slide3" "./nnlesson slide3 --out '$work/s3-launcher'"
  add "slide3: dotnet run slides/slide3…cs" "dotnet run slides/slide3_perceptron_gate.cs -- --out '$work/s3-script'"
  if [ -n "${SCRIPT_BEFORE:-}" ]; then
    add "slide3: dotnet run (SCRIPT_BEFORE)" "dotnet run '$SCRIPT_BEFORE' -- --out '$work/s3-before'"
  fi
  if [ -n "${TOOL:-}" ]; then
    add "slide3: nnlesson slide3 (.NET tool)" "cd '$work' && '$TOOL' slide3 --out '$work/s3-tool'"
  fi
  if [ -n "${EXTRA:-}" ]; then
    add "slide3: dotnet run --project … slide3" "dotnet run --project src/NnLesson.Cli -- slide3 --out '$work/s3-run'"
  fi
fi

one() { # label round → appends "wall rss_kb" to $work/<n>.txt
  local i=$1 label=${labels[$1]}
  /usr/bin/time -f '%e %M' -o "$work/t" bash -c "${commands[$label]}" > "$work/log" 2>&1 || {
    echo "FAILED: $label"; tail -n 20 "$work/log"; exit 1; }
  cat "$work/t" >> "$work/$i.txt"
}

echo "load before: $(uptime | sed 's/.*load average: //')   rounds: 1 warm-up + $rounds"
for i in "${!labels[@]}"; do one "$i"; : > "$work/$i.txt"; done   # warm-up (also builds what is stale)
for r in $(seq "$rounds"); do
  for i in "${!labels[@]}"; do one "$i"; done
done
echo "load after:  $(uptime | sed 's/.*load average: //')"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf '%-42s %9s %13s %10s\n' "command" "median s" "[min–max]" "peak MiB"
declare -A med
for i in "${!labels[@]}"; do
  wall=$(cut -d' ' -f1 "$work/$i.txt" | median)
  lo=$(cut -d' ' -f1 "$work/$i.txt" | sort -n | head -1); hi=$(cut -d' ' -f1 "$work/$i.txt" | sort -n | tail -1)
  rss=$(cut -d' ' -f2 "$work/$i.txt" | sort -n | tail -1)
  med[$i]=$wall
  printf '%-42s %9.2f %13s %10.1f\n' "${labels[$i]}" "$wall" "[$lo–$hi]" "$(echo "$rss / 1024" | bc -l)"
done
# Ratios: each NnLesson command of a group against the group's first (Python) command.
base=""
for i in "${!labels[@]}"; do
  case "${labels[$i]}" in *python3*) base=${med[$i]}; continue;; esac
  printf 'ratio %-36s %6.2f× python\n' "${labels[$i]}" "$(echo "${med[$i]} / $base" | bc -l)"
done

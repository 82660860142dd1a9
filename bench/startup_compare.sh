#!/usr/bin/env bash
# Whole-process start-up of two builds of `nnlesson`, interleaved run by run so machine noise hits both alike.
# Usage: bench/startup_compare.sh BASE_EXE NEW_EXE [RUNS] -- ARGS...
# Prints the median and the quartiles in milliseconds for each build.
set -euo pipefail
base=$1; new=$2; runs=${3:-15}; shift 3; [ "${1:-}" = "--" ] && shift
for exe in "$base" "$new"; do "$exe" "$@" >/dev/null 2>&1 || true; done   # warm the disk cache
declare -a tb tn
for ((i = 0; i < runs; i++)); do
  for which in base new; do
    exe=$base; [ "$which" = new ] && exe=$new
    s=$(date +%s%N); "$exe" "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    ms=$(( (e - s) / 1000000 ))
    if [ "$which" = base ]; then tb+=("$ms"); else tn+=("$ms"); fi
  done
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms (q1 %d, q3 %d, n %d)", a[int((NR+1)/2)], a[int((NR+3)/4)], a[int((3*NR+1)/4)], NR}'; }
echo "base: $(stats "${tb[@]}")"
echo "new:  $(stats "${tn[@]}")"

#!/usr/bin/env bash
# Peak memory (largest RSS, /usr/bin/time) of each slide of the deck as its own process, of `all`, and of the
# Python original's scripts, so the deck's peak can be traced to the slide that sets it.
# Runs the built launcher output (artifacts/nnlesson, made by ./nnlesson) directly; extra environment for the
# .NET side (e.g. GC settings to try) can be given as arguments:
#   bench/startup_memory.sh [PYTHON_ORIGINAL=/tmp/py-orig] [VAR=VALUE ...]
set -euo pipefail
py_root=${1:-/tmp/py-orig}
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./nnlesson --help > /dev/null   # builds if stale
work=$(mktemp -d /tmp/nnlesson-memory.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "load before: $(uptime | sed 's/.*load average: //')   extra environment: ${*:-none}"
peak() { # label command… → prints "label  seconds  MiB"
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/t" "$@" > "$work/log" 2>&1 || { echo "FAILED: $label"; tail -n 5 "$work/log"; return; }
  read -r secs kb < "$work/t"
  printf '%-34s %7.2f s %8.1f MiB\n' "$label" "$secs" "$(echo "$kb / 1024" | bc -l)"
}
for slide in slide3 slide4 slide5-activations slide5-train slide6 slide7 slide8 all; do
  peak "nnlesson $slide" env "$@" dotnet artifacts/nnlesson/nnlesson.dll "$slide" --out "$work/out"
done
if [ -d "$py_root" ]; then
  for script in "$py_root"/slides/*.py; do
    args=(); case "$script" in *slide6*) args=(--image data/sample.jpg);; esac
    peak "python3 $(basename "$script")" bash -c "cd '$py_root' && /usr/bin/python3 slides/$(basename "$script") ${args[*]}"
  done
fi
echo "load after:  $(uptime | sed 's/.*load average: //')"

#!/usr/bin/env bash
# The MLP training benchmark beside numpy float64, in one run: rounds alternate the two processes so
# machine noise hits both alike. Prints each round's medians and the speed-up of every C# path.
# Usage: bench/training.sh [ROUNDS=3] [PYTHON_ORIGINAL=/tmp/py-orig]   (a writable copy of ../shared/python-original)
set -euo pipefail
rounds=${1:-3}
py_root=${2:-/tmp/py-orig}
cd "$(dirname "$0")/.."
dotnet build bench/NnLesson.Benchmarks -c Release -nologo -v quiet > /dev/null
exe=bench/NnLesson.Benchmarks/bin/Release/net10.0/NnLesson.Benchmarks.dll
echo "load: $(uptime | sed 's/.*load average: //')"
for r in $(seq "$rounds"); do
  numpy=$(/usr/bin/python3 bench/training_numpy.py "$py_root" 5 | cut -d' ' -f1)
  echo "round $r: numpy-float64 $numpy s"
  dotnet "$exe" quick-training 7 | while read -r name median min loss; do
    printf '  %-24s %8.4f s  %5.1f× numpy  (%s)\n' "$name" "$median" "$(echo "$numpy / $median" | bc -l)" "$loss"
  done
done
echo "load: $(uptime | sed 's/.*load average: //')"

#!/usr/bin/env bash
# One epoch of the LeNet-style CNN on Fashion-MNIST: our fast float32 trainer beside PyTorch (Debian's python3-torch,
# ../shared/reference/torch_lenet.py), same network, batch 64, SGD momentum 0.9, lr 0.05, same thread count. Rounds
# alternate the two processes so the load of a shared machine hits both alike; each line also shows the load average.
# Usage: bench/train_cnn.sh [ROUNDS=3] [THREADS=2] [DATA=/usr/share/datasets/fashion-mnist]
set -euo pipefail
rounds=${1:-3}
threads=${2:-2}
data=${3:-/usr/share/datasets/fashion-mnist}
cd "$(dirname "$0")/.."
shared=${NNLESSON_SHARED:-../shared}
dotnet build -c Release bench/train_cnn_epoch.cs -nologo -v quiet > /dev/null
ours=() torch=()
for r in $(seq "$rounds"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  t=$(/usr/bin/python3 "$shared/reference/torch_lenet.py" "$data" "$threads" 1 | sed -E 's/.*: ([0-9.]+) s, test accuracy ([0-9.]+)/\1 \2/')
  o=$(dotnet run -c Release --no-build bench/train_cnn_epoch.cs -- "$data" "$threads" 1 | sed -E 's/.*: ([0-9.]+) s, test accuracy ([0-9.]+)/\1 \2/')
  torch+=("${t%% *}") ours+=("${o%% *}")
  printf 'round %d (load %s): torch %s s (acc %s), ours %s s (acc %s), ratio %.2f\n' "$r" "$load" "${t%% *}" "${t##* }" "${o%% *}" "${o##* }" \
    "$(echo "${o%% *} / ${t%% *}" | bc -l)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
mt=$(median "${torch[@]}") mo=$(median "${ours[@]}")
printf 'median of %d rounds, %d threads: torch %s s, ours %s s per epoch, ratio %.2f (load now %s)\n' "$rounds" "$threads" "$mt" "$mo" \
  "$(echo "$mo / $mt" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"

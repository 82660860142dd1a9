#!/usr/bin/env bash
# Times of the playground's CNN page on the real Fashion-MNIST, measured by its protocol test and printed here: reading
# the data set (once per server), and play → 100 batches of 64 on the default 16,32 network, paced by the playground's
# shared training budget (one thread, at most 0.4 of a core while alone). Usage: bench/cnn_page.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
NNLESSON_CNN_TIMINGS="$out" dotnet test tests/NnLesson.Playground.Tests --filter "FullyQualifiedName~Cnn.CnnFashionMnistTests" -v quiet -nologo
echo "--- measured ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load: $(cut -d' ' -f1-3 /proc/loadavg))"
cat "$out"
rm -f "$out"

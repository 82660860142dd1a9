#!/usr/bin/env bash
# Times of the Teach page in real chromium (fake camera), measured by its two browser tests and printed here:
# empty page → trained model, waiting after the last sample, live prediction frames/s and capture → bars latency,
# the ants-and-bees folder through the page. The feature cache starts empty (the fixture's temporary folder), so the
# folder upload includes computing every feature. Usage: bench/teach_page.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
NNLESSON_TEACH_TIMINGS="$out" dotnet test tests/NnLesson.Playground.Tests --filter "FullyQualifiedName~Teach.TeachPageTests" -v quiet -nologo
echo "--- measured ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
cat "$out"
rm -f "$out"

#!/usr/bin/env bash
# Whole-process benchmark of `nnlesson teach` on the 398 ants-and-bees photos (issue 9).
# Cold: an empty feature cache (every photo decoded and run through ResNet-18); warm: the same run again.
# Reports wall time, CPU time, peak memory (max RSS, from /usr/bin/time -v) and photos per second.
# Goals on a 2-core laptop: cold ≤ 20 s, warm ≤ 2 s, peak ≤ 300 MB.
# Measured 2026-11-30 21:28 UTC, AMD EPYC 2 cores, load average ~2 (Release build), before the memory work:
#   cold  wall 21.35 s  cpu 30.26 s  peak 381 MB  features 398 photos in 19.1 s (21 photos/s)
#   warm  wall 1.95–2.05 s  cpu 2.1–2.2 s  peak 103–107 MB  (cache pass 0.1 s; the rest is start-up, JIT, 16 decodes, 5 PNGs)
# Measured 2026-12-01 03:40 UTC, same machine under load average 11–15 (other builds running; wall times are not
# comparable, CPU time and peak memory are), interleaved with the previous commit (9b8ffb8) in the same run:
#   before  cold cpu 24.6–24.9 s  peak 395–402 MB   warm cpu 1.6–1.9 s  peak 102–107 MB
#   after   cold cpu 24.9–25.7 s  peak 234–235 MB   warm cpu 1.6–1.8 s  peak 115 MB
# Where the memory went: ONNX Runtime building the ResNet-18 session (fusing BN into the convolutions, re-laying the
# weights) frees ~100 MB of blocks that glibc kept (its mmap threshold moves up after the first large free) —
# fixed in NativeHeap; a managed copy of the 63 MB model alive during that build — gone (the session loads the
# exposed model from a temporary file). Measured and not taken: arena and memory pattern off, no prepacking (≤ 30 MB
# lower, half the speed); a lower graph-optimisation level (less memory before the glibc fix, slower, no gain after it).
# Measured 2026-12-01 05:13–05:16 UTC, AMD EPYC (Zen 5 class, AVX-512) 2 cores, load average 2–3, after merging the
# AVX-512 engine; only glibc's fixed mmap threshold (NativeHeap) varied, one or two cold runs each:
#   128 KB  cold wall 17.07 s  cpu 27.97 s  peak 236 MB   (every ORT intermediate above 128 KB a fresh mmap per photo)
#   4 MB    cold wall 11.86–13.67 s          peak 250–253 MB
#   8 MB    cold wall 11.39 s  cpu 17.8 s   peak 262–265 MB   ← taken
#   16 MB   cold wall 10.73 s                peak 391 MB
#   none    cold wall 10.47 s  cpu 16.85 s  peak 333 MB
#   warm (any): wall 1.89–1.95 s, cpu 2.1 s, peak 95–96 MB
# Measured 2026-12-01 08:05 UTC, quiet (load ~2), photo hashes remembered (PhotoHashIndex):
#   cold  wall 10.59 s  cpu 16.68 s  peak 269 MB   warm  wall 1.35–1.37 s  cpu 1.45–1.47 s  peak 100–102 MB  (cache pass 0.09 s)
# Usage: bench/teach.sh [DATA] [RUNS]   (default ../shared/datasets/hymenoptera, 3 warm runs)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/datasets/hymenoptera}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/NnLesson.Cli" -c Release -v quiet -nologo >/dev/null
cli="$root/src/NnLesson.Cli/bin/Release/net10.0/nnlesson.dll"
photos=$(find "$data" -type f ! -name '.*' | wc -l)

measure() { # $1 = label; runs teach once with the cache in $work/cache
    /usr/bin/time -v dotnet "$cli" teach "$data" --out "$work/out" --cache "$work/cache" --lang en >"$work/stdout" 2>"$work/time"
    local wall user sys rss
    wall=$(grep "Elapsed (wall clock)" "$work/time" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    user=$(grep "User time" "$work/time" | awk '{print $NF}')
    sys=$(grep "System time" "$work/time" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/time" | awk '{print $NF}')
    local features
    features=$(grep -o "Features: [0-9]* photos in [0-9.]* s ([0-9]* photos/s)" "$work/stdout" || true)
    printf '%-5s wall %6.2f s  cpu %6.2f s  peak %4d MB  %s\n' "$1" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$features"
}

echo "teach on $photos files in $data ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
measure cold
for i in $(seq 1 "$runs"); do
    measure warm
done
grep -E "Accuracy, validation" "$work/stdout" | tr -s ' '

#!/usr/bin/env bash
# Throughput of `claimlens annotate --jsonl --jobs N` over a JSONL file (MB of JSONL in),
# for each N given. Usage: bench/jsonl.sh BINARY FILE N... Prints; asserts nothing.
set -euo pipefail
bin=$1 file=$2
shift 2
[ -f "$file" ] || { echo "bench: $file not found; skipping annotate --jsonl"; exit 0; }
mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { print b / 1e6 }')
for jobs in "$@"; do
    TIMEFORMAT='%R %U %S'
    t=$( { time "$bin" annotate --jsonl --jobs "$jobs" < "$file" > /dev/null; } 2>&1 )
    read -r real user sys <<< "$t"
    awk -v mb="$mb" -v r="$real" -v c="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" -v j="$jobs" \
        'BEGIN { printf "claimlens annotate --jsonl --jobs %s: %.1f MB/s wall, %.1f MB/s of CPU time (%.1f MB of JSONL in %.2f s)\n", j, mb / r, mb / c, mb, r }'
done

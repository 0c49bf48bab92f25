#!/usr/bin/env bash
# Store figures for docs/benchmarks.md: import of 1,000,000 CSV rows under /usr/bin/time -v
# (wall, CPU, peak RSS), then bench_store (lookups and finalize vs raw write+fsync).
# usage: bench/store/run.sh BUILD_DIR [WORK_DIR]   (BUILD_DIR: a release build)
set -euo pipefail
build=${1:?release build directory}
work=${2:-$(mktemp -d)}
bench="$build/bench/store"
"$bench/lane_catalog_gen" 1000000 "$work/items-1m.csv"
/usr/bin/time -v "$bench/lane_store_import_bench" "$work/items-1m.csv" "$work" 2>&1 \
  | grep -E "imported|Elapsed|Maximum resident|User time|System time|Percent of CPU"
rm -f "$work/items-1m.csv"
LANE_BENCH_DIR="$work" "$bench/bench_store" --benchmark_counters_tabular=true

#!/usr/bin/env bash
# Side by side, in one run: Lane's forwarder and syslog-ng 3.38 (file source -> disk-buffer ->
# http destination) shipping the same N events into the same private ClickHouse, each into
# its own table. Prints wall time, CPU seconds, events per CPU-second and peak RSS of the
# shipping process.
# Usage: bench/telemetry/compare-syslog-ng.sh <build-dir> [events]   (build-dir: release)
# LANE_BATCH_RECORDS sets the forwarder's batch size; LANE_COMPARE_PLAIN=0 skips the run
# without compression.
set -euo pipefail

build=${1:?usage: compare-syslog-ng.sh <build-dir> [events]}
events=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tool=$(find "$build" -name bench_telemetry_forward -type f -perm -u+x | head -n 1)
[ -x "$tool" ] || { echo "bench_telemetry_forward not built in $build" >&2; exit 1; }
command -v syslog-ng >/dev/null || { echo "syslog-ng missing: run scripts/deps" >&2; exit 1; }

work=$(mktemp -d /tmp/lane-compare.XXXXXX)
sng_pid=
cleanup() {
  [ -n "$sng_pid" ] && kill "$sng_pid" 2>/dev/null || true
  "$root/scripts/clickhouse-stop" "$work/clickhouse" --kill 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

read -r port _ < <("$root/scripts/clickhouse-start" "$work/clickhouse")
ch() { curl -sS --fail "http://127.0.0.1:$port/" --data-binary "$1"; }
for t in lane_gzip lane_plain sng_events; do
  ch "CREATE TABLE $t (ts UInt64, day Date, severity String, name String, message String,
      store String, pos String, host String, version String, mode String, device String,
      boot String, seq UInt64, attributes String) ENGINE = ReplacingMergeTree()
      PARTITION BY toYYYYMM(day) ORDER BY (store, device, boot, seq)"
done

echo "generating $events events..." >&2
"$tool" gen "$work/spool" "$events"
"$tool" export "$work/spool" "$work/rows.ndjson"
cp -r "$work/spool" "$work/spool-plain"
bytes=$(stat -c %s "$work/rows.ndjson")

proc_cpu() { # utime+stime of a pid in seconds
  awk -v hz="$(getconf CLK_TCK)" '{print ($14+$15)/hz}' "/proc/$1/stat"
}

echo "lane forwarder (gzip)..." >&2
read -r l_wall l_cpu l_rss l_n < <("$tool" forward "$work/spool" "http://127.0.0.1:$port/" lane_gzip gzip)
if [ "${LANE_COMPARE_PLAIN:-1}" != 0 ]; then
  echo "lane forwarder (no compression)..." >&2
  read -r p_wall p_cpu p_rss p_n < <("$tool" forward "$work/spool-plain" "http://127.0.0.1:$port/" lane_plain none)
fi

echo "syslog-ng..." >&2
mkdir -p "$work/sng"
cat > "$work/sng/syslog-ng.conf" <<CONF
@version: 3.38
options { stats-freq(0); threaded(yes); log-msg-size(65536); };
source s_rows { file("$work/rows.ndjson" flags(no-parse) follow-freq(0.1)
                     log-fetch-limit(10000) log-iw-size(100000)); };
destination d_ch {
  http(url("http://127.0.0.1:$port/?query=INSERT%20INTO%20sng_events%20FORMAT%20JSONEachRow&input_format_skip_unknown_fields=1")
       method("POST") body("\${MESSAGE}") delimiter("\n")
       batch-lines(10000) batch-bytes(8388608) batch-timeout(200) workers(1)
       disk-buffer(reliable(yes) disk-buf-size(4000000000) dir("$work/sng")));
};
log { source(s_rows); destination(d_ch); flags(flow-control); };
CONF
start=$(date +%s.%N)
syslog-ng -F --no-caps -f "$work/sng/syslog-ng.conf" -R "$work/sng/persist" \
  -p "$work/sng/pid" -c "$work/sng/ctl" >"$work/sng/out.log" 2>&1 &
sng_pid=$!
while :; do
  n=$(ch "SELECT count() FROM sng_events")
  [ "$n" -ge "$events" ] && break
  kill -0 "$sng_pid" 2>/dev/null || { cat "$work/sng/out.log" >&2; exit 1; }
  sleep 0.2
done
end=$(date +%s.%N)
s_cpu=$(proc_cpu "$sng_pid")
s_rss=$(awk '/VmHWM/ {print $2}' "/proc/$sng_pid/status")
s_wall=$(echo "$end - $start" | bc)

printf '%-28s %10s %10s %16s %12s\n' "shipper ($events events, $((bytes / 1000000)) MB rows)" wall_s cpu_s events_per_cpu_s peak_rss_MB
row() { printf '%-28s %10.2f %10.2f %16.0f %12.1f\n' "$1" "$2" "$3" "$(echo "$events / $3" | bc -l)" "$(echo "$4 / 1024" | bc -l)"; }
row "lane forwarder, gzip" "$l_wall" "$l_cpu" "$l_rss"
[ -n "${p_cpu:-}" ] && row "lane forwarder, no gzip" "$p_wall" "$p_cpu" "$p_rss"
row "syslog-ng 3.38 disk-buffer" "$s_wall" "$s_cpu" "$s_rss"
echo "rows in ClickHouse (FINAL): lane gzip $(ch 'SELECT count() FROM lane_gzip FINAL')," \
  "lane plain $(ch 'SELECT count() FROM lane_plain FINAL'), syslog-ng $(ch 'SELECT count() FROM sng_events FINAL')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

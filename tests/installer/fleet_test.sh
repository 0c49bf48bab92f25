#!/usr/bin/env bash
# Drives installer/fleet/lane-fleet against fake ssh/scp commands that record what they
# were asked and fail for chosen hosts, and checks staging, summary and exit codes.
set -euo pipefail
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "fleet_test: $*" >&2; exit 1; }
mkdir -p "$work/bin"
cat >"$work/bin/ssh" <<'SH'
#!/usr/bin/env bash
while [[ "$1" == -o ]]; do shift 2; done
host=${1#*@}; shift
echo "ssh $host $*" >>"$FLEET_LOG"
grep -qx "$host" "$FLEET_FAIL" && { echo "connection refused" >&2; exit 255; }
echo "active"
SH
cat >"$work/bin/scp" <<'SH'
#!/usr/bin/env bash
args=("$@"); echo "scp ${args[*]: -2}" >>"$FLEET_LOG"
SH
chmod +x "$work/bin/ssh" "$work/bin/scp"
export PATH="$work/bin:$PATH" FLEET_LOG="$work/log" FLEET_FAIL="$work/failing"
cat >"$work/hosts" <<'H'
# store+POS   group
S0001-01 pilot
S0001-02 pilot
S0002-01
S0003-01
H
fleet="$src/installer/fleet/lane-fleet"
touch "$work/pkg.deb" "$work/lane.toml"

# Everything succeeds: pilot, then the rest.
: >"$work/failing"
out=$("$fleet" --hosts "$work/hosts" install "$work/pkg.deb" 2>&1) || fail "clean install failed: $out"
grep -q "4 succeeded, 0 failed, 0 not attempted" <<<"$out" || fail "summary: $out"
[ "$(grep -c '^scp' "$work/log")" -eq 4 ] || fail "package not copied to every lane"
grep -q "ssh S0003-01 dpkg -i /tmp/pkg.deb && systemctl restart lane.service" "$work/log" || fail "install command: $(cat "$work/log")"

# A pilot lane fails: the rest is not touched, exit status 1.
: >"$work/log"; echo S0001-02 >"$work/failing"
if out=$("$fleet" --hosts "$work/hosts" restart 2>&1); then fail "pilot failure not reported"; fi
grep -q "1 succeeded, 1 failed, 2 not attempted" <<<"$out" || fail "summary: $out"
grep -q "S0001-02 *FAILED *exit 255: connection refused" <<<"$out" || fail "failure line: $out"
! grep -q S0002-01 "$work/log" || fail "rest touched after a pilot failure"

# Allowing one failure lets the rollout go on.
: >"$work/log"
if out=$("$fleet" --hosts "$work/hosts" --max-failures 1 push-config "$work/lane.toml" 2>&1); then fail "failure hidden"; fi
grep -q "3 succeeded, 1 failed, 0 not attempted" <<<"$out" || fail "summary: $out"
grep -q "lanectl config apply /tmp/lane-fleet-[0-9]*.toml --target /etc/lane/lane.toml" "$work/log" || fail "config command: $(cat "$work/log")"
# apply reloads the running lane itself; the fleet script must not reload a second time.
! grep -q "systemctl reload lane.service" "$work/log" || fail "pushed config reloaded twice: $(cat "$work/log")"

# Reload alone (SIGHUP through systemd).
: >"$work/log"; : >"$work/failing"
out=$("$fleet" --hosts "$work/hosts" reload 2>&1) || fail "reload failed: $out"
[ "$(grep -c 'systemctl reload lane.service' "$work/log")" -eq 4 ] || fail "reload command: $(cat "$work/log")"

# Usage errors exit 2.
set +e
"$fleet" --hosts "$work/hosts" install /nonexistent.deb >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad package not a usage error"
"$fleet" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing hosts not a usage error"
echo "fleet_test: ok"

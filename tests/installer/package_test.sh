#!/usr/bin/env bash
# Builds the .deb with CPack from an already built tree, unpacks it into a scratch root
# and checks files, permissions, dependencies, maintainer scripts and the systemd unit.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package_test: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/*.deb | head -n 1)
[ -f "$deb" ] || fail "no .deb produced"
echo "package: $(basename "$deb")"

root="$work/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$work/control"

for f in usr/bin/lane usr/bin/lanectl; do
  if [ -e "$build/app/${f##*/}" ] || find "$build/app" -name "${f##*/}" -type f -perm -u+x | grep -q .; then
    [ -x "$root/$f" ] || fail "$f missing or not executable"
  fi
done
[ -f "$root/usr/lib/systemd/system/lane.service" ] || fail "systemd unit missing"
[ -f "$root/usr/share/lane/lane.toml.example" ] || fail "example configuration missing"
[ -f "$root/usr/share/doc/lane/README.md" ] || fail "documentation missing"

# Nothing in the package is writable by group or others, nothing is setuid.
bad=$(find "$root" -perm /022 ! -type l -print | head -n 5)
[ -z "$bad" ] || fail "group/other-writable files: $bad"
suid=$(find "$root" -perm /6000 -print | head -n 5)
[ -z "$suid" ] || fail "setuid/setgid files: $suid"

depends=$(dpkg-deb -f "$deb" Depends)
for need in fonts-nanum adduser qml6-module-qtquick-controls; do
  grep -q "$need" <<<"$depends" || fail "Depends lacks $need: $depends"
done
if [ -e "$root/usr/bin/lane" ]; then
  grep -q "libqt6quick6" <<<"$depends" || fail "Depends lacks the Qt Quick library: $depends"
fi
for s in postinst prerm postrm; do
  [ -x "$work/control/$s" ] || fail "maintainer script $s missing"
  sh -n "$work/control/$s" || fail "maintainer script $s does not parse"
done
grep -q 'install -d -m 0750 -o lane -g lane /var/lib/lane /var/log/lane' "$work/control/postinst" \
  || fail "postinst does not create the data and log folders with mode 0750"

# The lane tells systemd when it can sell and pings the watchdog (sd_notify), so the unit
# waits for READY=1 and restarts a lane whose UI thread hangs.
unit="$root/usr/lib/systemd/system/lane.service"
grep -qx 'Type=notify' "$unit" || fail "lane.service is not Type=notify"
grep -qx 'NotifyAccess=main' "$unit" || fail "lane.service does not take notifications from lane"
grep -qE '^WatchdogSec=[1-9][0-9]*$' "$unit" || fail "lane.service has no watchdog"
grep -qx 'Restart=on-failure' "$unit" || fail "lane.service is not restarted on failure"

# The unit parses; the binary it names exists in the scratch root when lane is built.
if command -v systemd-analyze >/dev/null; then
  out=$(systemd-analyze verify --root="$root" "$root/usr/lib/systemd/system/lane.service" 2>&1 || true)
  # The scratch root has no systemd or binaries of its own: only parse problems count.
  if grep -qiE 'unknown key|unknown section|invalid|failed to parse|missing =' <<<"$out"; then
    echo "$out" >&2
    fail "systemd-analyze verify reports problems"
  fi
fi
echo "package_test: ok"

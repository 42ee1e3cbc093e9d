#!/bin/bash
# Bare-machine proof for issue #14 (run by hand as root, not by .ci/run; about an hour on 2 cores):
# a fresh Debian bookworm root (debootstrap, no CJK font, no chromium, no postgresql) with only what the machine kind
# promises (Node.js + npm, python3, make, g++, npm set to build against Node's headers), a clean clone of this
# repository, and the README's test command `npm ci && npm test`. Logs go to /var/tmp/bm/.
#   sudo bash .ci/bare-machine-proof.sh
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
R=/var/tmp/bm/root
mkdir -p /var/tmp/bm
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
if [ ! -x $R/bin/bash ]; then
  log debootstrap; debootstrap --variant=minbase bookworm $R http://deb.debian.org/debian > /var/tmp/bm/debootstrap.log 2>&1 || { log debootstrap failed; exit 1; }
fi
cp /etc/resolv.conf $R/etc/resolv.conf
for m in proc sys dev dev/pts dev/shm; do mountpoint -q $R/$m || mount --bind /$m $R/$m; done
log apt; [ -x $R/usr/bin/g++ ] || chroot $R bash -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3 make g++ ca-certificates git' > /var/tmp/bm/apt.log 2>&1 || { log apt failed; exit 1; }
# Node.js as the machine kind has it: the nodejs package's files, and npm as upgraded at boot (npm 11, not the
# package's own), with Node's headers that npm is set to build native addons against.
log node; (dpkg -L nodejs | while read f; do { [ -f "$f" ] || [ -L "$f" ]; } && echo "${f#/}"; done; echo usr/lib/node_modules/npm; echo usr/include/node; echo usr/bin/npm; echo usr/bin/npx) | tar -C / -cf - -T - 2>/dev/null | tar -xf - -C $R
chroot $R bash -c 'node -v && npm -v' 
# This sandbox's network goes through an egress proxy with its own CA: the chroot trusts it as the host does
# (that is the machine's network, not the project's setup).
if ls /usr/local/share/ca-certificates/*.crt > /dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt $R/usr/local/share/ca-certificates/ && chroot $R update-ca-certificates > /dev/null
fi
[ -f /etc/npmrc ] && cp /etc/npmrc $R/etc/npmrc
[ -f /usr/etc/npmrc ] && mkdir -p $R/usr/etc && cp /usr/etc/npmrc $R/usr/etc/npmrc
printf 'nodedir=/usr\nfund=false\naudit=false\nupdate-notifier=false\n' > $R/root/.npmrc
rm -rf $R/root/zhibiao && git clone -q "$REPO" $R/root/zhibiao
log "npm ci && npm test (commit $(git -C $R/root/zhibiao rev-parse --short HEAD))"
chroot $R bash -c 'cd /root/zhibiao && export HOME=/root CI=true NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt && nice -n 10 npm ci && nice -n 10 npm test' > /var/tmp/bm/npm.log 2>&1
echo "rc=$?" >> /var/tmp/bm/npm.log
log "done rc=$(tail -1 /var/tmp/bm/npm.log)"
for m in dev/shm dev/pts dev sys proc; do umount $R/$m 2>/dev/null; done

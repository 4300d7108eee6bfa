#!/usr/bin/env bash
# Unpacks Debian's libreswan package into .build-libreswan/ without installing it, for the peer configuration test
# (Tests/e2e/test_peer_config_checkers.py), which runs its checkers `addconn` and `algparse` from there.
#
# Not `apt-get install libreswan`: Debian's libreswan conflicts with strongswan-libcharon and charon-systemd (both
# are IKE daemons; installing one removes the other), and the same test needs strongSwan's charon. The two checkers
# need only libraries (libnss3, libunbound8, libevent-2.1-7), which .ci/run installs.
set -euo pipefail
cd "$(dirname "$0")/.."

target=.build-libreswan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# apt-get download fetches as the _apt user when it exists: a folder that user may write to, and no one else.
if id _apt >/dev/null 2>&1; then chown _apt "$work"; fi
(cd "$work" && apt-get download -q libreswan >/dev/null)
rm -rf "$target"
dpkg-deb -x "$work"/libreswan_*.deb "$target"
echo "libreswan $(dpkg-deb -f "$work"/libreswan_*.deb Version) unpacked into $target"

#!/usr/bin/env bash
# Benchmarks VPNTunnel against its yardsticks and prints one table.
#
#   core:     validate a tunnel, build the body, sign the update (release build of Benchmarks/), the floor of the
#             signature's two HMAC-SHA256, and the official Python SDK's signer (bce-python-sdk, in .build-venv/)
#             on the same request, all in this run;
#   terminal: the release editor as scripts/build-release.sh links it, against `dialog --form` in a 100x30
#             pseudo-terminal (scripts/bench-terminal.py).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check bce-python-sdk pyte >/dev/null

echo "building the release benchmarks..." >&2
# SwiftPM keeps the build plan of a path dependency across builds and misses files added to it since: re-plan.
rm -f Benchmarks/.build/release/description.json Benchmarks/.build/release.yaml
swift build -c release --package-path Benchmarks --product core-bench >&2
core=$(Benchmarks/.build/release/core-bench assets/examples/seed-example.json)
python_sdk=$("$venv/bin/python" scripts/bench_python_signer.py)

value() { printf '%s\n' "$core" "$python_sdk" | awk -v key="$1" '$1 == key { print $2 }'; }
validate=$(value validate_tunnel)
body=$(value build_body)
sign=$(value sign_request)
hmac=$(value two_hmac_sha256)
sdk=$(value python_sdk_sign_request)

echo
echo "## Core (median ns per operation, this machine, this run)"
echo
echo "| operation | ns | target | ratio |"
echo "|---|---:|---|---|"
echo "| validate a whole tunnel | $validate | ≤ 5000 | |"
echo "| build the body | $body | | |"
echo "| sign an update request | $sign | | $(awk -v a="$sign" -v b="$hmac" 'BEGIN { printf "%.2f× the floor", a / b }') |"
echo "| two HMAC-SHA256, swift-crypto's HMAC API (floor) | $hmac | | |"
echo "| official Python SDK signer | $sdk | | $(awk -v a="$sdk" -v b="$sign" 'BEGIN { printf "%.0f× ours (≥ 10)", a / b }') |"

if [ -f scripts/bench-terminal.py ]; then
    echo
    echo "building the release editor (scripts/build-release.sh)..." >&2
    editor=$(scripts/build-release.sh)
    VPN_TUNNEL_BIN="$editor" "$venv/bin/python" scripts/bench-terminal.py
fi

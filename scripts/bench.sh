#!/usr/bin/env bash
# Benchmarks VPNTunnel against its yardsticks and prints one table.
#
#   core:     validate a tunnel, build the body, sign the update (release build of Benchmarks/), the floor of the
#             signature's two HMAC-SHA256, and the official Python SDK's signer (bce-python-sdk, in .build-venv/)
#             on the same request, all in this run;
#   big:      the big one-line inputs of scripts/big_inputs.py parsed by the core, by Python's json.loads and by
#             swift-foundation's JSONDecoder on the same bytes, and read and validated by the core, in this run;
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
big=$(python3 scripts/big_inputs.py)
core=$(Benchmarks/.build/release/core-bench assets/examples/seed-example.json 101 "$big")
python_sdk=$("$venv/bin/python" scripts/bench_python_signer.py)
python_json=$("$venv/bin/python" scripts/bench_python_json.py "$big")

value() { printf '%s\n' "$core" "$python_sdk" "$python_json" | awk -v key="$1" '$1 == key { print $2 }'; }
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

echo
echo "## Big one-line inputs (median µs per document, this machine, this run)"
echo
echo "| input | parse (ours) | Python json.loads | ours / Python (≤ 2) | JSONDecoder | ours / JSONDecoder (< 1) | read + validate (ours) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for name in subnets-1000 subnets-16000 overlap-2000 numbers-80k gateway-400x60; do
    ours=$(value "parse_$name")
    python=$(value "python_json_$name")
    decoder=$(value "jsondecoder_$name")
    checked=$(value "validate_$name")
    [ -n "$checked" ] || checked=$(value "read_$name")
    awk -v name="$name" -v a="$ours" -v p="$python" -v d="$decoder" -v v="$checked" 'BEGIN {
        printf "| %s | %.0f | %.0f | %.2f | %.0f | %.2f | %s |\n", name, a / 1000, p / 1000, a / p, d / 1000, a / d,
            v == "" ? "" : sprintf("%.0f", v / 1000) }'
done

if [ -f scripts/bench-terminal.py ]; then
    echo
    echo "building the release editor (scripts/build-release.sh)..." >&2
    editor=$(scripts/build-release.sh)
    VPN_TUNNEL_BIN="$editor" "$venv/bin/python" scripts/bench-terminal.py
fi

#!/usr/bin/env bash
# The client's own cost per update against the emulator, next to curl sending the same signed request.
#
# Starts the release emulator on a free loopback port, then: (1) Benchmarks' client-bench sends COUNT updates
# through TunnelClient (one connection, signed per attempt, the same clientToken); (2) one curl process sends the
# same signed bytes COUNT times over one kept-alive connection. The emulator answers both from its idempotence
# record, so the difference per request is the client's overhead over curl's.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}

swift build -c release --product vpn-tunnel --static-swift-stdlib >&2
rm -f Benchmarks/.build/release/description.json Benchmarks/.build/release.yaml
swift build -c release --package-path Benchmarks --product client-bench >&2

log=$(mktemp)
.build/release/vpn-tunnel emulator --port 0 >"$log" 2>&1 &
emulator=$!
trap 'kill $emulator 2>/dev/null; rm -f "$log" "$log.curl"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1)

ours=$(Benchmarks/.build/release/client-bench "$url" assets/examples/seed-example.json "$count")

# The same request, signed now, as curl arguments: one config block per request in a single curl process.
BCE_ACCESS_KEY_ID=demo-access-key BCE_SECRET_ACCESS_KEY=demo-secret-key .build/release/vpn-tunnel preview \
    --file assets/examples/seed-example.json --endpoint "$url" --client-token bench-client-token --reveal-secrets \
    2>/dev/null >"$log.curl"
python3 - "$log.curl" "$url" "$count" >"$log.cfg" <<'PY'
import sys
text = open(sys.argv[1]).read()
head, _, body = text.partition("\n\n")
lines = head.split("\n")
method, target, _ = lines[0].split(" ")
block = [f'url = "{sys.argv[2]}{target}"', f"request = {method}", "silent", 'output = "/dev/null"']
block += [f'header = "{line}"' for line in lines[1:] if not line.lower().startswith(("host:", "content-length:"))]
body = body.rstrip("\n")
block.append("data-binary = \"" + body.replace("\\", "\\\\").replace('"', '\\"') + "\"")
for index in range(int(sys.argv[3]) + 20):
    if index:
        print("next")
    print("\n".join(block))
PY
start=$(date +%s%N)
curl --config "$log.cfg"
end=$(date +%s%N)
curl_mean=$(( (end - start) / (count + 20) ))

echo "$ours"
echo "curl_update_mean_ns	$curl_mean"

#!/usr/bin/env bash
# The command line on big one-line inputs (scripts/big_inputs.py writes them): wall time, CPU time (user + system;
# the machine is shared, and wall time counts waits for a core), peak resident memory and bytes written, for
# `validate` on four files and `show` of a 1 MB gateway answered by the emulator (its CPU is not counted).
#
#   scripts/bench-big-inputs.sh [BINARY]     default .build-release/release/vpn-tunnel (scripts/build-release.sh)
#
# Prints a Markdown table. Each figure is the median of --runs launches (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:-.build-release/release/vpn-tunnel}
runs=${RUNS:-3}
inputs=$(python3 scripts/big_inputs.py "${BIG_INPUTS:-.build-bench/big-inputs}")
scratch=$(mktemp -d)
emulator_pid=
trap '[ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; rm -rf "$scratch"' EXIT

# One row: the median wall time, peak RSS and output size of `runs` launches of the command after the label.
measure() {
    local label=$1
    shift
    local samples=()
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$@" >"$scratch/out" 2>"$scratch/err" || true
        samples+=("$(cat "$scratch/time" | tail -1) $(($(wc -c <"$scratch/out") + $(wc -c <"$scratch/err")))")
    done
    printf '%s\n' "${samples[@]}" | sort -n | awk -v label="$label" -v n="$runs" '
        NR == int((n + 1) / 2) { printf "| %s | %.2f s | %.2f s | %.1f MB | %d |\n", label, $1, $2 + $3, $4 / 1024, $5 }'
}

echo "| input | wall time | CPU time | peak memory | output bytes |"
echo "|---|---:|---:|---:|---:|"
measure "validate, 1,000 distinct subnets a side (one line)" "$binary" validate --file "$inputs/subnets-1000.json"
measure "validate, 16,000 distinct subnets a side (one line)" "$binary" validate --file "$inputs/subnets-16000.json"
measure "validate, 2,000 x 2,000 rows that all overlap" "$binary" validate --file "$inputs/overlap-2000.json"
measure "validate, an 80 KB one-line array of numbers" "$binary" validate --file "$inputs/numbers-80k.json"

"$binary" emulator --port 0 --seed "$inputs/gateway-400x60.seed" >"$scratch/emulator" 2>&1 &
emulator_pid=$!
for _ in $(seq 200); do
    port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$scratch/emulator")
    [ -n "$port" ] && break
    sleep 0.1
done
measure "show, 400 tunnels x 60 subnets a side (a 1 MB one-line answer)" env \
    BCE_ACCESS_KEY_ID=demo-access-key BCE_SECRET_ACCESS_KEY=demo-secret-key \
    "$binary" show --endpoint "http://127.0.0.1:$port" --vpn-id vpn-s1bpb19cmd8n

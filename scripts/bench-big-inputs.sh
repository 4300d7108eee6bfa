#!/usr/bin/env bash
# The command line on big one-line inputs (scripts/big_inputs.py writes them): wall time, CPU time (user + system;
# the machine is shared, and wall time counts waits for a core), peak resident memory and bytes written, for
# `validate` on four files and `show` of a 1 MB gateway answered by the emulator (its CPU is not counted).
#
#   scripts/bench-big-inputs.sh [BINARY]     default .build-release/release/vpn-tunnel (scripts/build-release.sh)
#
# Prints a Markdown table. Each row is the median of $RUNS launches (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:-.build-release/release/vpn-tunnel}
runs=${RUNS:-3}
inputs=$(python3 scripts/big_inputs.py "${BIG_INPUTS:-.build-bench/big-inputs}")
scratch=$(mktemp -d)
emulator_pid=
trap '[ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; rm -rf "$scratch"' EXIT

# One row: the median wall time (and that launch's CPU time, peak memory and output size) of `runs` launches of the
# command after the label, measured by Python from the child's rusage (microseconds; GNU time rounds to 10 ms).
measure() {
    local label=$1
    shift
    python3 - "$label" "$runs" "$scratch" "$@" <<'PYTHON'
import os, statistics, subprocess, sys, time
label, runs, scratch, argv = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
samples = []
for _ in range(runs):
    with open(os.path.join(scratch, "out"), "wb") as out:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
        _, _, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    size = os.path.getsize(os.path.join(scratch, "out"))
    samples.append((wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, size))
wall, cpu, rss, size = sorted(samples)[(runs - 1) // 2]
print(f"| {label} | {wall * 1000:,.0f} ms | {cpu * 1000:,.0f} ms | {rss:,.1f} MB | {size:,} |")
PYTHON
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

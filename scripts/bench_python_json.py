#!/usr/bin/env python3
"""Times Python's `json.loads` (its C scanner) on the big inputs of scripts/big_inputs.py.

Prints `python_json_NAME<TAB>ns` lines, the median of timed batches, like core-bench does for the same files, and
like it in the thread's CPU time (the machine is shared: wall time would count waits for a core).
"""
import json
import statistics
import sys
import time
from pathlib import Path

NAMES = ["subnets-1000", "subnets-16000", "overlap-2000", "numbers-80k", "gateway-400x60"]


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    for name in NAMES:
        data = (folder / f"{name}.json").read_bytes()
        per_batch = max(1, 200_000 // len(data))
        for _ in range(per_batch):
            json.loads(data)
        samples = []
        for _ in range(101):
            start = time.thread_time_ns()
            for _ in range(per_batch):
                json.loads(data)
            samples.append((time.thread_time_ns() - start) / per_batch)
        print(f"python_json_{name}\t{statistics.median(samples):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

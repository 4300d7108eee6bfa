#!/usr/bin/env python3
"""Times the official Python SDK's signer (bce-python-sdk) on the seed's update request.

Prints `python_sdk_sign_request<TAB>ns`, the median of many timed batches in the thread's CPU time, like core-bench.
"""
import statistics
import sys
import time

from baidubce.auth import bce_v1_signer
from baidubce.auth.bce_credentials import BceCredentials

CREDENTIALS = BceCredentials(b"AKIDEXAMPLE", b"SKEXAMPLE")
HEADERS = {
    b"Host": b"bcc.bj.baidubce.com",
    b"Content-Type": b"application/json;charset=utf-8",
    b"Content-Length": b"417",
    b"User-Agent": b"vpn-tunnel/0.1",
    b"x-bce-date": b"2024-01-02T03:04:05Z",
}
PARAMS = {b"clientToken": b"1849ef6b-f73c-4f5d-b88b-259ca47af849"}
TIMESTAMP = 1704164645


def sign() -> bytes:
    return bce_v1_signer.sign(
        CREDENTIALS, b"PUT", b"/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq", HEADERS, PARAMS, TIMESTAMP, 1800,
        [b"content-length", b"content-type", b"host", b"x-bce-date"])


def main() -> int:
    batches, per_batch = 51, 500
    for _ in range(per_batch):
        sign()
    samples = []
    for _ in range(batches):
        start = time.thread_time_ns()
        for _ in range(per_batch):
            sign()
        samples.append((time.thread_time_ns() - start) / per_batch)
    print(f"python_sdk_sign_request\t{statistics.median(samples):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

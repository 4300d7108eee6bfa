#!/usr/bin/env python3
"""Checks a request printed by `vpn-tunnel preview --reveal-secrets` with the official Python SDK's signer.

Reads the HTTP text on standard input, recomputes the Authorization header with
`baidubce.auth.bce_v1_signer.sign` (bce-python-sdk from PyPI) over the same method, path, query and headers,
and exits 0 when both agree. Credentials come from BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY.
"""
import calendar
import os
import sys
import time
from urllib.parse import unquote

from baidubce.auth import bce_v1_signer
from baidubce.auth.bce_credentials import BceCredentials


def main() -> int:
    text = sys.stdin.read()
    head, _, _body = text.partition("\n\n")
    lines = head.split("\n")
    method, target, _version = lines[0].split(" ")
    path, _, query = target.partition("?")
    params = {}
    for pair in filter(None, query.split("&")):
        key, _, value = pair.partition("=")
        params[unquote(key).encode()] = unquote(value).encode()
    headers = {}
    authorization = None
    for line in lines[1:]:
        name, _, value = line.partition(": ")
        if name.lower() == "authorization":
            authorization = value
        else:
            headers[name.encode()] = value.encode()
    if authorization is None:
        print("no Authorization header in the request", file=sys.stderr)
        return 1
    _prefix, access_key, timestamp, expiration, signed, _signature = authorization.split("/")
    seconds = calendar.timegm(time.strptime(timestamp, "%Y-%m-%dT%H:%M:%SZ"))
    credentials = BceCredentials(
        os.environ["BCE_ACCESS_KEY_ID"].encode(), os.environ["BCE_SECRET_ACCESS_KEY"].encode())
    to_sign = [name.encode() for name in signed.split(";")] if signed else None
    expected = bce_v1_signer.sign(
        credentials, method.encode(), unquote(path).encode(), headers, params, seconds, int(expiration), to_sign)
    expected = expected.decode()
    if expected != authorization:
        print(f"mismatch:\n  sent: {authorization}\n  sdk:  {expected}", file=sys.stderr)
        return 1
    print(f"the official SDK's signer agrees: {expected}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

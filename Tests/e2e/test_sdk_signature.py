"""The preview's Authorization header, checked with the official Python SDK's signer.

`vpn-tunnel preview --reveal-secrets` prints the exact request; `scripts/sdk_verify.py` recomputes its
Authorization header with bce-python-sdk's `bce_v1_signer.sign` over the same method, path, query and headers.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from support import REPO_ROOT, built_binary
CREDENTIALS = {"BCE_ACCESS_KEY_ID": "AKIDEXAMPLE", "BCE_SECRET_ACCESS_KEY": "SKEXAMPLE"}


def preview(*extra: str) -> str:
    result = subprocess.run(
        [str(built_binary()), "preview", "--file", str(REPO_ROOT / "assets/examples/seed-example.json")]
        + ["--reveal-secrets", *extra],
        env={"PATH": os.environ.get("PATH", "/usr/bin"), **CREDENTIALS},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def sdk_verify(request: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts/sdk_verify.py")],
        input=request,
        env={**os.environ, **CREDENTIALS},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(autouse=True)
def requires_sdk() -> None:
    pytest.importorskip("baidubce", reason="bce-python-sdk is not installed (scripts/test.sh installs it)")


@pytest.mark.parametrize(
    "extra",
    [
        ("--date", "2024-01-02T03:04:05Z", "--client-token", "1849ef6b-f73c-4f5d-b88b-259ca47af849"),
        ("--endpoint", "http://127.0.0.1:8080", "--expiration", "60"),
        # A token the rule allows (printable ASCII, no space) that still needs percent-encoding in the query.
        ("--region", "gz", "--client-token", "token/with:colons&and=signs+plus~tilde"),
    ],
)
def test_the_official_sdk_accepts_the_previewed_signature(extra: tuple[str, ...]) -> None:
    result = sdk_verify(preview(*extra))
    assert result.returncode == 0, result.stderr
    assert "the official SDK's signer agrees" in result.stdout


def test_a_changed_header_is_caught() -> None:
    request = preview("--date", "2024-01-02T03:04:05Z").replace("Content-Length: 417", "Content-Length: 418")
    result = sdk_verify(request)
    assert result.returncode == 1
    assert "mismatch" in result.stderr

"""Helpers the end-to-end tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

DIALOG = shutil.which("dialog")
requires_dialog = pytest.mark.skipif(
    DIALOG is None, reason="dialog is not installed (apt-get install dialog): the harness is proven on it"
)

UTF8_ENV = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}  # C.UTF-8 ships with every glibc


def python_child(source: str) -> list[str]:
    """argv that runs a small Python program (the harness's own interpreter) in the terminal."""
    return [sys.executable, "-c", source]


def pid_is_running(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie waiting for a parent that will never reap it."""
    try:
        with open(f"/proc/{pid}/stat") as file:
            stat = file.read()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def vpn_tunnel_binary() -> Path:
    """The program under test: ``.build/debug/vpn-tunnel`` (what ``swift test`` builds) unless ``VPN_TUNNEL_BIN``
    names another (the release build, say)."""
    return Path(os.environ.get("VPN_TUNNEL_BIN", REPO_ROOT / ".build" / "debug" / "vpn-tunnel"))

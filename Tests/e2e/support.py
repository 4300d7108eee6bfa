"""Helpers the end-to-end tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

if TYPE_CHECKING:
    from harness import Terminal

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


def built_binary() -> Path:
    """The program under test, which must be built: a test that needs it fails rather than skips without it."""
    path = vpn_tunnel_binary()
    assert os.access(path, os.X_OK), f"{path} is not built (swift build; or set VPN_TUNNEL_BIN)"
    return path


def box_text(terminal: "Terminal") -> str:
    """The text inside the box drawn over the form (between its ``|`` borders), its lines folded into one, so
    that a wrapped sentence can be read whole."""
    parts = [line[line.index("|") + 1 : line.rindex("|")] for line in terminal.screen_lines() if line.count("|") >= 2]
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def save_peer_config(terminal: "Terminal", path: Path, prompt: str = "Save to (mode 0600):") -> None:
    """In the editor's peer configuration (Ctrl-O): ``s``, wait for ``prompt``, replace the offered path with
    ``path``, Enter, and wait until the editor says it saved it."""
    terminal.type_text("s")
    terminal.wait_for_text(prompt)
    terminal.press("Ctrl-U")
    terminal.type_text(str(path))
    terminal.press("Enter")
    terminal.wait_for_text(f"saved to {path} (mode 0600)")


@contextlib.contextmanager
def running_emulator(*options: str, binary: Optional[Path] = None, cwd: Path = REPO_ROOT) -> Iterator[str]:
    """``vpn-tunnel emulator`` on a free loopback port with ``options`` (``--latency 3000`` …); yields its URL.
    ``binary`` is the program under test unless given (a copy elsewhere, say), run in ``cwd``."""
    process = subprocess.Popen(
        [str(binary or built_binary()), "emulator", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=str(cwd),
    )
    try:
        assert process.stdout is not None
        url = None
        printed: list[str] = []
        for line in process.stdout:
            printed.append(line)
            match = re.search(r"http://127\.0\.0\.1:\d+", line)
            if match:
                url = match.group(0)
                break
        assert url, "the emulator printed no URL:\n" + "".join(printed)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)

"""End to end: Ctrl-O in `vpn-tunnel demo` shows the peer's configuration with the gateway address the emulator
gives as the tunnel's localIp (its VPN's EIP, 198.51.100.10), switches vendor, and saves owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Callable

from harness import Terminal
from support import REPO_ROOT, built_binary, save_peer_config


def test_ctrl_o_shows_and_saves_the_peer_configuration(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    terminal = spawn(
        [str(built_binary()), "demo"],
        columns=100,
        lines=30,
        env={"XDG_STATE_HOME": str(tmp_path / "state"), "ESCDELAY": "25", "NO_COLOR": None},
        cwd=str(REPO_ROOT),
        hard_timeout=120,
    )
    terminal.wait_for_text("IKE encryption (ikeEncAlg)", timeout=60)
    terminal.press("Ctrl-O")
    terminal.wait_for_text("Peer configuration: strongSwan (swanctl.conf) (key masked)")
    terminal.wait_for_text("remote_addrs = 198.51.100.10")
    terminal.press("Tab", "Tab")
    terminal.wait_for_text("Peer configuration: Cisco IOS (key masked)")
    terminal.wait_for_text(" set peer 198.51.100.10")
    saved = tmp_path / "peer-ios.txt"
    save_peer_config(terminal, saved, prompt="Save to (mode 0600): bce-")
    assert stat.S_IMODE(os.lstat(saved).st_mode) == 0o600
    text = saved.read_text()
    assert " set peer 198.51.100.10\n" in text
    assert "********" in text and "ddd22@www" not in text
    terminal.press("Esc")
    terminal.wait_for_text("IKE encryption (ikeEncAlg)")

"""End to end: the confirmation says everything that matters, and reading a tunnel never shows a blank screen.

* The demo's confirmation names the emulator's host, the fields that change on the tunnel as it has it and the
  warnings still standing; with nothing changed it says "No changes" and Enter sends nothing.
* Reading a tunnel from a slow BCE (the emulator with ``--latency``) shows what is read, from where, and the time
  elapsed, until the form comes; Esc cancels and the program says nothing was changed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterator

import pytest

from harness import Terminal
from support import UTF8_ENV, box_text, built_binary, running_emulator

HINT = "Ctrl-P preview"
DEMO_CREDENTIALS = {"BCE_ACCESS_KEY_ID": "demo-access-key", "BCE_SECRET_ACCESS_KEY": "demo-secret-key"}
TUNNEL = ("vpn-s1bpb19cmd8n", "vpnconn-ku4cxya6nisq")


def test_the_demo_confirmation_tells_what_matters_and_sends_no_empty_update(
    spawn: Callable[..., Terminal], tmp_path: Path
) -> None:
    terminal = spawn([str(built_binary()), "demo"], env={**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path)}, hard_timeout=120)
    terminal.wait_for_text(HINT, timeout=60)
    url = re.search(r"http://127\.0\.0\.1:(\d+)", terminal.screen_text())
    assert url, terminal.dump()

    terminal.press("Ctrl-S")
    terminal.wait_until(lambda term: "No changes:" in box_text(term), description="no changes said")
    assert "on BCE already has these values. Nothing to send." in box_text(terminal)
    terminal.press("Enter")
    terminal.press("Esc")
    terminal.wait_for_text_gone("No changes:")
    assert "Sending" not in terminal.screen_text() and "Applied" not in terminal.screen_text()

    terminal.type_text("-2")  # into the name, where the focus starts
    terminal.press("Ctrl-S")
    terminal.wait_until(lambda term: "Enter sends it" in box_text(term), description="the confirmation")
    text = box_text(terminal)
    assert f"to 127.0.0.1:{url.group(1)}?" in text, text
    assert f"Changes to {TUNNEL[1]} as BCE has it: vpnConnName" in text, text
    assert re.search(r"It is sent with \d+ warnings?:", text), text
    assert "is weak" in text or "private address" in text, text
    terminal.press("Enter")
    terminal.wait_until(lambda term: "Applied" in box_text(term), description="applied", timeout=30)


@pytest.fixture
def slow_emulator() -> Iterator[str]:
    """The emulator answering after 3 s."""
    with running_emulator("--latency", "3000") as url:
        yield url


def edit_from_bce(spawn: Callable[..., Terminal], tmp_path: Path, url: str) -> Terminal:
    env = {**UTF8_ENV, **DEMO_CREDENTIALS, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    command = [str(built_binary()), "edit", "--vpn-id", TUNNEL[0], "--vpn-conn-id", TUNNEL[1], "--endpoint", url]
    return spawn(command, env=env)


def test_reading_a_tunnel_shows_what_and_how_long_until_the_form_comes(
    spawn: Callable[..., Terminal], tmp_path: Path, slow_emulator: str
) -> None:
    terminal = edit_from_bce(spawn, tmp_path, slow_emulator)
    host = slow_emulator.removeprefix("http://")
    terminal.wait_for_text(f"Reading tunnel {TUNNEL[1]} of {TUNNEL[0]} from {host}...")
    terminal.wait_for_regex(r"\b[1-9]\.\d s\b")  # the time elapsed moves while BCE is slow
    assert "Esc cancel" in terminal.screen_text()
    terminal.wait_for_text(HINT, timeout=20)
    assert "Reading tunnel" not in terminal.screen_text()


def test_esc_cancels_reading_a_tunnel(spawn: Callable[..., Terminal], tmp_path: Path, slow_emulator: str) -> None:
    terminal = edit_from_bce(spawn, tmp_path, slow_emulator)
    terminal.wait_for_text("Reading tunnel")
    terminal.press("Esc")
    assert terminal.wait_exit(timeout=10) == 1
    terminal.wait_output_read()
    assert "cancelled while reading vpnconn-ku4cxya6nisq from BCE; nothing was changed" in "".join(
        terminal.screen_lines()
    ), terminal.dump()

"""End to end: `vpn-tunnel edit` on a real ncurses terminal, for what only the real terminal can show.

* idle: the editor blocks on the keyboard and does not wake up while nobody types (CPU per key, README's Speed);
* a window resize redraws the form at the new size, and a too small window says so;
* a hang-up (the SSH connection closing) right after a key saves the draft before the editor exits;
* a pause in the typing saves the draft without any further key.

Fails when the binary is not built. Drafts go to a temporary ``XDG_STATE_HOME``.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Callable

import pytest

from harness import Terminal
from support import REPO_ROOT, UTF8_ENV, built_binary

EXAMPLE = REPO_ROOT / "assets" / "examples" / "seed-example.json"
TUNNEL_ID = json.loads(EXAMPLE.read_text())["vpnConnId"] if EXAMPLE.exists() else ""
HINT = "Ctrl-P preview"  # the form's last row
IDLE_SECONDS = 1.0
IDLE_CPU_LIMIT_NS = 300_000  # the old 100 ms wake-ups cost about 1.6 ms of CPU per idle second


@pytest.fixture
def editor(spawn: Callable[..., Terminal], tmp_path: Path) -> Terminal:
    binary = built_binary()
    env = {**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path / "state")}
    terminal = spawn([str(binary), "edit", "--file", str(EXAMPLE)], env=env)
    terminal.wait_for_text(HINT)
    terminal.wait_quiet(50)
    return terminal


def draft_file(tmp_path: Path) -> Path:
    return tmp_path / "state" / "vpn-tunnel" / f"draft-{TUNNEL_ID}.json"


def test_an_idle_editor_does_not_wake_up(editor: Terminal) -> None:
    before = editor.cpu_ns()
    time.sleep(IDLE_SECONDS)  # the measured period itself, not a wait for a condition
    spent = editor.cpu_ns() - before
    assert spent < IDLE_CPU_LIMIT_NS, f"{spent} ns of CPU in {IDLE_SECONDS} s with no key pressed"


def test_a_resize_redraws_the_form_at_the_new_size(editor: Terminal) -> None:
    editor.resize(120, 40)
    editor.wait_until(lambda term: HINT in term.row(39), description="hint line on the new last row")
    editor.resize(60, 20)
    editor.wait_for_text("terminal too small")
    editor.resize(100, 30)
    editor.wait_until(lambda term: HINT in term.row(29), description="hint line back on row 29")


def test_a_hang_up_right_after_a_key_saves_the_draft(editor: Terminal, tmp_path: Path) -> None:
    editor.type_text("Z")
    editor.wait_for_text(f"{TUNNEL_ID}Z")
    os.killpg(editor.pid, signal.SIGHUP)
    editor.wait_exit(10)
    saved = json.loads(draft_file(tmp_path).read_text())
    assert saved["vpnConnId"] == f"{TUNNEL_ID}Z"


def test_a_pause_in_the_typing_saves_the_draft(editor: Terminal, tmp_path: Path) -> None:
    editor.type_text("Y")
    editor.wait_for_text(f"{TUNNEL_ID}Y")
    deadline = time.monotonic() + 5
    while not draft_file(tmp_path).exists():
        assert time.monotonic() < deadline, "no draft 5 s after the last key"
        time.sleep(0.02)  # polling a file: there is no event to wait on
    assert json.loads(draft_file(tmp_path).read_text())["vpnConnId"] == f"{TUNNEL_ID}Y"


def test_a_key_behind_a_lone_esc_is_read_with_it(editor: Terminal) -> None:
    # Alt-Backspace arrives as ESC DEL: ncurses returns the ESC and keeps the DEL, which must be read at once
    # rather than after the next key.
    editor.type_text(" extra")
    editor.wait_for_text(f"{TUNNEL_ID} extra")
    editor.write(b"\x1b\x7f")
    editor.wait_until(lambda term: "extra" not in term.screen_text(), description="the word deleted")
    assert TUNNEL_ID in editor.screen_text()


def test_a_burst_of_typing_is_all_shown(editor: Terminal) -> None:
    # Several keys in one write: each read must look for the next without waiting for another key.
    editor.write(b"0123456789")
    editor.wait_for_text(f"{TUNNEL_ID}0123456789")

"""End to end: the editor cannot be turned against the tunnel it edits, and never stops reading keys.

* A tunnel read from BCE (the demo) shows its ids but never lets them be edited: the focus starts on the first
  editable field, and no key reaches the ids, so an edit cannot replace the gateway's other tunnel.
* A tunnel file whose id was edited says, before anything is sent, that the update now targets another tunnel
  than the file's, and compares the form with that tunnel as BCE (here the emulator) has it.
* Non-ASCII keys under ``LANG=C``, under a UTF-8 locale the machine lacks, and bytes that are not UTF-8: the
  editor refuses or accepts them and goes on reading keys (it used to wait for ever inside ncurses).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Callable, Iterator

import pytest

from harness import Terminal
from support import REPO_ROOT, UTF8_ENV, box_text, built_binary, running_emulator

EXAMPLE = REPO_ROOT / "assets" / "examples" / "seed-example.json"
TUNNEL_ID = json.loads(EXAMPLE.read_text())["vpnConnId"]
OTHER_TUNNEL_ID = "vpnconn-p3x8d2nq7w1z"  # the seed gateway's other tunnel (assets/emulator/seed.json)
HINT = "Ctrl-P preview"
DEMO_CREDENTIALS = {"BCE_ACCESS_KEY_ID": "demo-access-key", "BCE_SECRET_ACCESS_KEY": "demo-secret-key"}


def focused_row(terminal: Terminal) -> str:
    """The form row that holds the focus marker ``>`` in its first column; empty while a frame is half drawn (the
    old marker not yet erased, or the new one not yet drawn)."""
    rows = [line for line in terminal.screen_lines() if line.startswith(">")]
    return rows[0] if len(rows) == 1 else ""


def wait_focus(terminal: Terminal, label: str) -> None:
    terminal.wait_until(lambda term: label in focused_row(term), description=f"the focus on {label}")


def label_row(terminal: Terminal, label: str) -> str:
    rows = [line for line in terminal.screen_lines() if label in line]
    assert rows, terminal.dump()
    return rows[0]


def focus(terminal: Terminal, label: str) -> None:
    for _ in range(30):
        terminal.wait_until(lambda term: focused_row(term) != "", description="a whole frame")
        if label in focused_row(terminal):
            return
        before = focused_row(terminal)
        terminal.press("Tab")
        terminal.wait_until(lambda term: focused_row(term) not in ("", before), description="the focus moved")
    raise AssertionError(f"never focused {label}\n{terminal.dump()}")


# MARK: - Ids of a tunnel read from BCE


def test_the_demo_starts_on_the_name_and_never_edits_the_tunnel_ids(
    spawn: Callable[..., Terminal], tmp_path: Path
) -> None:
    terminal = spawn(
        [str(built_binary()), "demo"], env={**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path / "state")}, hard_timeout=120
    )
    terminal.wait_for_text(HINT, timeout=60)
    wait_focus(terminal, "Name (vpnConnName)")
    assert f"{TUNNEL_ID}  (read from BCE)" in label_row(terminal, "Tunnel ID (vpnConnId)")
    assert "(read from BCE)" in label_row(terminal, "VPN ID (vpnId)")

    # What is typed first lands in the name, not in the id (it used to become the tunnel the update replaced).
    terminal.type_text("zz")
    terminal.wait_until(lambda term: "vpnconzz" in label_row(term, "Name (vpnConnName)"), description="typed")
    assert f"{TUNNEL_ID}  (read from BCE)" in label_row(terminal, "Tunnel ID (vpnConnId)")

    # Backwards through every field, twice round: the ids are never focused.
    seen: set[str] = set()
    for _ in range(2 * 20):
        before = focused_row(terminal)
        terminal.press("Shift-Tab")
        terminal.wait_until(lambda term: focused_row(term) not in ("", before), description="the focus moved")
        seen.add(focused_row(terminal)[:34].strip())
    assert not any("vpnConnId" in label or "(vpnId)" in label for label in seen), seen
    assert any("vpnConnName" in label for label in seen), seen


# MARK: - A tunnel file that now names another tunnel


@pytest.fixture
def emulator() -> Iterator[str]:
    with running_emulator() as url:
        yield url


def test_a_retargeted_file_says_so_and_compares_with_the_tunnel_it_now_names(
    spawn: Callable[..., Terminal], tmp_path: Path, emulator: str
) -> None:
    env = {**UTF8_ENV, **DEMO_CREDENTIALS, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    terminal = spawn([str(built_binary()), "edit", "--file", str(EXAMPLE), "--endpoint", emulator], env=env)
    terminal.wait_for_text(HINT)
    wait_focus(terminal, "Tunnel ID (vpnConnId)")  # a file's id stays editable
    terminal.press("Ctrl-U")
    terminal.type_text(OTHER_TUNNEL_ID)
    terminal.wait_until(lambda term: OTHER_TUNNEL_ID in focused_row(term), description="the id typed")
    terminal.press("Ctrl-S")
    terminal.wait_until(
        lambda term: f"Changes to {OTHER_TUNNEL_ID} as BCE has it:" in box_text(term),
        description="the confirmation compared with the other tunnel",
        timeout=20,
    )
    text = box_text(terminal)
    assert f"It now targets tunnel {OTHER_TUNNEL_ID} instead of the file's {TUNNEL_ID}." in text, text
    assert "No field changed since it was loaded" not in text
    terminal.press("Esc")
    terminal.wait_for_text_gone("Send this update")


# MARK: - Keys the locale or the terminal cannot carry


def test_non_ascii_under_lang_c_is_refused_and_keys_go_on(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    env = {"LANG": "C", "LC_ALL": "C", "LC_CTYPE": None, "XDG_STATE_HOME": str(tmp_path / "state")}
    terminal = spawn([str(built_binary()), "edit", "--file", str(EXAMPLE)], env=env)
    terminal.wait_for_text(HINT)
    focus(terminal, "Description (description)")
    terminal.press("End")
    terminal.type_text("é")
    terminal.wait_for_text("only ASCII can be typed")
    terminal.type_text("北京x")
    terminal.wait_until(lambda term: "111x" in focused_row(term), description="x typed after the refused text")
    terminal.press("Ctrl-Q")
    terminal.wait_for_text("Quit with unsent edits?")
    terminal.type_text("y")
    assert terminal.wait_exit(timeout=10) == 0


def test_a_missing_utf8_locale_still_takes_chinese_text(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    """An SSH client forwards a UTF-8 locale to a server that lacks it: the terminal speaks UTF-8, so does the editor.

    The locale is the first of a few common ones this machine lacks (not a Chinese one: those choose the Chinese
    interface)."""
    installed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().replace("-", "")
    candidates = ["de_DE.UTF-8", "fr_FR.UTF-8", "ja_JP.UTF-8", "pt_BR.UTF-8", "ru_RU.UTF-8"]
    missing = [name for name in candidates if name.lower().replace("-", "") not in installed]
    assert missing, f"this test needs a machine without one of {candidates}"
    env = {"LANG": missing[0], "LC_ALL": None, "LC_CTYPE": None, "XDG_STATE_HOME": str(tmp_path / "state")}
    terminal = spawn([str(built_binary()), "edit", "--file", str(EXAMPLE)], env=env)
    terminal.wait_for_text(HINT)
    focus(terminal, "Description (description)")
    terminal.press("End")
    terminal.type_text("北京x")
    terminal.wait_until(lambda term: "111北京x" in focused_row(term), description="Chinese text typed")
    # Drawn at its display width: two columns a character, so the cursor stands right after the x.
    found = terminal.find_text("111北京x")
    assert found is not None
    column, row = found
    assert terminal.cursor() == (column + 3 + 2 * 2 + 1, row), terminal.dump()
    terminal.press("Ctrl-Q")
    terminal.wait_for_text("Quit with unsent edits?")
    terminal.type_text("y")
    assert terminal.wait_exit(timeout=10) == 0


def test_bytes_that_are_not_utf8_are_refused_and_keys_go_on(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    """A terminal set to Latin-1 sends é as one byte 0xE9: the start of a UTF-8 sequence that never completes."""
    terminal = spawn(
        [str(built_binary()), "edit", "--file", str(EXAMPLE)], env={**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path / "s")}
    )
    terminal.wait_for_text(HINT)
    focus(terminal, "Description (description)")
    terminal.press("End")
    terminal.write(b"\xe9")
    terminal.wait_for_text("not UTF-8")
    terminal.type_text("x")
    terminal.wait_until(lambda term: "111x" in focused_row(term), description="x typed after the refused byte")
    terminal.press("Ctrl-Q")
    terminal.wait_for_text("Quit with unsent edits?")
    terminal.type_text("y")
    assert terminal.wait_exit(timeout=10) == 0

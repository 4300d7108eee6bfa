"""End to end: text the program did not write cannot drive the terminal, and a masked key tells nothing.

* a tunnel file whose description holds a CR, an OSC window-title sequence, a screen clear, colours, BEL, a C1
  CSI and a bidi override: the editor draws them as placeholders, so the label column stays intact and the title
  sequence from the file never reaches the terminal;
* the pre-shared key is shown as the same mask for an 8- and a 17-character key;
* the running editor cannot write a core file (its core size limit is 0).

Fails when the binary is not built. Drafts go to a temporary ``XDG_STATE_HOME``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from harness import Terminal
from support import REPO_ROOT, UTF8_ENV, built_binary

EXAMPLE = REPO_ROOT / "assets" / "examples" / "seed-example.json"
HINT = "Ctrl-P preview"  # the form's last row
TITLE = b"\x1b]0;pwned"  # the start of the window-title sequence the file carries
HOSTILE_DESCRIPTION = "ok\r\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x1b[0m\u009b1m\u202eevil"
DESCRIPTION_LABEL = "Description (description)"
SECRET_LABEL = "Pre-shared key (secretKey)"


def tunnel_file(tmp_path: Path, name: str, **changes: str) -> Path:
    """The example tunnel with ``changes``, written as JSON (escapes keep the control characters in the file)."""
    tunnel = json.loads(EXAMPLE.read_text())
    tunnel.update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(tunnel))
    return path


@pytest.fixture
def open_editor(spawn: Callable[..., Terminal], tmp_path: Path) -> Callable[[Path], Terminal]:
    binary = built_binary()

    def start(file: Path) -> Terminal:
        env = {**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path / "state")}
        terminal = spawn([str(binary), "edit", "--file", str(file)], env=env)
        terminal.wait_for_text(HINT)
        terminal.wait_quiet(50)
        return terminal

    return start


def row_with(terminal: Terminal, label: str) -> str:
    found = terminal.find_text(label)
    assert found is not None, f"no {label!r} on screen\n{terminal.dump()}"
    return terminal.row(found[1])


def test_control_characters_in_a_description_are_drawn_as_placeholders(
    open_editor: Callable[[Path], Terminal], tmp_path: Path
) -> None:
    editor = open_editor(tunnel_file(tmp_path, "hostile.json", description=HOSTILE_DESCRIPTION))
    row = row_with(editor, DESCRIPTION_LABEL)
    # The label column is intact: a raw CR would have sent the rest of the value back over it.
    assert row.startswith(f"  {DESCRIPTION_LABEL}       ok"), editor.dump()
    # The controls are visible: CR and ESC as their control pictures, the rest of the text after them.
    assert "ok\u240d\u241b]0;pwned\u2407\u241b[2J" in row, editor.dump()
    assert "\u202e" not in editor.screen_text()
    output = editor.output()
    assert TITLE not in output, "the title sequence from the file reached the terminal"
    assert "\u009b".encode() not in output and "\u202e".encode() not in output
    # Nothing cleared the screen: the first and the last rows of the form are still there.
    assert editor.find_text("Tunnel ID (vpnConnId)") is not None and HINT in editor.screen_text()


def test_a_masked_key_shows_the_same_mask_whatever_its_length(
    open_editor: Callable[[Path], Terminal], tmp_path: Path
) -> None:
    short = open_editor(tunnel_file(tmp_path, "short.json", secretKey="abcd@123"))
    long = open_editor(tunnel_file(tmp_path, "long.json", secretKey="abcdefgh@12345678"))
    short_row, long_row = row_with(short, SECRET_LABEL), row_with(long, SECRET_LABEL)
    assert short_row.rstrip().endswith(f"{SECRET_LABEL}      ********"), short.dump()
    assert short_row == long_row


def test_the_editor_cannot_write_a_core_file(open_editor: Callable[[Path], Terminal]) -> None:
    editor = open_editor(EXAMPLE)
    assert editor.pid is not None
    limits = Path(f"/proc/{editor.pid}/limits").read_text()
    core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    assert core.split()[4:6] == ["0", "0"], core

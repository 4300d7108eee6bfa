"""End to end: terminals that cannot draw the form, terminals without an alternate screen, and Ctrl-Z.

* ``TERM=dumb`` (no cursor addressing) gets one line that names the terminal type and the commands that work
  without a form, and exit status 78, instead of a blank screen.
* On vt100 (no alternate screen) the form is cleared on exit, so the shell's prompt does not land in it.
* Ctrl-Z in the editor stops it under an interactive shell's job control, and ``fg`` brings the form back with
  every edit, as vim and nmtui do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from harness import Terminal
from support import REPO_ROOT, UTF8_ENV, built_binary

EXAMPLE = REPO_ROOT / "assets" / "examples" / "seed-example.json"
HINT = "Ctrl-P preview"
CONFIG_EXIT = 78  # sysexits.h EX_CONFIG


def test_a_terminal_without_cursor_addressing_is_told_what_to_use(
    spawn: Callable[..., Terminal], tmp_path: Path
) -> None:
    terminal = spawn(
        [str(built_binary()), "edit", "--file", str(EXAMPLE)],
        term="dumb",
        env={**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path / "state")},
    )
    assert terminal.wait_exit(timeout=10) == CONFIG_EXIT
    terminal.wait_output_read()
    text = "".join(terminal.screen_lines())  # one line, wrapped at the terminal's width
    assert "terminal type dumb (TERM) cannot move the cursor" in text, terminal.dump()
    assert "vpn-tunnel validate, preview or submit --file" in text
    assert "Tunnel ID" not in text


def test_without_an_alternate_screen_the_form_is_cleared_on_exit(
    spawn: Callable[..., Terminal], tmp_path: Path
) -> None:
    terminal = spawn(
        [str(built_binary()), "edit", "--file", str(EXAMPLE)],
        term="vt100",
        env={**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path / "state")},
    )
    terminal.wait_for_text(HINT)
    assert not terminal.in_alternate_screen
    terminal.press("Ctrl-Q")
    assert terminal.wait_exit(timeout=10) == 0
    terminal.wait_output_read()
    assert "Tunnel ID" not in terminal.screen_text(), terminal.dump()


def test_ctrl_z_suspends_to_the_shell_and_fg_brings_the_form_back(
    spawn: Callable[..., Terminal], tmp_path: Path
) -> None:
    env = {
        **UTF8_ENV,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "PS1": "shell$ ",
        "HOME": str(tmp_path),
        "HISTFILE": str(tmp_path / "history"),
    }
    shell = spawn(["bash", "--norc", "--noprofile", "-i"], env=env)
    shell.wait_for_text("shell$")
    shell.type_text(f"{built_binary()} edit --file {EXAMPLE}\r")
    shell.wait_for_text(HINT)
    shell.type_text("x")  # into the focused tunnel id
    shell.wait_for_text("vpnconn-ku4cxya6nisqx")

    shell.press("Ctrl-Z")
    shell.wait_for_text("Stopped")
    shell.wait_for_text_gone(HINT)  # the shell has the terminal back, outside the form

    shell.type_text("fg\r")
    shell.wait_for_text(HINT)
    shell.wait_for_text("vpnconn-ku4cxya6nisqx")  # the edit survived
    shell.type_text("y")
    shell.wait_for_text("vpnconn-ku4cxya6nisqxy")  # and keys still work
    shell.press("Ctrl-Q")
    shell.wait_for_text("Quit with unsent edits?")
    shell.type_text("y")
    shell.wait_for_text_gone(HINT)
    shell.type_text("echo status=$?\r")
    shell.wait_for_text("status=0")

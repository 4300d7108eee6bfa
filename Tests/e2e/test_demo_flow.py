"""End to end: `vpn-tunnel demo` in a 100x30 pseudo-terminal, driven by keys as an operator would.

demo → change ikeEncAlg through its dropdown → fix a subnet → Ctrl-P shows an Authorization header → Esc →
Ctrl-S, Enter confirms → the result shows a request id → the emulator's ``--state`` file holds the new values.

The binary is ``.build/debug/vpn-tunnel`` (what ``swift test`` builds) unless ``VPN_TUNNEL_BIN`` names another;
the test fails when it is not built.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable, Optional

from harness import Terminal
from support import REPO_ROOT, built_binary

IKE_ENC_LABEL = "IKE encryption (ikeEncAlg)"
LOCAL_SUBNETS_LABEL = "Local subnets (localSubnets)"
NEW_IKE_ENC = "aes256"
NEW_SUBNET = "10.20.0.0/16"
MAX_FOCUS_STEPS = 40  # more than the form has fields and list rows
FIELD_LABEL = re.compile(r"\w \([a-z][A-Za-z]+\)")  # "Plain name (apiName)", as every field is labelled


# MARK: - Reading the form


def label_row(terminal: Terminal, label: str) -> int:
    found = terminal.find_text(label)
    assert found is not None, f"no {label!r} on screen\n{terminal.dump()}"
    return found[1]


def is_focused(terminal: Terminal, label: str, rows_below: int = 0) -> bool:
    """Whether the field labelled ``label`` has the focus: the cursor sits on its row (or one of the
    ``rows_below`` rows under it, where a list's rows may be), or part of that row right of the label's start is
    in reverse video (how focus shows without colour)."""
    found = terminal.find_text(label)
    if found is None:
        return False
    x, y = found
    lines = terminal.screen_lines()
    rows = [y]
    for below in range(y + 1, min(y + rows_below + 1, len(lines))):
        if FIELD_LABEL.search(lines[below]):  # the next field's own row
            break
        rows.append(below)
    cursor_x, cursor_y = terminal.cursor()
    if terminal.cursor_visible() and cursor_y in rows and cursor_x >= x:
        return True
    return any(row in rows and column + len(text) > x for column, row, text in terminal.highlighted())


def focus_signature(terminal: Terminal) -> tuple[Any, ...]:
    return (terminal.cursor(), tuple(terminal.highlighted()))


def press_and_wait_for_change(terminal: Terminal, key: str, timeout: float = 5.0) -> None:
    """Press a key that moves focus or selection and wait until the screen shows the move."""
    before = focus_signature(terminal)
    terminal.press(key)
    terminal.wait_until(lambda term: focus_signature(term) != before, timeout, f"focus to move after {key}")
    # One key's frame may arrive in several chunks (the old highlight cleared before the new one is drawn, more so
    # on a loaded machine): judge the focus only once the program has gone quiet, or a Tab overshoots.
    terminal.wait_quiet(quiet_ms=60, timeout=timeout)


def press_and_wait_for_new_line(terminal: Terminal, key: str, pattern: str, timeout: float = 10.0) -> None:
    """Press ``key`` and wait for a screen line matching ``pattern`` that was not there before (the key-hint line
    may already say "send")."""
    compiled = re.compile(pattern)
    before = {line for line in terminal.screen_lines() if compiled.search(line)}
    terminal.press(key)
    terminal.wait_until(
        lambda term: any(compiled.search(line) and line not in before for line in term.screen_lines()),
        timeout,
        f"a new line matching /{pattern}/ after {key}",
    )


def focus_field(terminal: Terminal, label: str, rows_below: int = 0) -> None:
    """Tab through the form until ``label``'s field has the focus."""
    for _ in range(MAX_FOCUS_STEPS):
        if is_focused(terminal, label, rows_below):
            return
        press_and_wait_for_change(terminal, "Tab")
    raise AssertionError(f"{MAX_FOCUS_STEPS} Tabs never focused {label!r}\n{terminal.dump()}")


def highlighted_text(terminal: Terminal) -> str:
    return " ".join(text.strip() for _, _, text in terminal.highlighted())


def choose_in_open_dropdown(terminal: Terminal, value: str) -> None:
    """Move the dropdown's highlight to ``value`` with the arrow keys and pick it with Enter."""
    for _ in range(MAX_FOCUS_STEPS):
        if re.search(rf"(^|\W){re.escape(value)}(\W|$)", highlighted_text(terminal)):
            terminal.press("Enter")
            return
        press_and_wait_for_change(terminal, "Down")
    raise AssertionError(f"the dropdown never highlighted {value!r}\n{terminal.dump()}")


# MARK: - The emulator's state


def emulator_tunnels(state_file: Path) -> list[dict[str, Any]]:
    """The tunnels the demo's emulator holds: its ``--state`` file, written after every change."""
    assert state_file.exists(), f"the demo wrote no {state_file}"
    tunnels: list[dict[str, Any]] = json.loads(state_file.read_text())["vpnConns"]
    return tunnels


def tunnel_field(tunnel: dict[str, Any], *path: str) -> Any:
    value: Any = tunnel
    for key in path:
        value = value[key]
    return value


# MARK: - Tests


def demo_env(tmp_path: Path) -> dict[str, Optional[str]]:
    return {
        "XDG_STATE_HOME": str(tmp_path / "state"),  # drafts saved while typing stay in this test
        "ESCDELAY": "25",
        "NO_COLOR": None,
    }


def run_demo_flow(terminal: Terminal, state_file: Path) -> None:
    """The demo's flow, key by key, asserting on the screen at each step and on the emulator at the end."""
    # The form, fully drawn.
    terminal.wait_for_text(IKE_ENC_LABEL, timeout=60)
    terminal.wait_for_text(LOCAL_SUBNETS_LABEL)

    # ikeEncAlg through its dropdown.
    focus_field(terminal, IKE_ENC_LABEL)
    terminal.press("Enter")
    terminal.wait_until(lambda term: NEW_IKE_ENC in term.screen_text(), description="dropdown open")
    choose_in_open_dropdown(terminal, NEW_IKE_ENC)
    terminal.wait_until(
        lambda term: NEW_IKE_ENC in term.row(label_row(term, IKE_ENC_LABEL)), description="aes256 chosen"
    )

    # A subnet: the first local subnet row becomes NEW_SUBNET, and no problem is shown for it any more.
    focus_field(terminal, LOCAL_SUBNETS_LABEL, rows_below=1)
    terminal.press("End", *["Backspace"] * 32)  # longer than any CIDR
    terminal.type_text(NEW_SUBNET)
    terminal.wait_for_text(NEW_SUBNET)
    terminal.press("Tab")  # leaving the field shows its error, if any
    terminal.wait_for_text_gone("localSubnets[0] (")  # ValidationProblem.message: "path (value) rule"

    # Preview: the signed request.
    terminal.press("Ctrl-P")
    terminal.wait_for_regex(r"Authorization: bce-auth-v1/\S+")
    assert NEW_IKE_ENC in terminal.screen_text() or "ikeEncAlg" in terminal.screen_text()
    terminal.press("Esc")
    terminal.wait_for_text(IKE_ENC_LABEL)
    terminal.wait_for_text_gone("Authorization: bce-auth-v1/")

    # Submit, confirm, result.
    press_and_wait_for_new_line(terminal, "Ctrl-S", r"(?i)confirm|send|apply")
    press_and_wait_for_new_line(terminal, "Enter", r"(?i)request id|applied", timeout=30)
    # "unreachable" may be the tunnel's health in the watch that follows; BCE itself must have answered.
    assert not re.search(r"(?i)\brejected\b|could not be reached|Not sent", terminal.screen_text()), terminal.dump()

    tunnels = emulator_tunnels(state_file)
    assert any(
        tunnel_field(tunnel, "ikeConfig", "ikeEncAlg") == NEW_IKE_ENC
        and NEW_SUBNET in tunnel_field(tunnel, "localSubnets")
        for tunnel in tunnels
    ), json.dumps(tunnels, indent=2)


def test_demo_flow_applies_an_edit_to_the_emulator(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    state_file = tmp_path / "emulator-state.json"
    terminal = spawn(
        [str(built_binary()), "demo", "--state", str(state_file)],
        columns=100,
        lines=30,
        env=demo_env(tmp_path),
        cwd=str(REPO_ROOT),
        hard_timeout=180,  # a slow CI machine; every wait has its own, shorter timeout
    )
    run_demo_flow(terminal, state_file)

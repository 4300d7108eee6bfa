"""End to end: drafts in a state folder someone else may have prepared, and drafts that keep the screen's promises.

* a ``vpn-tunnel/`` state folder open to others turns drafts off: the editor says so and writes nothing there;
* links planted at the draft's temporary names are not followed: their targets keep their bytes and mode;
* the demo, which keeps no draft, does not promise one when asked to quit;
* a draft restored after a hang-up marks a pre-shared key that had been changed as to be typed again.

Each test has its own ``XDG_STATE_HOME``; the tests fail when the binary is not built.
"""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path
from typing import Callable

from harness import Terminal
from support import REPO_ROOT, UTF8_ENV, built_binary
from test_demo_flow import focus_field

EXAMPLE = REPO_ROOT / "assets" / "examples" / "seed-example.json"
TUNNEL_ID = json.loads(EXAMPLE.read_text())["vpnConnId"] if EXAMPLE.exists() else ""
DEMO_TUNNEL_ID = "vpnconn-ku4cxya6nisq"  # DemoCommand's default --vpn-conn-id
HINT = "Ctrl-P preview"  # the form's last row
NAME_LABEL = "Name (vpnConnName)"
KEY_LABEL = "Pre-shared key (secretKey)"
VICTIM_TEXT = "not the editor's\n"
# Wide enough for the drafts-off notice with a pytest temporary path in it.
WIDE = 220


def state_env(tmp_path: Path) -> dict[str, str]:
    return {**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path / "state"), "ESCDELAY": "25"}


def drafts_folder(tmp_path: Path) -> Path:
    return tmp_path / "state" / "vpn-tunnel"


def open_editor(
    spawn: Callable[..., Terminal], tmp_path: Path, columns: int = 100, ready: str = HINT
) -> Terminal:
    """The editor on the example tunnel file, once ``ready`` is on screen."""
    terminal = spawn(
        [str(built_binary()), "edit", "--file", str(EXAMPLE)], env=state_env(tmp_path), columns=columns, lines=30
    )
    terminal.wait_for_text(ready)
    terminal.wait_quiet(50)
    return terminal


def wait_for_file(path: Path, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"no {path} {timeout} s after the last key"
        time.sleep(0.02)  # polling a file: there is no event to wait on


def plant_victim(tmp_path: Path, name: str) -> Path:
    """A file outside the drafts folder that the editor must never write or chmod."""
    victim = tmp_path / name
    victim.write_text(VICTIM_TEXT)
    victim.chmod(0o644)
    return victim


def test_a_state_folder_open_to_others_turns_drafts_off(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    folder = drafts_folder(tmp_path)
    folder.mkdir(parents=True)
    folder.chmod(0o777)  # mkdir applies the umask
    editor = open_editor(spawn, tmp_path, columns=WIDE)
    editor.wait_for_text("drafts are off")
    assert f"drafts are off: {folder} has mode 777, open to group or others" in editor.screen_text(), editor.dump()

    editor.type_text("Z")
    editor.wait_for_text(f"{TUNNEL_ID}Z")
    editor.press("Ctrl-Q")
    editor.wait_for_text("No draft is kept")
    editor.type_text("y")
    editor.wait_exit(10)
    assert list(folder.iterdir()) == []
    assert stat.S_IMODE(folder.stat().st_mode) == 0o777  # left as the operator's to fix, not changed behind them


def test_links_at_predictable_draft_names_are_not_followed(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    folder = drafts_folder(tmp_path)
    folder.mkdir(parents=True, mode=0o700)
    draft = folder / f"draft-{TUNNEL_ID}.json"
    editor = open_editor(spawn, tmp_path)
    # The name the editor used to write through, and others a writer might pick (with the editor's own pid).
    names = [f"{draft.name}.tmp", f".{draft.name}.tmp", f"{draft.name}.{editor.pid}.tmp",
             f".{draft.name}.{editor.pid}.tmp", f"{draft.name}~"]
    victims = {}
    for index, name in enumerate(names):
        victims[name] = plant_victim(tmp_path, f"victim-{index}")
        (folder / name).symlink_to(victims[name])

    editor.type_text("Z")
    editor.wait_for_text(f"{TUNNEL_ID}Z")
    wait_for_file(draft)

    for name, victim in victims.items():
        assert victim.read_text() == VICTIM_TEXT, f"the link at {name} was written through"
        assert stat.S_IMODE(victim.stat().st_mode) == 0o644, f"the link at {name} was chmodded through"
        assert (folder / name).is_symlink()
    assert not draft.is_symlink()
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    assert json.loads(draft.read_text())["vpnConnId"] == f"{TUNNEL_ID}Z"


def test_the_demo_does_not_promise_a_draft_it_does_not_keep(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    demo = spawn([str(built_binary()), "demo"], env=state_env(tmp_path), columns=100, lines=30)
    demo.wait_for_text(HINT, timeout=60)
    demo.wait_quiet(50)
    demo.type_text("Z")
    demo.wait_for_text("vpnconZ")  # the focus starts on the name: the ids read from BCE cannot be edited
    demo.press("Ctrl-Q")
    demo.wait_for_text("No draft is kept")
    assert "The draft is kept" not in demo.screen_text(), demo.dump()
    demo.type_text("y")
    demo.wait_exit(10)
    # What the dialog said: nothing was kept, in the real tunnels' drafts folder or anywhere under the state home.
    kept = list((tmp_path / "state").rglob("*")) if (tmp_path / "state").exists() else []
    assert [path for path in kept if path.is_file()] == []


def test_a_restored_draft_marks_a_changed_key_as_to_be_typed_again(
    spawn: Callable[..., Terminal], tmp_path: Path
) -> None:
    first = open_editor(spawn, tmp_path)
    focus_field(first, NAME_LABEL)
    first.press("End")
    first.type_text("-2")
    first.wait_for_text("-2")
    focus_field(first, KEY_LABEL)
    first.press("End")
    first.type_text("9")
    first.wait_quiet(50)
    first.close()  # SIGHUP, as when the SSH connection is cut: the draft is saved before the editor exits
    draft = drafts_folder(tmp_path) / f"draft-{TUNNEL_ID}.json"
    saved = json.loads(draft.read_text())
    original_key = json.loads(EXAMPLE.read_text())["secretKey"]
    assert original_key not in draft.read_text() and original_key + "9" not in draft.read_text()
    assert saved["vpnConnName"].endswith("-2")

    second = open_editor(spawn, tmp_path, ready="A saved draft of this tunnel exists.")
    second.type_text("r")
    second.wait_for_text("needs to be typed again")
    key_row = second.find_text(KEY_LABEL)
    mark_row = second.find_text("needs to be typed again")
    assert key_row is not None and mark_row is not None and mark_row[1] == key_row[1] + 1, second.dump()

"""End to end: the editor's preview (Ctrl-P) reads well on a real 80x24 terminal.

* The body is shown indented, after a line that says so and names the key (``w``) that shows the bytes sent;
  ``w`` shows them, on one line broken between JSON members, and ``w`` again goes back.
* Ctrl-R shows the secrets and its hint then says ``Ctrl-R hide``; it keeps the scroll position.
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
NOTE = "-- body indented for reading; w shows the exact bytes sent --"
CREDENTIALS = {"BCE_ACCESS_KEY_ID": "demo-access-key", "BCE_SECRET_ACCESS_KEY": "demo-secret-key"}
MASKED_HINT = "Up/Down scroll  Ctrl-S submit  Ctrl-R reveal key  w wire bytes  Esc back"


@pytest.fixture
def preview(spawn: Callable[..., Terminal], tmp_path: Path) -> Terminal:
    binary = built_binary()
    env = {**UTF8_ENV, **CREDENTIALS, "XDG_STATE_HOME": str(tmp_path / "state")}
    terminal = spawn([str(binary), "edit", "--file", str(EXAMPLE)], env=env, columns=80, lines=24)
    terminal.wait_for_text(HINT)
    terminal.press("Ctrl-P")
    terminal.wait_for_text(NOTE)
    return terminal


def sent_body(secret: str) -> str:
    """The body sent for the example, compact in the file's key order (the tunnel id goes in the path)."""
    tunnel = json.loads(EXAMPLE.read_text())
    del tunnel["vpnConnId"]
    tunnel["secretKey"] = secret
    return json.dumps(tunnel, separators=(",", ":"), ensure_ascii=False)


def body_rows(terminal: Terminal) -> list[str]:
    """The rows after the empty line that ends the headers, continuation marks taken off."""
    rows = [row.rstrip() for row in terminal.screen_lines()[1:-1]]
    body = rows[rows.index("") + 1 :]
    while body and body[-1] == "":
        body.pop()
    return [row[2:] if row.startswith("> ") else row for row in body]


def test_the_body_is_indented_and_w_shows_the_bytes_sent(preview: Terminal) -> None:
    preview.wait_until(lambda term: term.row(23).rstrip() == MASKED_HINT, description="the preview's hint line")
    assert '  "vpnId": "vpn-s1bpb19cmd8n",' in preview.screen_lines(), preview.dump()
    assert '  "secretKey": "********",' in preview.screen_lines(), preview.dump()

    preview.type_text("w")
    wire = sent_body("********")
    preview.wait_until(
        lambda term: "w indented" in term.row(23) and "".join(body_rows(term)) == wire,
        description="the bytes sent, on rows that join into the body",
    )
    body = body_rows(preview)
    assert len(body) > 1 and NOTE not in preview.screen_text(), preview.dump()
    # Broken between members: every row but the last ends after a comma or a colon, outside any string.
    text = ""
    for row in body[:-1]:
        text += row
        assert text.endswith((",", ":")) and text.count('"') % 2 == 0, preview.dump()

    preview.type_text("w")
    preview.wait_until(
        lambda term: term.row(23).rstrip() == MASKED_HINT and '  "vpnId": "vpn-s1bpb19cmd8n",' in term.screen_lines(),
        description="the indented body again",
    )
    assert NOTE in preview.screen_text(), preview.dump()


def test_ctrl_r_reveals_says_hide_and_keeps_the_scroll_position(preview: Terminal) -> None:
    preview.press("Down", "Down", "Down")
    preview.wait_until(lambda term: term.row(1).startswith("Content-Type:"), description="scrolled by three rows")
    top = preview.row(1)
    preview.press("Ctrl-R")
    preview.wait_until(
        lambda term: "Ctrl-R hide" in term.row(23)
        and "secretKey shown" in term.row(0)
        and '  "secretKey": "ddd22@www",' in term.screen_lines(),
        description="the secrets shown",
    )
    assert preview.row(1) == top, preview.dump()
    preview.press("Ctrl-R")
    preview.wait_until(
        lambda term: "Ctrl-R reveal key" in term.row(23) and '  "secretKey": "********",' in term.screen_lines(),
        description="the secrets masked again",
    )
    assert preview.row(1) == top, preview.dump()

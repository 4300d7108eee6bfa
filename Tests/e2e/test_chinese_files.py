"""End to end: a file's reason inside the editor's Chinese sentence, in a pseudo-terminal.

A ``vpn-tunnel/`` state folder open to others turns drafts off (``test_safety_drafts.py`` shows it in English);
under ``--lang zh`` the status line says so in Chinese, the reason too. ``--lang zh`` with ``C.UTF-8``: the machines
that run these tests have no ``zh_CN.UTF-8`` locale (``test_chinese.py`` says why).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from harness import Terminal
from support import REPO_ROOT, UTF8_ENV, built_binary

EXAMPLE = REPO_ROOT / "assets" / "examples" / "seed-example.json"
# Wide enough for the drafts-off notice with a pytest temporary path in it.
WIDE = 220


def test_drafts_off_says_why_in_chinese(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    folder = tmp_path / "state" / "vpn-tunnel"
    folder.mkdir(parents=True)
    folder.chmod(0o777)  # mkdir applies the umask
    editor = spawn(
        [str(built_binary()), "edit", "--file", str(EXAMPLE), "--lang", "zh"],
        env={**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path / "state"), "ESCDELAY": "25"},
        columns=WIDE,
        lines=30,
    )
    editor.wait_for_text("草稿已关闭")
    expected = f"草稿已关闭：{folder} 的权限为 777，同组用户或其他用户可以访问（chmod 700 之后方可使用）"
    assert expected in editor.screen_text(), editor.dump()
    editor.press("Ctrl-Q")
    assert editor.wait_exit(10) == 0
    assert list(folder.iterdir()) == []

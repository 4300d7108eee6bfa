"""End to end: the editor in Simplified Chinese, in an 80x24 pseudo-terminal.

The language comes from the locale (``LANG=zh_CN.UTF-8``) or ``--lang zh``. The machines that run these tests
have no ``zh_CN.UTF-8`` locale, and must not (``test_safety_editor.py`` proves the editor on a server that lacks
the locale an SSH client forwards): under ``LANG=zh_CN.UTF-8`` the editor then uses ``C.UTF-8`` for the character
type and still speaks Chinese, which is what a Chinese operator gets on such a server. ``--lang zh`` under
``C.UTF-8`` is the other way in. A locale that cannot carry UTF-8 gives the English form, with one line saying why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from harness import Terminal
from support import built_binary

COLUMNS, LINES = 80, 24
CHINESE_LABEL = "对端网关IP (remoteIp)"  # Chinese label, the API's name beside it
ENGLISH_LABEL = "Peer IP (remoteIp)"


def editor_env(tmp_path: Path, **locale: Optional[str]) -> dict[str, Optional[str]]:
    env: dict[str, Optional[str]] = {
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "ESCDELAY": "25",
        "LC_ALL": None,
        "LC_CTYPE": None,
        "LC_MESSAGES": None,
        "LANG": None,
    }
    env.update(locale)
    return env


def demo(tmp_path: Path, *options: str, **locale: Optional[str]) -> Terminal:
    return Terminal(
        [str(built_binary()), "demo", *options], columns=COLUMNS, lines=LINES, env=editor_env(tmp_path, **locale)
    )


def assert_fits(terminal: Terminal) -> None:
    """No row is drawn past the terminal's width: pyte would wrap it onto the next row."""
    lines = terminal.screen_lines()
    assert len(lines) == LINES
    assert all(len(line) <= COLUMNS for line in lines), terminal.dump()


def test_the_demo_speaks_chinese_under_a_chinese_locale(tmp_path: Path) -> None:
    with demo(tmp_path, LANG="zh_CN.UTF-8") as terminal:
        terminal.wait_for_text(CHINESE_LABEL, timeout=60)
        terminal.wait_for_text("SA生命周期 (ipsecLifetime)")
        screen = terminal.screen_text()
        for text in ("VPN隧道", "IKE配置", "共享秘钥 (secretKey)", "本端网络 (localSubnets)", "演示：", "Ctrl-P 预览"):
            assert text in screen, f"{text!r} missing\n{terminal.dump()}"
        assert_fits(terminal)
        # The help, then a list of choices, in Chinese.
        terminal.press("F1")
        terminal.wait_for_text("帮助：按键")
        terminal.wait_for_text("所有字段")
        assert_fits(terminal)
        terminal.press("Esc")
        terminal.wait_for_text(CHINESE_LABEL)
        terminal.press("Ctrl-P")
        terminal.wait_for_text("预览：将要发送的请求")
        terminal.wait_for_text("Authorization: bce-auth-v1/")
        assert_fits(terminal)
        terminal.press("Esc")
        terminal.wait_for_text(CHINESE_LABEL)
        terminal.press("Ctrl-Q")
        assert terminal.wait_exit() == 0


def test_lang_zh_shows_chinese_under_c_utf8(tmp_path: Path) -> None:
    with demo(tmp_path, "--lang", "zh", LANG="C.UTF-8") as terminal:
        terminal.wait_for_text(CHINESE_LABEL, timeout=60)
        assert "Ctrl-Q 退出" in terminal.screen_text(), terminal.dump()
        terminal.press("Ctrl-Q")
        assert terminal.wait_exit() == 0


def test_lang_en_wins_over_a_chinese_locale(tmp_path: Path) -> None:
    with demo(tmp_path, "--lang", "en", LANG="zh_CN.UTF-8") as terminal:
        terminal.wait_for_text(ENGLISH_LABEL, timeout=60)
        assert "对端" not in terminal.screen_text()
        terminal.press("Ctrl-Q")
        assert terminal.wait_exit() == 0


def test_a_locale_without_utf8_gets_english_and_says_why(tmp_path: Path) -> None:
    with demo(tmp_path, "--lang", "zh", LANG="C") as terminal:
        terminal.wait_for_text(ENGLISH_LABEL, timeout=60)
        terminal.wait_for_text("Chinese needs a UTF-8 locale")
        status = terminal.row(LINES - 2)
        assert "LANG=C" in status, terminal.dump()
        terminal.press("Ctrl-Q")
        assert terminal.wait_exit() == 0

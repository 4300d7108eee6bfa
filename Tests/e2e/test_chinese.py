"""End to end: the editor in Simplified Chinese, in an 80x24 pseudo-terminal.

The language comes from the locale (``LANG=zh_CN.UTF-8``) or ``--lang zh``. The machines that run these tests
have no ``zh_CN.UTF-8`` locale, and must not (``test_safety_editor.py`` proves the editor on a server that lacks
the locale an SSH client forwards): under ``LANG=zh_CN.UTF-8`` the editor then uses ``C.UTF-8`` for the character
type and still speaks Chinese, which is what a Chinese operator gets on such a server. ``--lang zh`` under
``C.UTF-8`` is the other way in. A locale that cannot carry UTF-8 gives the English form, with one line saying why.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Optional

from wcwidth import wcswidth

from harness import Terminal
from support import built_binary, running_emulator

COLUMNS, LINES = 80, 24
CHINESE_LABEL = "对端网关IP (remoteIp)"  # Chinese label, the API's name beside it
ENGLISH_LABEL = "Peer IP (remoteIp)"
VPN_ID, VPN_CONN_ID = "vpn-s1bpb19cmd8n", "vpnconn-ku4cxya6nisq"


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


# MARK: - The command line in Chinese, in a pseudo-terminal


def test_submit_asks_and_answers_in_chinese_in_a_terminal(tmp_path: Path) -> None:
    """``submit`` without ``--yes`` asks at the terminal: the diff, the question and the result in Chinese."""
    credentials = {"BCE_ACCESS_KEY_ID": "demo-access-key", "BCE_SECRET_ACCESS_KEY": "demo-secret-key"}
    with running_emulator() as url:
        shown = subprocess.run(
            [str(built_binary()), "show", "--vpn-id", VPN_ID, "--vpn-conn-id", VPN_CONN_ID, "--endpoint", url],
            capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin", **credentials},
        )  # fmt: skip
        assert shown.returncode == 0, shown.stderr
        tunnel = json.loads(shown.stdout)
        tunnel["description"] = "上海办公室"
        tunnel_file = tmp_path / "t.json"
        tunnel_file.write_text(json.dumps(tunnel, ensure_ascii=False))
        command = [str(built_binary()), "submit", "--file", str(tunnel_file), "--endpoint", url]
        with Terminal(command, columns=COLUMNS, lines=LINES, env={**editor_env(tmp_path, LANG="zh_CN.UTF-8"), **credentials}) as terminal:
            terminal.wait_for_text("的此次更新？[y/N]", timeout=60)
            screen = terminal.screen_text()
            # The masked key in the file keeps the tunnel's own; the diff names the field and both values.
            assert "的变化：" in screen and "上海办公室" in screen, terminal.dump()
            terminal.type_text("y\r")
            assert terminal.wait_exit(timeout=60) == 0, terminal.dump()
            terminal.wait_output_read()
            assert "已生效" in terminal.screen_text(), terminal.dump()
            assert_fits(terminal)


def test_help_is_chinese_and_fits_80_columns_in_a_terminal(tmp_path: Path) -> None:
    """``--help`` under a Chinese locale in an 80-column terminal: Chinese sentences, and every line the program
    writes is one row of the screen (swift-argument-parser counts characters and a Chinese one takes two columns, so
    the program breaks Chinese lines itself; a line drawn wider than the screen would wrap onto a second row)."""
    env = editor_env(tmp_path, LANG="zh_CN.UTF-8")
    for command in (["--help"], ["submit", "--help"], ["peer-config", "--help"]):
        argv = [str(built_binary()), *command]
        plain = {name: value for name, value in env.items() if value is not None}
        printed = subprocess.run(
            argv, capture_output=True, text=True, timeout=30, env={"PATH": "/usr/bin:/bin", "COLUMNS": str(COLUMNS), **plain},
        ).stdout.splitlines()  # fmt: skip
        assert re.search("[\u4e00-\u9fff]{4}", "\n".join(printed)), printed
        # The synopsis is swift-argument-parser's own line, as long in English: the terminal wraps it.
        too_wide = [line for line in printed if wcswidth(line) > COLUMNS and not line.startswith("USAGE: ")]
        assert not too_wide, too_wide
        with Terminal(argv, columns=COLUMNS, lines=200, env=env) as terminal:
            assert terminal.wait_exit(timeout=30) == 0, terminal.dump()
            terminal.wait_output_read()
            rows = terminal.screen_lines()
            while rows and not rows[-1]:
                rows.pop()
            expected = [row for line in printed for row in terminal_rows(line)]
            while expected and not expected[-1]:
                expected.pop()
            assert rows == expected, terminal.dump()


def terminal_rows(line: str) -> list[str]:
    """The rows an 80-column terminal shows ``line`` on: it wraps a line wider than the screen."""
    rows, row = [], ""
    for character in line:
        if wcswidth(row + character) > COLUMNS:
            rows.append(row)
            row = ""
        row += character
    return [*rows, row.rstrip()]

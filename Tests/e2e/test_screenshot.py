"""The screenshot script: a terminal's cells become an SVG grid with their characters, colours and attributes."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pyte
from pytest import approx

from support import REPO_ROOT

SCRIPT = REPO_ROOT / "scripts" / "screenshot.py"
SVG = "{http://www.w3.org/2000/svg}"


def load_screenshot_module():
    spec = importlib.util.spec_from_file_location("screenshot", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def screen_with(data: str, columns: int = 20, lines: int = 3) -> pyte.Screen:
    screen = pyte.Screen(columns, lines)
    pyte.Stream(screen).feed(data)
    return screen


def texts(svg: str) -> list[ElementTree.Element]:
    return list(ElementTree.fromstring(svg).iter(f"{SVG}text"))


def test_runs_keep_their_columns_colours_and_attributes() -> None:
    screenshot = load_screenshot_module()
    screen = screen_with("ab\x1b[1;31mRED\x1b[0m \x1b[7mrev\x1b[0m <&>")
    svg = screenshot.render_svg(screen, theme="dark")
    runs = {element.text: element for element in texts(svg)}
    assert set(runs) == {"ab", "RED", "rev", "<&>"}
    cell = screenshot.CELL_WIDTH
    assert float(runs["RED"].get("x")) == approx(screenshot.PADDING + 2 * cell)
    assert float(runs["RED"].get("textLength")) == approx(3 * cell)
    assert runs["RED"].get("fill") == screenshot.ANSI_COLOURS["red"] and runs["RED"].get("class") == "b"
    dark_fg, dark_bg = screenshot.THEMES["dark"]
    assert runs["rev"].get("fill") == dark_bg  # reverse video: text in the background colour...
    rects = [r for r in ElementTree.fromstring(svg).iter(f"{SVG}rect") if r.get("fill") == dark_fg]
    assert any(float(r.get("x")) == approx(screenshot.PADDING + 6 * cell) for r in rects)  # ...on the foreground colour
    assert runs["ab"].get("fill") == dark_fg


def test_wide_characters_take_two_cells_and_256_colours_are_hex() -> None:
    screenshot = load_screenshot_module()
    screen = screen_with("名x\x1b[38;5;196mz")
    runs = {element.text: element for element in texts(screenshot.render_svg(screen))}
    cell = screenshot.CELL_WIDTH
    assert float(runs["名"].get("textLength")) == approx(2 * cell)
    assert float(runs["x"].get("x")) == approx(screenshot.PADDING + 2 * cell)
    assert runs["z"].get("fill") == "#ff0000"


def test_light_theme_and_title() -> None:
    screenshot = load_screenshot_module()
    svg = screenshot.render_svg(screen_with("hi"), theme="light", title="A form")
    root = ElementTree.fromstring(svg)
    assert root.find(f"{SVG}title").text == "A form"
    assert texts(svg)[0].get("fill") == screenshot.THEMES["light"][0]


def test_script_captures_a_program_after_keys(tmp_path: Path) -> None:
    out = tmp_path / "shot.svg"
    program = "import sys; print('ready', flush=True); line = input(); print('\\x1b[32mgot ' + line + '\\x1b[0m')"
    shown = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), "--columns", "40", "--lines", "6", "--ready", "ready",
         "--type", "hello", "--key", "Enter", "--wait-for", "got hello", "--", sys.executable, "-c", program],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "got hello" in shown.stdout
    root = ElementTree.fromstring(out.read_text())
    assert root.get("width") == f"{40 * load_screenshot_module().CELL_WIDTH + 16:.0f}"
    got = [element for element in root.iter(f"{SVG}text") if element.text == "got hello"]
    assert got and got[0].get("fill") == "#00cd00"

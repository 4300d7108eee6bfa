#!/usr/bin/env python3
"""Run a command in a pseudo-terminal, drive it, and save its screen as an SVG picture.

The picture is drawn from the terminal emulator's cells (characters, bold/italic/underline/reverse, foreground
and background colours) on a monospace grid, so it shows exactly what an operator's terminal shows, in any size
and without a display server. Used for the README's screenshot under assets/.

    scripts/screenshot.py --out assets/form.svg --wait-for "IKE encryption (ikeEncAlg)" \\
        -- .build/release/vpn-tunnel edit --file assets/examples/seed-example.json

``--ready TEXT`` waits for the first full frame; then steps run in order: ``--key Tab`` (a named key, see Tests/e2e/harness.py),
``--type TEXT`` (``--type=-x`` for text starting with a dash), ``--paste TEXT``, ``--wait TEXT`` (wait until TEXT
is on screen); then ``--wait-for TEXT`` and a quiet period mark the frame that is captured.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "Tests" / "e2e"))

import pyte  # noqa: E402

from harness import Terminal  # noqa: E402

# xterm's default 16 colours, by the names pyte gives them.
ANSI_COLOURS = {
    "black": "#000000",
    "red": "#cd0000",
    "green": "#00cd00",
    "brown": "#cdcd00",
    "blue": "#0000ee",
    "magenta": "#cd00cd",
    "cyan": "#00cdcd",
    "white": "#e5e5e5",
    "brightblack": "#7f7f7f",
    "brightred": "#ff0000",
    "brightgreen": "#00ff00",
    "brightbrown": "#ffff00",
    "brightblue": "#5c5cff",
    "brightmagenta": "#ff00ff",
    "brightcyan": "#00ffff",
    "brightwhite": "#ffffff",
}
ANSI_COLOURS["yellow"] = ANSI_COLOURS["brown"]
ANSI_COLOURS["brightyellow"] = ANSI_COLOURS["brightbrown"]

THEMES = {"dark": ("#d0d0d0", "#1c1c1c"), "light": ("#1c1c1c", "#fdfdfd")}

FONT_SIZE = 14.0
CELL_WIDTH = FONT_SIZE * 0.6  # the advance of DejaVu Sans Mono, Menlo and Consolas
LINE_HEIGHT = FONT_SIZE * 1.25
BASELINE = FONT_SIZE * 0.95
PADDING = 8.0


def colour(name: str, default: str) -> str:
    """An SVG colour for a pyte colour: a name, six hex digits (256 and true colours), or "default"."""
    if name == "default":
        return default
    if name in ANSI_COLOURS:
        return ANSI_COLOURS[name]
    if len(name) == 6 and all(c in "0123456789abcdefABCDEF" for c in name):
        return "#" + name.lower()
    return default


def cell_colours(char: pyte.screens.Char, theme: str) -> tuple[str, str]:
    """(foreground, background) of a cell, with reverse video applied."""
    default_fg, default_bg = THEMES[theme]
    fg, bg = colour(char.fg, default_fg), colour(char.bg, default_bg)
    return (bg, fg) if char.reverse else (fg, bg)


def render_svg(
    screen: pyte.Screen, theme: str = "dark", show_cursor: bool = False, title: Optional[str] = None
) -> str:
    """The screen as an SVG document: one rectangle per run of background, one text per run of style."""
    default_fg, default_bg = THEMES[theme]
    width = screen.columns * CELL_WIDTH + 2 * PADDING
    height = screen.lines * LINE_HEIGHT + 2 * PADDING
    backgrounds: list[str] = []
    texts: list[str] = []
    for y in range(screen.lines):
        line = screen.buffer[y]
        top = PADDING + y * LINE_HEIGHT
        x = 0
        while x < screen.columns:
            char = line[x]
            fg, bg = cell_colours(char, theme)
            wide = x + 1 < screen.columns and line[x + 1].data == ""
            span = 2 if wide else 1
            # Extend the run over cells of the same style (wide characters get a run of their own so that the
            # text's length can be pinned to their two cells).
            run = char.data
            end = x + span
            if not wide:
                while end < screen.columns:
                    nxt = line[end]
                    if nxt != char._replace(data=nxt.data) or (end + 1 < screen.columns and line[end + 1].data == ""):
                        break
                    run += nxt.data
                    end += 1
            left = PADDING + x * CELL_WIDTH
            cells = end - x
            if bg != default_bg:
                backgrounds.append(
                    f'<rect x="{left:.1f}" y="{top:.1f}" width="{cells * CELL_WIDTH:.1f}" '
                    f'height="{LINE_HEIGHT:.1f}" fill="{bg}"/>'
                )
            if run.strip():
                # Blank cells need no glyphs: pin the text to its visible cells (narrow runs only have 1-cell chars).
                lead = len(run) - len(run.lstrip(" ")) if not wide else 0
                run = run.strip(" ") if not wide else run
                text_left = left + lead * CELL_WIDTH
                text_cells = len(run) if not wide else cells
                classes = " ".join(
                    name
                    for name, on in (("b", char.bold), ("i", char.italics), ("u", char.underscore))
                    if on
                )
                class_attr = f' class="{classes}"' if classes else ""
                texts.append(
                    f'<text x="{text_left:.1f}" y="{top + BASELINE:.1f}" fill="{fg}"{class_attr} '
                    f'textLength="{text_cells * CELL_WIDTH:.1f}" lengthAdjust="spacingAndGlyphs">{escape(run)}</text>'
                )
            x = end
    cursor = ""
    if show_cursor and not screen.cursor.hidden:
        cursor = (
            f'<rect x="{PADDING + screen.cursor.x * CELL_WIDTH:.1f}" y="{PADDING + screen.cursor.y * LINE_HEIGHT:.1f}" '
            f'width="{CELL_WIDTH:.1f}" height="{LINE_HEIGHT:.1f}" fill="none" stroke="{default_fg}"/>'
        )
    title_element = f"<title>{escape(title)}</title>" if title else ""
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.1f} {height:.1f}">',
            title_element,
            "<style>text{font-family:'DejaVu Sans Mono',Menlo,Consolas,'Liberation Mono',monospace;"
            f"font-size:{FONT_SIZE:.0f}px;white-space:pre}}.b{{font-weight:bold}}.i{{font-style:italic}}"
            ".u{text-decoration:underline}</style>",
            f'<rect width="100%" height="100%" rx="6" fill="{default_bg}"/>',
            '<g shape-rendering="crispEdges">',  # no hairline seams between neighbouring runs
            *backgrounds,
            "</g>",
            '<g xml:space="preserve">',
            *texts,
            "</g>",
            cursor,
            "</svg>",
            "",
        ]
    )


class StepAction(argparse.Action):
    """Collects --key/--type/--paste/--wait in the order given."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[override]
        steps = getattr(namespace, "steps", None) or []
        steps.append((self.dest, values))
        namespace.steps = steps


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=Path, help="SVG file to write")
    parser.add_argument("--columns", type=int, default=100)
    parser.add_argument("--lines", type=int, default=30)
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE", help="set in the child")
    parser.add_argument("--cwd", default=None)
    parser.add_argument("--key", action=StepAction, dest="key", help="press a named key (Tab, Enter, Ctrl-P…)")
    parser.add_argument("--type", action=StepAction, dest="type", help="type literal text")
    parser.add_argument("--paste", action=StepAction, dest="paste", help="paste text (bracketed if enabled)")
    parser.add_argument("--wait", action=StepAction, dest="wait", help="wait until TEXT is on screen")
    parser.add_argument("--ready", help="text to wait for before the first step (keys sent earlier may be lost)")
    parser.add_argument("--wait-for", help="text that marks the frame to capture (after the steps)")
    parser.add_argument("--settle-ms", type=float, default=100.0, help="quiet time before capturing")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--theme", choices=sorted(THEMES), default="dark")
    parser.add_argument("--cursor", action="store_true", help="outline the cursor cell")
    parser.add_argument("--title", help="SVG <title> (alt text)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- command and arguments")
    parser.set_defaults(steps=[])
    arguments = parser.parse_args(argv)
    if arguments.command and arguments.command[0] == "--":
        arguments.command = arguments.command[1:]
    if not arguments.command:
        parser.error("give the command after --")
    return arguments


def main(argv: Sequence[str]) -> int:
    arguments = parse_arguments(argv)
    env = dict(item.split("=", 1) for item in arguments.env)
    with Terminal(
        arguments.command,
        columns=arguments.columns,
        lines=arguments.lines,
        env=env,
        cwd=arguments.cwd,
        hard_timeout=arguments.timeout + 30,
    ) as terminal:
        if arguments.ready:
            terminal.wait_for_text(arguments.ready, arguments.timeout)
        for kind, value in arguments.steps:
            if kind == "key":
                terminal.press(value)
            elif kind == "type":
                terminal.type_text(value)
            elif kind == "paste":
                terminal.paste(value)
            elif kind == "wait":
                terminal.wait_for_text(value, arguments.timeout)
        if arguments.wait_for:
            terminal.wait_for_text(arguments.wait_for, arguments.timeout)
        terminal.wait_quiet(arguments.settle_ms, arguments.timeout)
        with terminal.lock:
            svg = render_svg(terminal.screen, arguments.theme, arguments.cursor, arguments.title)
        text = terminal.screen_text()
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(svg)
    print(f"wrote {arguments.out} ({arguments.columns}x{arguments.lines})")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Proof that the pty harness sees what a terminal user would: small Python programs for each mechanism, and
dialog (C, ncurses) for a real full-screen form, until vpn-tunnel's own form exists."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from harness import HarnessError, ProcessExited, Terminal, encode_key
from support import DIALOG, UTF8_ENV, pid_is_running, python_child, requires_dialog

# MARK: - Keys


@pytest.mark.parametrize(
    ("name", "application_cursor", "expected"),
    [
        ("Tab", False, b"\t"),
        ("Shift-Tab", False, b"\x1b[Z"),
        ("Enter", False, b"\r"),
        ("Esc", False, b"\x1b"),
        ("Backspace", False, b"\x7f"),
        ("Up", False, b"\x1b[A"),
        ("Up", True, b"\x1bOA"),
        ("Left", True, b"\x1bOD"),
        ("Home", False, b"\x1b[H"),
        ("End", True, b"\x1bOF"),
        ("Ctrl-P", False, b"\x10"),
        ("Ctrl-s", False, b"\x13"),
        ("Ctrl-Q", False, b"\x11"),
        ("Ctrl-L", False, b"\x0c"),
        ("Ctrl-Space", False, b"\x00"),
        ("F1", False, b"\x1bOP"),
        ("F10", False, b"\x1b[21~"),
        ("Delete", False, b"\x1b[3~"),
        ("Alt-x", False, b"\x1bx"),
    ],
)
def test_named_keys_encode_as_xterm_sends_them(name: str, application_cursor: bool, expected: bytes) -> None:
    assert encode_key(name, application_cursor) == expected


@pytest.mark.parametrize("name", ["Ctrl-1", "Hyper-x", "F13", ""])
def test_unknown_key_names_are_refused(name: str) -> None:
    with pytest.raises(ValueError):
        encode_key(name)


# A raw-mode child that shows, as repr, every byte it reads until it reads the word END.
_ECHO_BYTES = r"""
import os, sys, tty
tty.setraw(0)
os.write(1, sys.argv[1].encode() if len(sys.argv) > 1 else b"")
os.write(1, b"ready\r\n")
data = b""
while not data.endswith(b"END"):
    data += os.read(0, 1024)
os.write(1, ("got " + repr(data)).encode() + b"\r\n")
os.read(0, 1)
"""


def test_keys_follow_the_cursor_key_mode_the_program_selected(spawn) -> None:
    terminal = spawn(python_child(_ECHO_BYTES) + ["\x1b[?1h"])  # DECCKM on, as ncurses' keypad mode does
    terminal.wait_for_text("ready")
    assert terminal.application_cursor_keys
    terminal.press("Up", "Shift-Tab", "Ctrl-S", "F10")
    terminal.type_text("END")
    terminal.wait_for_text(r"got b'\x1bOA\x1b[Z\x13\x1b[21~END'")


def test_paste_is_bracketed_when_the_program_asked_for_it(spawn) -> None:
    terminal = spawn(python_child(_ECHO_BYTES) + ["\x1b[?2004h"])
    terminal.wait_for_text("ready")
    assert terminal.bracketed_paste_enabled
    terminal.paste("10.0.0.0/24\n10.1.0.0/24")
    terminal.type_text("END")
    terminal.wait_for_text(r"got b'\x1b[200~10.0.0.0/24\r10.1.0.0/24\x1b[201~END'")


def test_paste_is_plain_text_when_the_program_did_not_ask(spawn) -> None:
    terminal = spawn(python_child(_ECHO_BYTES))
    terminal.wait_for_text("ready")
    assert not terminal.bracketed_paste_enabled
    terminal.paste("a b")
    terminal.type_text("END")
    terminal.wait_for_text("got b'a bEND'")


def test_ctrl_s_is_refused_while_the_tty_would_take_it_as_xoff(spawn) -> None:
    cooked = spawn(["cat"])
    cooked.wait_until(lambda term: term.flow_control_enabled, description="IXON on")
    with pytest.raises(HarnessError, match="IXON"):
        cooked.press("Ctrl-S")
    raw = spawn(python_child(_ECHO_BYTES))
    raw.wait_for_text("ready")
    assert not raw.flow_control_enabled
    raw.press("Ctrl-S", "Ctrl-Q")
    raw.type_text("END")
    raw.wait_for_text(r"got b'\x13\x11END'")


# MARK: - Screen


def test_child_gets_size_term_env_and_cwd(spawn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # would override the pty's size in ncurses: not passed on
    monkeypatch.setenv("LINES", "24")
    monkeypatch.setenv("TERM", "dumb")
    source = (
        "import os\n"
        "print('term', os.environ['TERM'])\n"
        "print('var', os.environ.get('HARNESS_VAR'))\n"
        "print('COLUMNS' in os.environ, 'LINES' in os.environ)\n"
        "print('size', *os.get_terminal_size())\n"
        "print('cwd', os.getcwd())\n"
        "input()\n"
    )
    terminal = spawn(python_child(source), columns=90, lines=25, cwd=str(tmp_path), env={"HARNESS_VAR": "hello"})
    terminal.wait_for_text("cwd ")
    lines = terminal.screen_lines()
    assert lines[:4] == ["term xterm-256color", "var hello", "False False", "size 90 25"]
    assert lines[4] == f"cwd {tmp_path}"[:90]
    assert len(lines) == 25


def test_scroll_up_and_down_move_only_the_scroll_region(spawn) -> None:
    # ncurses scrolls part of a form with SU/SD (CSI n S / CSI n T) inside a scroll region; pyte alone ignores them.
    source = (
        "import sys, tty\n"
        "tty.setcbreak(0)\n"
        "sys.stdout.write('\\x1b[2J\\x1b[H' + '\\r\\n'.join('row%d' % i for i in range(8)))\n"
        "sys.stdout.write('\\x1b[2;6r\\x1b[2S\\x1b[1;8r')\n"
        "sys.stdout.write('\\x1b[8;1Hstep1')\n"
        "sys.stdout.flush()\n"
        "sys.stdin.read(1)\n"
        "sys.stdout.write('\\x1b[2;6r\\x1b[1T\\x1b[1;8r\\x1b[8;1Hstep2')\n"
        "sys.stdout.flush()\n"
        "sys.stdin.read(1)\n"
    )
    terminal = spawn(python_child(source), columns=20, lines=8)
    terminal.wait_for_text("step1")
    assert terminal.screen_lines()[:7] == ["row0", "row3", "row4", "row5", "", "", "row6"]
    terminal.press("Enter")
    terminal.wait_for_text("step2")
    assert terminal.screen_lines()[:7] == ["row0", "", "row3", "row4", "row5", "", "row6"]


def test_utf8_split_across_writes_is_decoded_as_one_character(spawn) -> None:
    # "名" is e5 90 8d: the child stops after two of its bytes until a key arrives.
    source = (
        "import os, tty\n"
        "tty.setraw(0)\n"
        "os.write(1, b'start \\xe5\\x90')\n"
        "os.read(0, 1)\n"
        "os.write(1, b'\\x8d\\xe5\\xad\\x97 end\\r\\n')\n"
        "os.read(0, 1)\n"
    )
    terminal = spawn(python_child(source))
    terminal.wait_for_text("start")
    terminal.press("Enter")
    terminal.wait_for_text("start 名字 end")
    assert terminal.find_text("end") == (11, 0)  # two wide characters take four columns


def test_dec_line_drawing_shows_box_characters(spawn) -> None:
    terminal = spawn(["printf", r"\033(0lqqk\033(B ok\r\n\033(0mqqj\033(B"])
    terminal.wait_for_text("└──┘")
    assert terminal.screen_lines()[:2] == ["┌──┐ ok", "└──┘"]


def test_alternate_screen_hides_and_restores_the_main_screen(spawn) -> None:
    source = (
        "import sys\n"
        "print('main-text', flush=True)\n"
        "sys.stdout.write('\\x1b[?1049h\\x1b[Halt-text\\n'); sys.stdout.flush()\n"
        "input()\n"
        "sys.stdout.write('\\x1b[?1049lafter\\n'); sys.stdout.flush()\n"
        "input()\n"
    )
    terminal = spawn(python_child(source))
    terminal.wait_for_text("alt-text")
    assert terminal.in_alternate_screen
    assert "main-text" not in terminal.screen_text()
    terminal.press("Enter")
    terminal.wait_for_text("after")
    assert not terminal.in_alternate_screen
    assert "main-text" in terminal.screen_text()
    assert "alt-text" not in terminal.screen_text()


def test_terminal_answers_a_cursor_position_query(spawn) -> None:
    source = (
        "import os, tty\n"
        "tty.setraw(0)\n"
        "os.write(1, b'\\x1b[3;7H\\x1b[6n')\n"
        "reply = b''\n"
        "while not reply.endswith(b'R'):\n"
        "    reply += os.read(0, 1)\n"
        "os.write(1, b'\\r\\nreply ' + repr(reply).encode() + b'\\r\\n')\n"
        "os.read(0, 1)\n"
    )
    terminal = spawn(python_child(source))
    terminal.wait_for_text("reply b'\\x1b[3;7R'")


def test_resize_reaches_the_program_and_the_screen(spawn) -> None:
    source = (
        "import os, signal\n"
        "signal.signal(signal.SIGWINCH, lambda *_: print('size', *os.get_terminal_size(), flush=True))\n"
        "print('ready', flush=True)\n"
        "while True:\n"
        "    signal.pause()\n"
    )
    terminal = spawn(python_child(source))
    terminal.wait_for_text("ready")
    terminal.resize(120, 40)
    terminal.wait_for_text("size 120 40")
    assert len(terminal.screen_lines()) == 40
    assert terminal.screen.columns == 120


# MARK: - Waiting and ending


def test_wait_for_text_times_out_with_the_screen_in_the_message(spawn) -> None:
    terminal = spawn(["cat"])
    terminal.type_text("typed")
    terminal.wait_for_text("typed")
    with pytest.raises(HarnessError) as raised:
        terminal.wait_for_text("never shown", timeout=0.2)
    assert "typed" in str(raised.value) and "--- screen 100x30" in str(raised.value)


def test_waiting_on_a_program_that_ended_fails_at_once(spawn) -> None:
    terminal = spawn(["sh", "-c", "echo bye; exit 3"])
    started = time.monotonic()
    with pytest.raises(ProcessExited):
        terminal.wait_for_text("never shown", timeout=30)
    assert time.monotonic() - started < 10
    assert terminal.wait_exit(5) == 3


def test_hard_timeout_kills_a_hung_program(spawn) -> None:
    terminal = spawn(["sleep", "60"], hard_timeout=0.3)
    assert terminal.wait_exit(10) == -9
    assert terminal.timed_out


def test_close_kills_the_whole_process_group_even_when_it_ignores_hangup(spawn) -> None:
    terminal = spawn(["sh", "-c", "trap '' HUP; sleep 60 & echo child=$!; wait"])
    match = terminal.wait_for_regex(r"child=(\d+)")
    grandchild = int(match.group(1))
    assert pid_is_running(grandchild)
    terminal.close(grace=0.5)
    assert terminal.exit_status == -9
    deadline = time.monotonic() + 5
    while pid_is_running(grandchild) and time.monotonic() < deadline:
        time.sleep(0.01)  # polling the kernel's process table: there is no event to wait on for a non-child
    assert not pid_is_running(grandchild)


# MARK: - Measurements


def test_cpu_and_peak_memory_of_the_child(spawn) -> None:
    source = (
        "data = b'x' * (64 * 1024 * 1024)\n"  # touched, so resident
        "total = sum(range(3_000_000))\n"
        "print('ready', flush=True)\n"
        "input()\n"
    )
    terminal = spawn(python_child(source))
    terminal.wait_for_text("ready")
    assert terminal.peak_rss_kb() >= 64 * 1024
    assert terminal.cpu_ns() >= 10_000_000
    assert terminal.cpu_seconds() is not None
    terminal.press("Enter")
    assert terminal.wait_exit(10) == 0
    assert terminal.peak_rss_kb() >= 64 * 1024  # now from wait4's rusage
    assert terminal.cpu_seconds() >= 0.01


def test_cpu_of_every_thread_counts(spawn) -> None:
    # The main thread only waits; the work happens on another thread, as in a program that draws off the main one.
    source = (
        "import threading\n"
        "def work():\n"
        "    sum(range(3_000_000))\n"
        "    print('ready', flush=True)\n"
        "    threading.Event().wait()\n"
        "threading.Thread(target=work, daemon=True).start()\n"
        "input()\n"
    )
    terminal = spawn(python_child(source))
    terminal.wait_for_text("ready")
    assert terminal.cpu_ns() >= 10_000_000


def test_key_cost_counts_the_bytes_the_program_answers_with(spawn) -> None:
    terminal = spawn(["cat"])
    terminal.wait_until(lambda term: term.cpu_ns() is not None)
    typed = terminal.measure_text("a")
    assert typed.bytes_written == 1  # the line discipline's echo
    assert typed.settle_seconds is not None and typed.settle_seconds < 1
    mark = terminal.mark()
    entered = terminal.measure_key("Enter")
    assert entered.bytes_written == len(b"\r\na\r\n")  # echo of the newline, then cat's line
    assert terminal.output_since(mark) == b"\r\na\r\n"
    assert terminal.bytes_since(mark) == 5


def test_first_frame_seconds_waits_for_every_marker_text() -> None:
    program = ["sh", "-c", "echo top; read x; echo bottom; read y"]
    with Terminal(program, first_frame_texts=["top", "bottom"], hard_timeout=30) as terminal:
        terminal.wait_for_text("top")
        with pytest.raises(HarnessError):
            terminal.first_frame_seconds(timeout=0.2)  # half a frame is not a frame
        terminal.press("Enter")
        seconds = terminal.first_frame_seconds()
        assert 0 < seconds < 30
        assert terminal.first_frame_seconds() == seconds


def test_time_of_first_frame_is_when_the_text_arrived(spawn) -> None:
    terminal = Terminal(["sh", "-c", "echo one; read x; echo two; read y"], hard_timeout=30)
    first = terminal.watch_text("one")
    second = terminal.watch_text("two")
    with terminal:
        shown = terminal.wait_probe(first, 10)
        terminal.press("Enter")
        later = terminal.wait_probe(second, 10)
    assert terminal.started_at < shown < later


# MARK: - dialog: a real ncurses form

FORM = [
    "--form", "Edit the tunnel", "0", "0", "0",
    "Name (vpnConnName):", "1", "1", "vpncon", "1", "30", "40", "65",
    "Description:", "2", "1", "111", "2", "30", "40", "200",
]  # fmt: skip


@requires_dialog
def test_dialog_form_edits_fields_and_returns_their_values(spawn, tmp_path: Path) -> None:
    result = tmp_path / "result"
    with result.open("wb") as out:
        terminal = spawn([DIALOG, "--output-fd", "3", *FORM], env=UTF8_ENV, extra_fds={3: out.fileno()})
    terminal.wait_for_text("Cancel")
    assert "Name (vpnConnName):" in terminal.screen_text()
    assert "┌" in terminal.screen_text()  # ncurses' box lines, through the DEC graphics charset
    terminal.press("End")
    terminal.type_text("-x")
    terminal.wait_for_text("vpncon-x")
    terminal.press("Down", "Ctrl-U")
    terminal.type_text("名字")
    terminal.wait_for_text("名字")
    assert "111" not in terminal.screen_text()
    terminal.press("Enter")
    assert terminal.wait_exit(10) == 0
    assert result.read_text().splitlines() == ["vpncon-x", "名字"]


@requires_dialog
def test_dialog_tab_moves_to_the_buttons_and_cancel_cancels(spawn) -> None:
    terminal = spawn([DIALOG, *FORM], env=UTF8_ENV)
    terminal.wait_for_text("Cancel")
    cancel_x, cancel_y = terminal.find_text("<Cancel>")
    ok_x = terminal.find_text("<  OK  >")[0]
    terminal.press("Tab", "Tab")
    # dialog moves the cursor before it repaints the buttons: wait for the whole change, not its first byte.
    terminal.wait_until(
        lambda term: term.cursor()[1] == cancel_y
        and cancel_x <= term.cursor()[0] < cancel_x + 8
        and term.cell(cancel_x + 1, cancel_y).bg != term.cell(ok_x + 1, cancel_y).bg,
        description="Cancel focused and drawn apart from OK",
    )
    terminal.press("Enter")
    assert terminal.wait_exit(10) == 1


@requires_dialog
def test_dialog_inputbox_returns_typed_text_and_esc_cancels(spawn, tmp_path: Path) -> None:
    result = tmp_path / "result"
    with result.open("wb") as out:
        typed = spawn([DIALOG, "--output-fd", "3", "--inputbox", "Peer IP", "0", "0"], extra_fds={3: out.fileno()})
    typed.wait_for_text("Cancel")  # the frame's last text: input sent earlier could meet a cooked-mode tty
    typed.type_text("203.0.113.7")
    typed.wait_for_text("203.0.113.7")
    typed.press("Enter")
    assert typed.wait_exit(10) == 0
    assert result.read_text() == "203.0.113.7"  # inputbox, unlike form, ends without a newline

    escaped = spawn([DIALOG, "--inputbox", "Peer IP", "0", "0"])
    escaped.wait_for_text("Cancel")
    escaped.press("Esc")
    assert escaped.wait_exit(10) == 255


def _box(terminal: Terminal) -> tuple[int, int]:
    """Left column and width of dialog's outer box (its top-left corner and the row's last corner)."""
    for line in terminal.screen_lines():
        if "┌" in line:
            left = line.index("┌")
            return left, len(line) - left
    raise AssertionError(f"no box\n{terminal.dump()}")


@requires_dialog
@pytest.mark.parametrize(("columns", "lines"), [(120, 40), (70, 20)])
def test_dialog_rerenders_centred_after_a_resize(spawn, columns: int, lines: int) -> None:
    terminal = spawn([DIALOG, "--inputbox", "Peer IP", "0", "0", "203.0.113.7"], env=UTF8_ENV)
    terminal.wait_for_text("Cancel")
    left, width = _box(terminal)
    assert abs(left - (100 - width) // 2) <= 1
    terminal.resize(columns, lines)
    terminal.wait_until(
        lambda term: "Cancel" in term.screen_text() and abs(_box(term)[0] - (columns - width) // 2) <= 1,
        description=f"box centred in {columns} columns",
    )
    assert "203.0.113.7" in terminal.screen_text()
    assert len(terminal.screen_lines()) == lines


@requires_dialog
def test_dialog_keystroke_cost_is_measured(spawn) -> None:
    terminal = spawn([DIALOG, *FORM], env=UTF8_ENV)
    terminal.wait_for_text("Cancel")
    terminal.wait_quiet(50)
    cost = terminal.measure_text("z")
    assert "zvpncon" in terminal.screen_text()
    assert 0 < cost.bytes_written < 500
    assert cost.settle_seconds is not None and cost.settle_seconds < 1
    assert cost.cpu_ns is not None and cost.cpu_ns > 0
    assert re.search(rb"z", terminal.output()[-cost.bytes_written :])

"""Run a program in a pseudo-terminal and read its screen through a VT100 emulator (pyte).

This is the end-to-end layer of the test suite and the measuring instrument of the terminal benchmark:

* ``Terminal.spawn(argv, columns=100, lines=30)`` starts the program as the session leader of a new pty of that
  size (``TERM=xterm-256color`` unless overridden), with its own process group so that shutdown reaches every
  process it started;
* a reader thread feeds everything the program writes into a ``pyte`` screen (UTF-8 decoded incrementally, the
  alternate screen kept apart from the main one) and timestamps every chunk;
* ``wait_for_text`` / ``wait_until`` block until a condition on the screen holds, evaluated after every chunk the
  program writes (no fixed sleeps), and report *when* it first held;
* ``press``, ``type_text``, ``paste`` send named keys, text and bracketed pastes;
* ``measure_key`` writes a key and counts the bytes, settle time and CPU until the program is quiet;
* ``cpu_seconds`` (utime+stime from ``/proc/<pid>/stat``), ``cpu_ns`` (``/proc/<pid>/schedstat``, nanoseconds) and
  ``peak_rss_kb`` (``VmHWM`` from ``/proc/<pid>/status``) measure the child; after it is reaped the same figures
  come from ``wait4``'s rusage;
* a watchdog kills the process group after ``hard_timeout`` seconds so that a hung child never hangs CI.

pyte does the VT100 interpretation; only what pyte lacks is written here: the pty/process plumbing, the
alternate screen (pyte ignores DEC private modes 47/1047/1049), answers to terminal queries, and the key table.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import select
import signal
import struct
import termios
import threading
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Optional, Sequence, Union

import pyte

DEFAULT_COLUMNS = 100
DEFAULT_LINES = 30
DEFAULT_TERM = "xterm-256color"
DEFAULT_HARD_TIMEOUT = 120.0

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# DEC private mode numbers as pyte stores them (shifted left by 5 to keep them apart from ANSI modes).
_DECCKM = 1 << 5
_BRACKETED_PASTE = 2004 << 5
_ALTERNATE_MODES = (47, 1047, 1049)


class HarnessError(AssertionError):
    """A condition on the program's screen or process did not hold; the message carries the screen."""


class ProcessExited(HarnessError):
    """The program ended (or closed the terminal) while a condition was still awaited."""


# MARK: - Keys


def _csi_or_ss3(final: str, application_cursor: bool) -> bytes:
    return ("\x1bO" if application_cursor else "\x1b[").encode() + final.encode()


_CURSOR_KEYS = {"Up": "A", "Down": "B", "Right": "C", "Left": "D", "Home": "H", "End": "F"}

# What xterm (and so TERM=xterm-256color's terminfo) sends for each key.
_PLAIN_KEYS: dict[str, bytes] = {
    "Tab": b"\t",
    "Shift-Tab": b"\x1b[Z",
    "BackTab": b"\x1b[Z",
    "Enter": b"\r",
    "Return": b"\r",
    "Esc": b"\x1b",
    "Escape": b"\x1b",
    "Backspace": b"\x7f",
    "Space": b" ",
    "Insert": b"\x1b[2~",
    "Delete": b"\x1b[3~",
    "PageUp": b"\x1b[5~",
    "PageDown": b"\x1b[6~",
    "F1": b"\x1bOP",
    "F2": b"\x1bOQ",
    "F3": b"\x1bOR",
    "F4": b"\x1bOS",
    "F5": b"\x1b[15~",
    "F6": b"\x1b[17~",
    "F7": b"\x1b[18~",
    "F8": b"\x1b[19~",
    "F9": b"\x1b[20~",
    "F10": b"\x1b[21~",
    "F11": b"\x1b[23~",
    "F12": b"\x1b[24~",
}

KEY_NAMES = tuple(_PLAIN_KEYS) + tuple(_CURSOR_KEYS)


def encode_key(name: str, application_cursor: bool = False) -> bytes:
    """The bytes xterm sends for a named key.

    Names: those in ``KEY_NAMES`` (``Tab``, ``Shift-Tab``, ``Up``…, ``Enter``, ``Esc``, ``F1``…``F12``),
    ``Ctrl-<letter>`` (also ``Ctrl-Space``, ``Ctrl-@``, ``Ctrl-[``, ``Ctrl-\\``, ``Ctrl-]``, ``Ctrl-^``,
    ``Ctrl-_``) and ``Alt-<char>``. Cursor keys follow the DECCKM mode the program selected (ncurses turns on
    "application cursor keys", in which xterm sends ``ESC O A`` rather than ``ESC [ A``).
    """
    if name in _PLAIN_KEYS:
        return _PLAIN_KEYS[name]
    if name in _CURSOR_KEYS:
        return _csi_or_ss3(_CURSOR_KEYS[name], application_cursor)
    lowered = name.lower()
    if lowered.startswith(("ctrl-", "c-")):
        rest = name.split("-", 1)[1]
        if rest.lower() == "space" or rest == "@":
            return b"\x00"
        if len(rest) == 1 and (rest.isascii() and rest.isalpha() or rest in "[\\]^_"):
            return bytes([ord(rest.upper()) & 0x1F])
    if lowered.startswith(("alt-", "m-")):
        rest = name.split("-", 1)[1]
        if rest:
            return b"\x1b" + (encode_key(rest, application_cursor) if len(rest) > 1 else rest.encode())
    raise ValueError(f"unknown key name {name!r}; known: {', '.join(KEY_NAMES)}, Ctrl-<letter>, Alt-<char>")


# MARK: - Screen


class TerminalScreen(pyte.Screen):
    """A pyte screen with an alternate screen and answers to the program's terminal queries.

    pyte records DEC private modes 47/1047/1049 but keeps drawing on one buffer; a program that leaves the
    alternate screen on exit would otherwise leave its last frame where the shell's text should reappear.
    """

    def __init__(self, columns: int, lines: int, reply: Callable[[bytes], None]) -> None:
        super().__init__(columns, lines)
        self._reply = reply
        self._saved_main: Optional[tuple[dict[int, dict[int, pyte.screens.Char]], int, int]] = None

    @property
    def in_alternate_screen(self) -> bool:
        return self._saved_main is not None

    def set_mode(self, *modes: int, **kwargs: object) -> None:
        if kwargs.get("private") and any(mode in _ALTERNATE_MODES for mode in modes) and self._saved_main is None:
            saved = {y: dict(line) for y, line in self.buffer.items()}
            self._saved_main = (saved, self.cursor.x, self.cursor.y)
            if 1049 in modes or 1047 in modes:
                self.erase_in_display(2)
        super().set_mode(*modes, **kwargs)

    def reset_mode(self, *modes: int, **kwargs: object) -> None:
        super().reset_mode(*modes, **kwargs)
        if kwargs.get("private") and any(mode in _ALTERNATE_MODES for mode in modes) and self._saved_main:
            saved, x, y = self._saved_main
            self._saved_main = None
            self.buffer.clear()
            for row, cells in saved.items():
                if row < self.lines:
                    self.buffer[row].update({col: char for col, char in cells.items() if col < self.columns})
            self.dirty.update(range(self.lines))
            if 1049 in modes:
                self.cursor.x, self.cursor.y = min(x, self.columns - 1), min(y, self.lines - 1)

    def erase_in_display(self, how: int = 0, *args: object, **kwargs: object) -> None:
        """Erase as xterm does: every erased cell takes the current background ("bce").

        pyte rewrites only cells that were written before, so a never-written row kept the default background
        after ``ESC[J`` with a colour set (dialog's blue screen stopped half-way down).
        """
        rows = {0: range(self.cursor.y + 1, self.lines), 1: range(self.cursor.y)}.get(how, range(self.lines))
        self.dirty.update(rows)
        for y in rows:
            line = self.buffer[y]
            for x in range(self.columns):
                line[x] = self.cursor.attrs
        if how in (0, 1):
            self.erase_in_line(how)

    def write_process_input(self, data: str) -> None:
        self._reply(data.encode())

    def scroll_up(self, count: int = 1, *args: object, **kwargs: object) -> None:
        """SU (``CSI n S``): the scroll region's lines move up ``n``, as xterm does; pyte has no SU.

        ncurses scrolls with it (``indn``) inside a scroll region when part of a form moves; without it the
        screen pyte keeps no longer matches the terminal's.
        """
        top, bottom = self.margins or (0, self.lines - 1)
        x, y = self.cursor.x, self.cursor.y
        for _ in range(max(count or 1, 1)):
            self.cursor.y = bottom
            self.index()
        self.cursor.x, self.cursor.y = x, y
        self.dirty.update(range(top, bottom + 1))

    def scroll_down(self, count: int = 1, *args: object, **kwargs: object) -> None:
        """SD (``CSI n T``): the scroll region's lines move down ``n`` (``rin``); pyte has no SD either."""
        top, bottom = self.margins or (0, self.lines - 1)
        x, y = self.cursor.x, self.cursor.y
        for _ in range(max(count or 1, 1)):
            self.cursor.y = top
            self.reverse_index()
        self.cursor.x, self.cursor.y = x, y
        self.dirty.update(range(top, bottom + 1))


class XtermByteStream(pyte.ByteStream):
    """UTF-8 input that still honours charset designations, as xterm does, and knows SU and SD.

    pyte follows the Linux console, which ignores ``ESC ( 0`` and SI/SO in UTF-8 mode; xterm does not, and
    ncurses draws its box lines with them on TERM=xterm-256color (``lqqk`` instead of ``┌──┐`` otherwise).
    """

    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down")

    def feed(self, data: bytes) -> None:  # type: ignore[override]
        text = self.utf8_decoder.decode(data)
        self.use_utf8 = False  # read by the parser only to decide whether to ignore charset switches
        pyte.Stream.feed(self, text)

    def select_other_charset(self, code: str) -> None:
        """Input stays UTF-8 whatever ``ESC % @`` asks."""


# MARK: - Measurements


@dataclass(frozen=True)
class KeyCost:
    """What one key (or text) cost the program: output bytes, time until quiet, CPU."""

    bytes_written: int
    settle_seconds: Optional[float]  # from the write to the last byte before the quiet period; None if nothing came
    cpu_ns: Optional[int]  # child's CPU time spent between the write and the quiet period


@dataclass
class Probe:
    """A condition on the terminal, evaluated after every chunk the program writes."""

    predicate: Callable[["Terminal"], bool]
    description: str
    met_at: Optional[float] = None  # time.monotonic() of the chunk after which the predicate first held


Key = Union[str, bytes]


# MARK: - Terminal


class Terminal:
    """A program running in a pseudo-terminal, with its screen as a pyte emulator sees it."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        columns: int = DEFAULT_COLUMNS,
        lines: int = DEFAULT_LINES,
        env: Optional[Mapping[str, Optional[str]]] = None,
        inherit_env: bool = True,
        term: str = DEFAULT_TERM,
        cwd: Optional[str] = None,
        hard_timeout: float = DEFAULT_HARD_TIMEOUT,
        extra_fds: Optional[Mapping[int, int]] = None,
        first_frame_texts: Sequence[str] = (),
    ) -> None:
        """Prepare (not start) ``argv`` in a ``columns`` x ``lines`` pty.

        ``env`` entries are laid over the inherited environment (or an empty one when ``inherit_env`` is false);
        a ``None`` value removes a variable. ``TERM`` is ``term`` unless ``env`` sets it; ``COLUMNS`` and
        ``LINES`` are removed unless ``env`` sets them, since they would override the pty size in ncurses.
        ``extra_fds`` maps a child fd number to a parent fd to hand over (e.g. ``{3: file.fileno()}`` for
        ``dialog --output-fd 3``). ``hard_timeout`` bounds the whole life of the program. ``first_frame_texts``
        (all on screen at once) mark the first full frame, timed exactly by ``first_frame_seconds``.
        """
        self.argv = list(argv)
        self.columns, self.lines = columns, lines
        base = dict(os.environ) if inherit_env else {}
        base.pop("COLUMNS", None)
        base.pop("LINES", None)
        base["TERM"] = term
        for name, value in (env or {}).items():
            if value is None:
                base.pop(name, None)
            else:
                base[name] = value
        self.env = base
        self.cwd = cwd
        self.hard_timeout = hard_timeout
        self.extra_fds = dict(extra_fds or {})

        self.pid: Optional[int] = None
        self.fd: Optional[int] = None
        self.started_at: Optional[float] = None
        self.exit_status: Optional[int] = None  # like Popen.returncode: -N for signal N
        self.rusage: Optional[object] = None
        self.timed_out = False

        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._screen = TerminalScreen(columns, lines, self._write_reply)
        self._stream = XtermByteStream(self._screen)
        self._output = bytearray()
        self._chunk_times: list[tuple[float, int]] = []  # (monotonic time, total bytes after the chunk)
        self._eof = False
        self._probes: list[Probe] = []
        self._reader: Optional[threading.Thread] = None
        self._wake_r, self._wake_w = os.pipe()
        self._watchdog: Optional[threading.Timer] = None
        self._pidfd: Optional[int] = None
        self._first_frame = self.watch_text(*first_frame_texts) if first_frame_texts else None

    # MARK: Life cycle

    @classmethod
    def spawn(cls, argv: Sequence[str], **options: object) -> "Terminal":
        """Start ``argv`` (see ``__init__`` for the options) and return the running terminal."""
        terminal = cls(argv, **options)  # type: ignore[arg-type]
        terminal.start()
        return terminal

    def start(self) -> "Terminal":
        winsize = struct.pack("HHHH", self.lines, self.columns, 0, 0)
        self.started_at = time.monotonic()
        pid, fd = os.forkpty()
        if pid == 0:  # child: forkpty made it a session leader with the pty as controlling terminal
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, winsize)
                # Move every source out of the way first, so that no target number overwrites a later source.
                moved = {target: os.dup(source) for target, source in self.extra_fds.items()}
                for target, source in moved.items():
                    os.dup2(source, target)  # dup2's copy is inheritable
                    os.close(source)
                if self.cwd:
                    os.chdir(self.cwd)
                os.execvpe(self.argv[0], self.argv, self.env)
            except BaseException as error:  # noqa: BLE001 - report anything on the terminal, then leave
                try:
                    os.write(2, f"harness: cannot run {self.argv[0]}: {error}\r\n".encode())
                finally:
                    os._exit(127)
        self.pid, self.fd = pid, fd
        try:
            self._pidfd = os.pidfd_open(pid)
        except (AttributeError, OSError):
            self._pidfd = None
        self._reader = threading.Thread(target=self._read_loop, name=f"pty-reader-{pid}", daemon=True)
        self._reader.start()
        self._watchdog = threading.Timer(self.hard_timeout, self._on_hard_timeout)
        self._watchdog.daemon = True
        self._watchdog.start()
        return self

    def __enter__(self) -> "Terminal":
        if self.pid is None:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _on_hard_timeout(self) -> None:
        self.timed_out = True
        self._signal_group(signal.SIGKILL)

    def _signal_group(self, signum: int) -> None:
        if self.pid is None:
            return
        try:
            os.killpg(self.pid, signum)
        except (ProcessLookupError, PermissionError):
            pass

    def poll(self) -> Optional[int]:
        """The exit status if the program has ended (reaping it), else None."""
        if self.exit_status is None and self.pid is not None:
            pid, status, rusage = os.wait4(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.exit_status = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
                self.rusage = rusage
        return self.exit_status

    @property
    def is_alive(self) -> bool:
        return self.pid is not None and self.poll() is None

    def wait_exit(self, timeout: float = 10.0) -> int:
        """Wait until the program ends; its exit status (-N for signal N). Raises HarnessError on timeout."""
        deadline = time.monotonic() + timeout
        while self.poll() is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise HarnessError(f"{self.argv[0]} still running after {timeout}s\n{self.dump()}")
            if self._pidfd is not None:
                select.select([self._pidfd], [], [], remaining)
            else:  # no pidfd (old kernel): poll the condition at a short interval
                time.sleep(min(0.01, remaining))
        assert self.exit_status is not None
        return self.exit_status

    def wait_output_read(self, timeout: float = 10.0) -> None:
        """Wait until every byte the program wrote is on the screen: the pty's other side closed (the program and
        whatever it started ended). ``wait_exit`` alone can return before the reader took the last bytes."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not self._eof:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise HarnessError(f"{self.argv[0]}'s terminal still open after {timeout}s\n{self.dump()}")
                self._changed.wait(remaining)

    def close(self, grace: float = 2.0) -> Optional[int]:
        """End the program: SIGHUP to its process group (as when a terminal closes), SIGKILL after ``grace``.

        Also kills what is left of the group after the leader ended, stops the reader and frees the pty.
        Safe to call more than once. Returns the exit status.
        """
        if self.pid is None:
            return None
        if self.poll() is None:
            self._signal_group(signal.SIGHUP)
            self._signal_group(signal.SIGCONT)
            try:
                self.wait_exit(grace)
            except HarnessError:
                self._signal_group(signal.SIGKILL)
                self.wait_exit(grace)
        self._signal_group(signal.SIGKILL)  # stragglers in the group
        if self._watchdog:
            self._watchdog.cancel()
        if self._reader and self._reader.is_alive():
            os.write(self._wake_w, b"x")
            self._reader.join(timeout=grace)
        for fd_name in ("fd", "_pidfd", "_wake_r", "_wake_w"):
            fd = getattr(self, fd_name)
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
                setattr(self, fd_name, None)
        return self.exit_status

    # MARK: Reading

    def _read_loop(self) -> None:
        assert self.fd is not None
        poller = select.poll()
        poller.register(self.fd, select.POLLIN)
        poller.register(self._wake_r, select.POLLIN)
        while True:
            events = dict(poller.poll())
            if self._wake_r in events:
                break
            try:
                data = os.read(self.fd, 65536)
            except OSError as error:
                if error.errno in (errno.EIO, errno.EBADF):  # EIO: every holder of the pty's slave side is gone
                    break
                raise
            if not data:
                break
            now = time.monotonic()
            with self._changed:
                self._output += data
                self._chunk_times.append((now, len(self._output)))
                self._stream.feed(data)
                for probe in self._probes:
                    if probe.met_at is None and _holds(probe, self):
                        probe.met_at = now
                self._changed.notify_all()
        with self._changed:
            self._eof = True
            self._changed.notify_all()

    def _write_reply(self, data: bytes) -> None:
        if self.fd is not None:
            os.write(self.fd, data)

    @property
    def screen(self) -> TerminalScreen:
        """The pyte screen; hold ``terminal.lock`` while reading several of its cells."""
        return self._screen

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    def screen_lines(self) -> list[str]:
        """Each row of the screen as text, trailing blanks removed (wide characters count once)."""
        with self._lock:
            return [line.rstrip() for line in self._screen.display]

    def screen_text(self) -> str:
        """The whole screen as text, rows joined by newlines, trailing blanks removed."""
        return "\n".join(self.screen_lines())

    def row(self, y: int) -> str:
        return self.screen_lines()[y]

    def find_text(self, text: str) -> Optional[tuple[int, int]]:
        """(column, row) of the first occurrence of ``text`` on the screen, or None."""
        for y, line in enumerate(self.screen_lines()):
            x = line.find(text)
            if x >= 0:
                return (_columns_before(self._screen, y, x), y)
        return None

    def cursor(self) -> tuple[int, int]:
        with self._lock:
            return (self._screen.cursor.x, self._screen.cursor.y)

    def cursor_visible(self) -> bool:
        with self._lock:
            return not self._screen.cursor.hidden

    def cell(self, x: int, y: int) -> pyte.screens.Char:
        with self._lock:
            return self._screen.buffer[y][x]

    def styled_runs(self, predicate: Callable[[pyte.screens.Char], bool]) -> list[tuple[int, int, str]]:
        """Runs of cells whose attributes satisfy ``predicate``: (column, row, text) in reading order."""
        runs: list[tuple[int, int, str]] = []
        with self._lock:
            for y in range(self._screen.lines):
                line = self._screen.buffer[y]
                start: Optional[int] = None
                text = ""
                for x in range(self._screen.columns + 1):
                    char = line[x] if x < self._screen.columns else None
                    if char is not None and predicate(char):
                        if start is None:
                            start, text = x, ""
                        text += char.data
                    elif start is not None:
                        runs.append((start, y, text))
                        start = None
        return runs

    def highlighted(self) -> list[tuple[int, int, str]]:
        """Reverse-video runs (column, row, text): where focus and selection show without colour."""
        return self.styled_runs(lambda char: char.reverse)

    @property
    def application_cursor_keys(self) -> bool:
        with self._lock:
            return _DECCKM in self._screen.mode

    @property
    def bracketed_paste_enabled(self) -> bool:
        with self._lock:
            return _BRACKETED_PASTE in self._screen.mode

    @property
    def in_alternate_screen(self) -> bool:
        with self._lock:
            return self._screen.in_alternate_screen

    def output(self) -> bytes:
        """Every byte the program has written so far."""
        with self._lock:
            return bytes(self._output)

    def mark(self) -> int:
        """A position in the output, for ``bytes_since`` / ``output_since``."""
        with self._lock:
            return len(self._output)

    def bytes_since(self, mark: int) -> int:
        with self._lock:
            return len(self._output) - mark

    def output_since(self, mark: int) -> bytes:
        with self._lock:
            return bytes(self._output[mark:])

    def last_output_at(self) -> Optional[float]:
        with self._lock:
            return self._chunk_times[-1][0] if self._chunk_times else None

    def dump(self) -> str:
        """The screen framed with row numbers and cursor position, for failure messages."""
        lines = self.screen_lines()
        x, y = self.cursor()
        width = self.columns
        body = "\n".join(f"{index:2d}|{line}" for index, line in enumerate(lines))
        status = f"exit status {self.exit_status}" if self.exit_status is not None else "running"
        return f"--- screen {width}x{len(lines)}, cursor ({x},{y}), {status} ---\n{body}\n---"

    # MARK: Waiting

    def watch(self, predicate: Callable[["Terminal"], bool], description: str = "condition") -> Probe:
        """Register a condition now (e.g. before ``start``) so that the time it first holds is exact."""
        probe = Probe(predicate, description)
        with self._changed:
            if self.started_at is not None and predicate(self):
                probe.met_at = time.monotonic()
            self._probes.append(probe)
        return probe

    def watch_text(self, *texts: str) -> Probe:
        return self.watch(lambda term: all(t in term.screen_text() for t in texts), f"text {texts!r}")

    def wait_probe(self, probe: Probe, timeout: float, keep_watching: bool = False) -> float:
        """Block until ``probe`` holds; returns the monotonic time of the chunk after which it first held.

        The probe stops being evaluated once this returns or fails, unless ``keep_watching`` (a later wait on the
        same probe then still gets the exact time)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            try:
                while probe.met_at is None:
                    if self._eof:
                        self.poll()
                        raise ProcessExited(
                            f"{self.argv[0]} closed the terminal before {probe.description} held\n{self.dump()}"
                        )
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise HarnessError(
                            f"{probe.description} did not hold within {timeout}s "
                            f"(timed_out={self.timed_out})\n{self.dump()}"
                        )
                    self._changed.wait(remaining)
            finally:
                if probe in self._probes and (probe.met_at is not None or not keep_watching):
                    self._probes.remove(probe)
            return probe.met_at

    def first_frame_seconds(self, timeout: float = 10.0) -> float:
        """Seconds from launch (just before fork) to the output chunk that completed the first full frame."""
        assert self._first_frame is not None, "pass first_frame_texts when creating the Terminal"
        shown_at = self.wait_probe(self._first_frame, timeout, keep_watching=True)
        assert self.started_at is not None
        return shown_at - self.started_at

    def wait_until(
        self, predicate: Callable[["Terminal"], bool], timeout: float = 10.0, description: str = "condition"
    ) -> float:
        """Block until ``predicate(terminal)`` holds (checked now and after every chunk of output)."""
        return self.wait_probe(self.watch(predicate, description), timeout)

    def wait_for_text(self, text: str, timeout: float = 10.0) -> float:
        """Block until ``text`` is on the screen; returns the monotonic time it appeared."""
        return self.wait_until(lambda term: text in term.screen_text(), timeout, f"text {text!r} on screen")

    def wait_for_regex(self, pattern: str, timeout: float = 10.0) -> re.Match[str]:
        compiled = re.compile(pattern)
        self.wait_until(lambda term: compiled.search(term.screen_text()) is not None, timeout, f"/{pattern}/")
        match = compiled.search(self.screen_text())
        assert match is not None
        return match

    def wait_for_text_gone(self, text: str, timeout: float = 10.0) -> float:
        return self.wait_until(lambda term: text not in term.screen_text(), timeout, f"text {text!r} gone")

    def wait_quiet(self, quiet_ms: float = 50.0, timeout: float = 10.0, since: Optional[float] = None) -> float:
        """Block until the program has written nothing for ``quiet_ms`` (measured from ``since`` at the
        earliest). Returns the time of its last output after ``since`` (or ``since`` when there was none).

        This is measurement (how long a program keeps drawing), not a stand-in for waiting on a condition.
        """
        quiet = quiet_ms / 1000.0
        start = time.monotonic() if since is None else since
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                last = self._chunk_times[-1][0] if self._chunk_times else start
                last = max(last, start)
                now = time.monotonic()
                if now - last >= quiet or self._eof:
                    return last
                if now >= deadline:
                    raise HarnessError(f"{self.argv[0]} kept writing for {timeout}s\n{self.dump()}")
                self._changed.wait(min(quiet - (now - last), deadline - now))

    # MARK: Writing

    def write(self, data: Union[bytes, str]) -> None:
        """Write raw bytes (or UTF-8 text) to the program's terminal input."""
        if isinstance(data, str):
            data = data.encode()
        assert self.fd is not None, "terminal not started"
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]

    def type_text(self, text: str) -> None:
        """Type literal text (UTF-8)."""
        self.write(text.encode())

    def press(self, *keys: Key) -> None:
        """Press named keys (see ``encode_key``) one after another; bytes are sent as they are.

        Ctrl-S and Ctrl-Q are refused while the program leaves the tty's XON/XOFF flow control on (ncurses'
        ``cbreak()`` does, ``raw()`` does not): the kernel would take Ctrl-S as "stop output" and the program
        would never see it, which shows up only as a frozen screen.
        """
        for key in keys:
            data = key if isinstance(key, bytes) else encode_key(key, self.application_cursor_keys)
            if data in (b"\x13", b"\x11") and self.flow_control_enabled:
                raise HarnessError(
                    f"{key!r} would be taken by the tty's XON/XOFF flow control (IXON is on): the program must "
                    f"turn it off (ncurses raw(), or clear IXON) to receive Ctrl-S/Ctrl-Q\n{self.dump()}"
                )
            self.write(data)

    @property
    def flow_control_enabled(self) -> bool:
        """Whether the tty has IXON on (the master reads the terminal's settings on Linux)."""
        assert self.fd is not None
        try:
            return bool(termios.tcgetattr(self.fd)[0] & termios.IXON)
        except termios.error:
            return False

    def paste(self, text: str, bracketed: Optional[bool] = None) -> None:
        """Paste ``text`` as a terminal does: inside ``ESC[200~``…``ESC[201~`` when the program turned on
        bracketed paste (or when ``bracketed`` forces it), else as typed text. Newlines are sent as CR."""
        body = text.replace("\r\n", "\r").replace("\n", "\r").encode()
        use_brackets = self.bracketed_paste_enabled if bracketed is None else bracketed
        self.write(b"\x1b[200~" + body + b"\x1b[201~" if use_brackets else body)

    def resize(self, columns: int, lines: int) -> None:
        """Change the pty size (TIOCSWINSZ; the kernel sends SIGWINCH to the foreground process group)
        and the emulator's screen to match."""
        assert self.fd is not None
        with self._changed:
            self._screen.resize(lines, columns)
            self.columns, self.lines = columns, lines
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))

    # MARK: Measuring the child

    def _proc(self, name: str) -> Optional[str]:
        if self.pid is None or self.exit_status is not None:
            return None
        try:
            with open(f"/proc/{self.pid}/{name}") as file:
                return file.read()
        except OSError:
            return None

    def _threads_schedstat_ns(self) -> Optional[int]:
        if self.pid is None or self.exit_status is not None:
            return None
        total = 0
        found = False
        try:
            threads = os.listdir(f"/proc/{self.pid}/task")
        except OSError:
            return None
        for thread in threads:
            try:
                with open(f"/proc/{self.pid}/task/{thread}/schedstat") as file:
                    total += int(file.read().split()[0])
                    found = True
            except (OSError, ValueError, IndexError):
                continue  # the thread ended between listing and reading
        return total if found else None

    def cpu_seconds(self) -> Optional[float]:
        """utime+stime of the program (``/proc/<pid>/stat``, clock-tick resolution), or the rusage after exit."""
        if self.rusage is not None:
            return self.rusage.ru_utime + self.rusage.ru_stime  # type: ignore[attr-defined]
        stat = self._proc("stat")
        if stat is None:
            return None
        fields = stat[stat.rindex(")") + 2 :].split()  # fields after "pid (comm) ", from field 3 (state) on
        utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
        return (utime + stime) / _CLOCK_TICKS

    def cpu_ns(self) -> Optional[int]:
        """CPU time of the program in nanoseconds, summed over its threads (``/proc/<pid>/task/*/schedstat``).

        Every thread counts: a program may read keys on one thread and draw on another (Swift's concurrency
        pool), and ``/proc/<pid>/schedstat`` alone is the main thread's. Falls back to ``cpu_seconds`` where
        schedstat is missing.
        """
        if self.rusage is not None:
            return int(self.cpu_seconds() * 1e9)  # type: ignore[operator]
        total = self._threads_schedstat_ns()
        if total is not None:
            return total
        seconds = self.cpu_seconds()
        return None if seconds is None else int(seconds * 1e9)

    def peak_rss_kb(self) -> Optional[int]:
        """Peak resident memory in KiB (``VmHWM``), or ``ru_maxrss`` after exit."""
        if self.rusage is not None:
            return int(self.rusage.ru_maxrss)  # type: ignore[attr-defined]
        status = self._proc("status")
        if status is None:
            return None
        match = re.search(r"^VmHWM:\s+(\d+)\s+kB", status, re.MULTILINE)
        return int(match.group(1)) if match else None

    def measure_key(self, keys: Union[Key, Iterable[Key]], quiet_ms: float = 30.0, timeout: float = 5.0) -> KeyCost:
        """Send a key (a name, bytes, or a list of them) and measure until the program is quiet for ``quiet_ms``:
        bytes written, time from the write to the last byte, CPU spent."""
        key_list = [keys] if isinstance(keys, (str, bytes)) else list(keys)
        with self._lock:
            mark = len(self._output)
        cpu_before = self.cpu_ns()
        sent_at = time.monotonic()
        self.press(*key_list)
        last = self.wait_quiet(quiet_ms, timeout, since=sent_at)
        cpu_after = self.cpu_ns()
        written = self.bytes_since(mark)
        cpu = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
        return KeyCost(written, (last - sent_at) if written else None, cpu)

    def measure_text(self, char: str, quiet_ms: float = 30.0, timeout: float = 5.0) -> KeyCost:
        """Type one character (literal text) and measure as ``measure_key`` does."""
        return self.measure_key(char.encode(), quiet_ms, timeout)


def _holds(probe: Probe, terminal: Terminal) -> bool:
    """A probe's predicate, with an exception counted as "not yet" so that the reader thread survives it."""
    try:
        return bool(probe.predicate(terminal))
    except Exception:  # noqa: BLE001 - e.g. a row index past a screen that just shrank
        return False


def _columns_before(screen: pyte.Screen, y: int, index: int) -> int:
    """The column of the ``index``-th displayed character of row ``y`` (wide characters take two columns)."""
    line = screen.buffer[y]
    shown = 0
    for x in range(screen.columns):
        if line[x].data == "" and x > 0:  # second half of a wide character: not shown in ``display``
            continue
        if shown == index:
            return x
        shown += 1
    return screen.columns

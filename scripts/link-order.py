#!/usr/bin/env python3
"""Writes the link order of the release editor: the code and data a key uses first, then the start-up's.

Why: the editor's binary carries 21 MB of code (the Swift runtime and FoundationEssentials linked statically, NIO,
async-http-client, swift-crypto, Hummingbird), and an editing session runs only about 0.8 MB of it. Left in link order those
functions are spread over the whole text, and every page fault maps a 64 KB window around it, so the session kept
about 10 MB of code resident. Placed together (lld's --symbol-ordering-file, with every function in its own
section) the same code fits in a few hundred pages. See scripts/build-release.sh.

How: runs the release binary (a copy without debug information, which valgrind cannot read) under callgrind in a
100x30 pseudo-terminal through a scripted session (the form, typing in text and list fields, every field, a
dropdown, the preview, help, quit), with a profile dumped after the first frame and another after the typing. It
lists the functions callgrind saw that the binary defines, by their linker names: first those the typing ran,
hottest first, so that the code a key runs sits in as few pages as possible (a key touched 220 pages of code
spread over 18 MB, and page walks are dear in a virtual machine); then those of the start-up and of the rest of
the session, in the order callgrind first recorded them.

Then the data: a second run under valgrind's lackey traces every load and store of the start-up and of the same
typing, and the data the binary defines (type metadata, witness tables, descriptors, caches; every global has a
section of its own) follows the functions in the list, the typing's most used first. Ten typed keys read and wrote
475 pages of the binary's data, scattered over 40 MB; with the data ordered (and full Foundation gone) they touch
about 85.

Only functions that have a section of their own (or share a small one) are listed: the prebuilt static libraries
of the toolchain (the standard library, parts of the Swift runtime, libdispatch) put whole files in one
section, and listing one of their functions would move the whole file, up to 1.6 MB, into the hot region. The
link map (lld's -Map) of the binary tells each function's section and its size.

Usage: scripts/link-order.py BINARY MAP OUTPUT  (needs valgrind, nm and strip)
"""

from __future__ import annotations

import bisect
import fcntl
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED = REPO_ROOT / "assets" / "examples" / "seed-example.json"

# (keys, seconds to let the program settle afterwards); callgrind runs the program about 50 times slower.
SESSION: list[tuple[bytes, float]] = [
    (b"", 20.0),  # the first frame
    (b"abcdefghijklmnop" + b"\x7f" * 16, 6.0),  # type and erase in the first text field: what a key runs
    (b"\t" * 4, 3.0),  # to local subnets
    (b"\x1b[B\x1b[A", 2.0),  # rows of a list
    (b"\t" * 3, 2.0),  # to a dropdown
    (b"\r", 2.0),  # open it
    (b"\x1b[B\r", 2.0),  # pick another choice
    (b"\t" * 12 + b"\x1b[Z" * 2, 4.0),  # every field, and back
    (b"\x10", 4.0),  # Ctrl-P: the preview
    (b"\x1b[B\x1b[A", 2.0),
    (b"\x1b", 2.0),  # back to the form
    (b"\x1bOP", 3.0),  # F1: help
    (b"q", 2.0),
    (b"\x11", 2.0),  # Ctrl-Q
    (b"y", 10.0),  # quit, keeping the draft
]
# After these steps of SESSION, callgrind dumps a profile: the start-up, then the typing.
TYPING_STEP = 1
DUMP_AFTER_STEPS = (0, TYPING_STEP)


def drain_until_quiet(fd: int, quiet: float, limit: float) -> None:
    """Reads the terminal until it has been silent for `quiet` seconds (or for `limit` seconds in all).

    The profile of the typing is taken as soon as the screen settles, before the draft is saved (half a second
    after the last key): the typing's list must hold what every key runs, not the one-off saving of a draft.
    """
    end = time.monotonic() + limit
    last = time.monotonic()
    while time.monotonic() < end and time.monotonic() - last < quiet:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            try:
                if not os.read(fd, 65536):
                    return
            except OSError:
                return
            last = time.monotonic()


def drain(fd: int, seconds: float) -> bool:
    """Reads the terminal for `seconds`; False once the program has closed it."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                if not os.read(fd, 65536):
                    return False
            except OSError:
                return False
    return True


def run_under_valgrind(tool: list[str], workdir: Path, name: str) -> tuple[int, int]:
    """Starts the stripped editor on a copy of the seed under a valgrind tool, in a 100x30 pseudo-terminal with no
    BCE credentials and drafts kept in `workdir`; returns the process and the terminal."""
    tunnel = workdir / f"{name}.json"
    shutil.copyfile(SEED, tunnel)
    environment = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", XDG_STATE_HOME=str(workdir / name))
    for variable in ("BCE_ACCESS_KEY_ID", "BCE_SECRET_ACCESS_KEY", "BCE_SECURITY_TOKEN"):
        environment.pop(variable, None)
    pid, fd = pty.fork()
    if pid == 0:
        command = ["valgrind", *tool, str(workdir / "vpn-tunnel"), "edit", "--file", str(tunnel)]
        os.execvpe("valgrind", command, environment)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    return pid, fd


def profile(binary: Path, workdir: Path) -> list[Path]:
    """Profiles of the start-up, of the typing and of the rest of the session, in that order."""
    subprocess.run(["strip", "-g", "-o", str(workdir / "vpn-tunnel"), str(binary)], check=True)
    output = workdir / "callgrind.out"
    callgrind = ["--tool=callgrind", "--dump-instr=yes", "--compress-pos=no", f"--callgrind-out-file={output}"]
    pid, fd = run_under_valgrind(callgrind, workdir, "profile")
    for step, (keys, settle) in enumerate(SESSION):
        if keys:
            os.write(fd, keys)
        if step == TYPING_STEP:
            drain_until_quiet(fd, 0.2, settle)
        elif not drain(fd, settle):
            break
        if step in DUMP_AFTER_STEPS:
            subprocess.run(["callgrind_control", "--dump", str(pid)], check=True, capture_output=True)
    _, status = os.waitpid(pid, 0)
    # Each dump is a file of its own: callgrind.out.1, .2, and what ran after the last one, at exit, callgrind.out.
    parts = sorted(workdir.glob("callgrind.out*"), key=lambda path: int(path.name.split(".")[2] or 0) if path.name.count(".") == 2 else 1 << 30)
    parts = [part for part in parts if part.stat().st_size > 0]
    if len(parts) != len(DUMP_AFTER_STEPS) + 1:
        sys.exit(f"link-order: callgrind wrote {len(parts)} profiles, not {len(DUMP_AFTER_STEPS) + 1} (exit {status})")
    return parts


# The typing of the data trace, and where valgrind maps a position-independent executable.
TRACED_TYPING = SESSION[TYPING_STEP][0]
VALGRIND_PIE_BASE = 0x108000


def trace_data(binary: Path, workdir: Path) -> tuple[dict[int, int], dict[int, int]]:
    """Pages of the binary's data the start-up and the typing read or wrote, each with its number of accesses.

    lackey writes a line per access (`I`, ` L`, ` S`, ` M` and an address), a few hundred megabytes for the start-up;
    the log's size when the first frame is drawn and after the typing cuts it into the two parts.
    """
    log = workdir / "lackey.log"
    # The stripped copy profile() made.
    pid, fd = run_under_valgrind(["--tool=lackey", "--trace-mem=yes", f"--log-file={log}"], workdir, "trace")
    drain(fd, SESSION[0][1] * 4)
    first_frame = log.stat().st_size
    os.write(fd, TRACED_TYPING)
    drain_until_quiet(fd, 0.2, SESSION[TYPING_STEP][1] * 4)
    typed = log.stat().st_size
    os.write(fd, b"\x11")
    drain(fd, 5)
    os.write(fd, b"y")
    drain(fd, 20)
    os.waitpid(pid, 0)

    def pages(start: int, end: int) -> dict[int, int]:
        counts: dict[int, int] = {}
        with log.open("rb") as file:
            file.seek(start)
            remaining = end - start
            while remaining > 0:
                chunk = file.read(min(remaining, 1 << 24))
                remaining -= len(chunk)
                for line in chunk.split(b"\n"):
                    if line[:1] == b" " and len(line) > 3:
                        try:
                            address = int(line[3:].split(b",", 1)[0], 16) - VALGRIND_PIE_BASE
                        except ValueError:
                            continue
                        counts[address] = counts.get(address, 0) + 1
        return counts

    result = pages(0, first_frame), pages(first_frame, typed)
    log.unlink()
    return result


def data_symbols(binary: Path) -> tuple[list[int], list[int], list[str]]:
    """The binary's data symbols with a size, sorted by address: addresses, sizes, linker names."""
    listing = subprocess.run(
        ["nm", "-n", "-S", "--defined-only", str(binary)], capture_output=True, text=True, check=True
    )
    addresses: list[int] = []
    sizes: list[int] = []
    names: list[str] = []
    for line in listing.stdout.splitlines():
        fields = line.split(" ", 3)
        if len(fields) == 4 and fields[2] in "dDbBrRvV":
            addresses.append(int(fields[0], 16))
            sizes.append(int(fields[1], 16))
            names.append(fields[3])
    return addresses, sizes, names


def used_data(accesses: dict[int, int], binary: Path) -> dict[str, int]:
    """The data symbols the traced addresses fall in, with their numbers of accesses."""
    addresses, sizes, names = data_symbols(binary)
    used: dict[str, int] = {}
    for address, count in accesses.items():
        index = bisect.bisect_right(addresses, address) - 1
        if index >= 0 and address < addresses[index] + max(sizes[index], 1):
            used[names[index]] = used.get(names[index], 0) + count
    return used


def symbols(binary: Path) -> tuple[list[int], list[str], dict[str, int]]:
    """The binary's functions sorted by address: their addresses, their linker names, and name to address."""
    listing = subprocess.run(["nm", "-n", "--defined-only", str(binary)], capture_output=True, text=True, check=True)
    addresses: list[int] = []
    names: list[str] = []
    for line in listing.stdout.splitlines():
        fields = line.split(" ", 2)
        if len(fields) == 3 and fields[1] in "tTwW":
            addresses.append(int(fields[0], 16))
            names.append(fields[2])
    return addresses, names, dict(zip(names, addresses))


def ordered_functions(profile_path: Path, binary: Path) -> dict[str, int]:
    """The binary's functions that ran, in the order callgrind first recorded them, with the instructions each ran.

    Functions are found by the addresses callgrind saw executed, not by the names it prints: its demangling of
    the C++ runtime's names differs from nm's, and some functions it can only name by address. The load address
    is the offset at which most functions whose names do match were entered.
    """
    addresses, names, address_of = symbols(binary)
    # Callgrind names an object or function once, on whichever line first mentions it (ob=, cob=, fn=, cfn=),
    # and by its number alone afterwards.
    name_pattern = re.compile(r"^(c?ob|c?fn)=\((\d+)\)(?: (.*))?$")
    object_names: dict[str, str] = {}
    function_names: dict[str, str] = {}
    executed: list[tuple[int, str, int]] = []  # (address, its function as callgrind printed it, instructions)
    in_binary = False
    current_function = ""
    for line in profile_path.read_text(errors="replace").splitlines():
        if line.startswith("0x"):
            if in_binary:
                fields = line.split(" ", 2)
                cost = int(fields[1]) if len(fields) > 1 and fields[1].isdigit() else 0
                executed.append((int(fields[0], 16), current_function, cost))
            continue
        match = name_pattern.match(line)
        if not match:
            continue
        kind, number, name = match.groups()
        table = object_names if kind.endswith("ob") else function_names
        if name:
            table[number] = re.sub(r"'\d+$", "", name.strip())
        if kind == "ob":
            in_binary = Path(object_names.get(number, "")).name == "vpn-tunnel"
        elif kind == "fn":
            current_function = function_names.get(number, "")
    lowest: dict[str, int] = {}  # a function's lowest executed address: its entry, nearly always
    for address, name, _ in executed:
        if name in address_of and address < lowest.get(name, address + 1):
            lowest[name] = address
    offsets: dict[int, int] = {}
    for name, address in lowest.items():
        offset = address - address_of[name]
        offsets[offset] = offsets.get(offset, 0) + 1
    if not offsets:
        sys.exit("link-order: no function of the binary was recognised in the profile")
    load_address = max(offsets, key=lambda offset: offsets[offset])
    costs: dict[str, int] = {}  # in first-recorded order
    for address, _, cost in executed:
        index = bisect.bisect_right(addresses, address - load_address) - 1
        if index >= 0:
            costs[names[index]] = costs.get(names[index], 0) + cost
    return costs


# A section larger than this holds more than one function's worth of code: it stays where the linker puts it.
LARGEST_ORDERED_SECTION = 16 * 1024
# The output sections whose input sections the order moves: the code, and the data that type metadata, witness
# tables, descriptors and caches live in.
ORDERED_OUTPUT_SECTIONS = {".text", ".rodata", ".data.rel.ro", ".data", ".bss"}
# Where lld's map starts the names of input sections and of symbols (output sections' names start before).
OUTPUT_SECTION_COLUMN = 50
SYMBOL_COLUMN = 58


def section_sizes(link_map: Path) -> dict[str, int]:
    """Each function and datum to the size of its largest input section, from an lld link map.

    The map lists, under each output section, its input sections (`file:(name)`) and under each the symbols it
    defines, as rows of address, load address, size, alignment and name.
    """
    sizes: dict[str, int] = {}
    in_ordered = False
    section_size = 0
    for line in link_map.read_text(errors="replace").splitlines():
        fields = line.split(None, 4)
        if len(fields) != 5 or not all(character in "0123456789abcdef" for character in fields[2]):
            continue
        name = fields[4]
        depth = line.index(name, len(line) - len(name))  # output sections, input sections, symbols: deeper
        if depth < OUTPUT_SECTION_COLUMN:
            in_ordered = name in ORDERED_OUTPUT_SECTIONS
        elif in_ordered and depth < SYMBOL_COLUMN:
            section_size = int(fields[2], 16)
        elif in_ordered:
            # A local name (a merged thunk, an outlined copy) can be defined in many files, and lld moves every
            # section that defines a listed name: the largest of them is the one that counts.
            sizes[name] = max(sizes.get(name, 0), section_size)
    return sizes


def main(arguments: list[str]) -> int:
    if len(arguments) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 64
    binary, link_map, destination = Path(arguments[0]), Path(arguments[1]), Path(arguments[2])
    with tempfile.TemporaryDirectory(prefix="vpn-tunnel-order-") as scratch:
        start_up, typing, rest = (ordered_functions(part, binary) for part in profile(binary, Path(scratch)))
        start_up_data, typing_data = (used_data(part, binary) for part in trace_data(binary, Path(scratch)))
    ran = list(
        dict.fromkeys(
            [
                *sorted(typing, key=lambda name: -typing[name]),
                *start_up,
                *rest,
                *sorted(typing_data, key=lambda name: -typing_data[name]),
                *start_up_data,
            ]
        )
    )
    print(f"link-order: {len(typing_data)} data symbols used by the typing, {len(start_up_data)} by the start-up", file=sys.stderr)
    sizes = section_sizes(link_map)
    order = [symbol for symbol in ran if sizes.get(symbol, 0) <= LARGEST_ORDERED_SECTION]
    print(f"link-order: {len(ran) - len(order)} of {len(ran)} functions ran in shared sections, left in place", file=sys.stderr)
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text("".join(symbol + "\n" for symbol in order))
    print(f"link-order: {len(order)} functions written to {destination}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

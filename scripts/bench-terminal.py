#!/usr/bin/env python3
"""Terminal benchmark (the README's Speed section): vpn-tunnel's form against `dialog --form` with the same fields.

Each program runs in a 100x30 pseudo-terminal (TERM=xterm-256color, C.UTF-8), read through the pyte emulator of
Tests/e2e/harness.py, N times, interleaved. Per run:

* first full frame: from launch (just before fork) to the output chunk after which the frame's marker texts are all
  on screen;
* CPU to first frame: the child's CPU time (``/proc/<pid>/schedstat``) once that frame is drawn and the program is
  quiet (waiting for a key);
* per typed character in the focused text field (the first one, as both programs start there): bytes written to the
  terminal, time from the key to the last byte before the program is quiet for ``--quiet-ms``, CPU spent;
* peak resident memory (``VmHWM``) at the end.

Prints medians (first-frame figures: median of runs; per-key figures: median of every key of every run), and
for each program the ratio to dialog; for vpn-tunnel also its targets (the README's Speed section). A program that is not there gets a
row that says so ("not built"). This script builds nothing: build the release binary first
(``scripts/build-release.sh``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional, Sequence

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "Tests" / "e2e"))

from harness import HarnessError, Terminal  # noqa: E402

TYPED = "abcdefghijklmnopqrstuvwxyz"

# The request's fields in form order, with the labels the form shows (TunnelField.label + API name) and the
# values of the API documentation's example, used when the seed file is missing.
FIELDS = [
    ("vpnConnName", "Name", "vpncon"),
    ("description", "Description", "111"),
    ("secretKey", "Pre-shared key", "ddd22@www"),
    ("remoteIp", "Peer IP", "10.107.245.188"),
    ("localSubnets", "Local subnets", "192.168.0.0/20"),
    ("remoteSubnets", "Remote subnets", "192.168.100.0/24"),
    ("ikeConfig.ikeVersion", "IKE version", "v1"),
    ("ikeConfig.ikeMode", "IKE mode", "main"),
    ("ikeConfig.ikeEncAlg", "IKE encryption", "aes"),
    ("ikeConfig.ikeAuthAlg", "IKE integrity", "sha1"),
    ("ikeConfig.ikePfs", "IKE DH group", "group2"),
    ("ikeConfig.ikeLifeTime", "IKE lifetime", "28800"),
    ("ipsecConfig.ipsecEncAlg", "IPsec encryption", "aes"),
    ("ipsecConfig.ipsecAuthAlg", "IPsec integrity", "sha1"),
    ("ipsecConfig.ipsecPfs", "IPsec PFS group", "group2"),
    ("ipsecConfig.ipsecLifetime", "IPsec lifetime", "28800"),
]


@dataclass
class Program:
    """One row of the table: how to start it and which texts mark its first full frame."""

    name: str
    argv: list[str]
    frame_texts: list[str]
    missing: Optional[str] = None  # why it cannot run ("not built"), or None


@dataclass
class RunResult:
    first_frame_ms: float
    cpu_first_frame_ms: float
    bytes_first_frame: int
    key_bytes: list[int]
    key_settle_ms: list[float]
    key_cpu_us: list[float]
    peak_rss_kb: int
    typed_ok: bool


@dataclass
class Summary:
    name: str
    status: str
    runs: int = 0
    medians: dict[str, float] = field(default_factory=dict)


# MARK: - The programs


def seed_values(seed: Path) -> dict[str, str]:
    """Field path → text for dialog, from the seed tunnel file when present (lists joined by commas)."""
    values = {path: example for path, _, example in FIELDS}
    if not seed.exists():
        return values
    data = json.loads(seed.read_text())
    for path, _, _ in FIELDS:
        value: object = data
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, list):
            values[path] = ",".join(str(item) for item in value)
        elif value is not None:
            values[path] = str(value).rstrip("s") if path.endswith(("LifeTime", "Lifetime")) else str(value)
    return values


LONG_LIST_ROWS = 1000


def long_list_seed(seed: Path, folder: str) -> Path:
    """The seed with LONG_LIST_ROWS distinct rows in localSubnets, written into `folder`: the editor must stay as
    quick per key with a long list as with one row."""
    data = json.loads(seed.read_text()) if seed.exists() else {}
    data["localSubnets"] = [f"10.{index >> 8}.{index & 255}.0/24" for index in range(LONG_LIST_ROWS)]
    path = Path(folder) / "long-list.json"
    path.write_text(json.dumps(data))
    return path


def dialog_program(seed: Path) -> Program:
    dialog = shutil.which("dialog")
    values = seed_values(seed)
    label_width = max(len(f"{label} ({path.split('.')[-1]}):") for path, label, _ in FIELDS) + 2
    argv = [dialog or "dialog", "--title", "Edit VPN tunnel", "--form", "Tunnel, IKE and IPsec", "0", "0", "0"]
    for row, (path, label, _) in enumerate(FIELDS, start=1):
        text = f"{label} ({path.split('.')[-1]}):"
        argv += [text, str(row), "1", values[path], str(row), str(label_width), "40", "200"]
    return Program(
        name="dialog --form",
        argv=argv,
        frame_texts=["IPsec lifetime (ipsecLifetime):", "<Cancel>"],
        missing=None if dialog else "not installed (apt-get install dialog)",
    )


def ours_program(binary: Path, seed: Path, frame_texts: list[str], name: str = "vpn-tunnel edit") -> Program:
    program = Program(name, [str(binary), "edit", "--file", str(seed)], frame_texts)
    if not os.access(binary, os.X_OK):
        program.missing = "not built (scripts/build-release.sh)"
    elif not seed.exists():
        program.missing = f"no seed file {seed}"
    return program


# MARK: - Measuring


def measure_once(program: Program, arguments: argparse.Namespace, state_root: str) -> RunResult:
    # A fresh state folder per run: the draft saved while typing would otherwise make the next run open with an
    # offer to restore it.
    state_dir = tempfile.mkdtemp(prefix="state-", dir=state_root)
    env = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "ESCDELAY": "25", "XDG_STATE_HOME": state_dir, "NO_COLOR": None}
    terminal = Terminal(
        program.argv,
        columns=arguments.columns,
        lines=arguments.lines,
        env=env,
        cwd=str(REPO_ROOT),
        hard_timeout=arguments.timeout * 4,
        first_frame_texts=program.frame_texts,
    )
    with terminal:
        first_frame = terminal.first_frame_seconds(arguments.timeout)
        terminal.wait_quiet(arguments.quiet_ms, arguments.timeout)
        cpu_first = terminal.cpu_ns() or 0
        bytes_first = terminal.mark()
        costs = [terminal.measure_text(char, arguments.quiet_ms, arguments.timeout) for char in TYPED[: arguments.chars]]
        typed_ok = TYPED[: arguments.chars] in terminal.screen_text()
        peak = terminal.peak_rss_kb() or 0
    return RunResult(
        first_frame_ms=first_frame * 1000,
        cpu_first_frame_ms=cpu_first / 1e6,
        bytes_first_frame=bytes_first,
        key_bytes=[cost.bytes_written for cost in costs],
        key_settle_ms=[(cost.settle_seconds or 0.0) * 1000 for cost in costs],
        key_cpu_us=[(cost.cpu_ns or 0) / 1000 for cost in costs],
        peak_rss_kb=peak,
        typed_ok=typed_ok,
    )


METRICS = [
    # key, heading, unit format
    ("first_frame_ms", "first frame ms", "{:.1f}"),
    ("cpu_first_frame_ms", "CPU to frame ms", "{:.2f}"),
    ("bytes_first_frame", "frame bytes", "{:.0f}"),
    ("bytes_per_char", "bytes/char", "{:.0f}"),
    ("settle_ms", "settle ms", "{:.3f}"),
    ("cpu_per_key_us", "CPU/key µs", "{:.0f}"),
    ("peak_rss_mb", "peak RSS MB", "{:.1f}"),
]


def summarize(program: Program, results: list[RunResult]) -> Summary:
    if not results:
        return Summary(program.name, program.missing or "no run finished")
    median = statistics.median
    medians = {
        "first_frame_ms": median(r.first_frame_ms for r in results),
        "cpu_first_frame_ms": median(r.cpu_first_frame_ms for r in results),
        "bytes_first_frame": median(r.bytes_first_frame for r in results),
        "bytes_per_char": median(b for r in results for b in r.key_bytes),
        "settle_ms": median(s for r in results for s in r.key_settle_ms),
        "cpu_per_key_us": median(c for r in results for c in r.key_cpu_us),
        "peak_rss_mb": median(r.peak_rss_kb for r in results) / 1024,
    }
    status = "ok" if all(r.typed_ok for r in results) else "ok (typed text not found on screen in some runs)"
    return Summary(program.name, status, len(results), medians)


# The targets of vpn-tunnel in the README's Speed section: (metric, limit as a function of dialog's medians, description).
TARGETS = [
    ("first_frame_ms", lambda d: d["first_frame_ms"], "first frame no later than dialog's"),
    ("bytes_per_char", lambda d: 24, "at most 24 bytes per typed character"),
    ("settle_ms", lambda d: 2.0, "settled within 2 ms of a key"),
    ("cpu_per_key_us", lambda d: d["cpu_per_key_us"], "no more CPU per key than dialog"),
    ("peak_rss_mb", lambda d: 16.0, "peak resident memory at most 16 MB"),
]


def table_cells(summary: Summary, baseline: Optional[Summary]) -> list[str]:
    """Each metric's median, with its ratio to dialog's for every program but dialog."""
    cells = []
    for key, _, fmt in METRICS:
        value = summary.medians[key]
        cell = fmt.format(value)
        if baseline and baseline.medians and summary is not baseline and baseline.medians[key]:
            cell += f" ({value / baseline.medians[key]:.2f}x)"
        cells.append(cell)
    return cells


def render_markdown(summaries: list[Summary], baseline: Optional[Summary]) -> str:
    lines = [
        "| program | " + " | ".join(heading for _, heading, _ in METRICS) + " |",
        "|---|" + "---:|" * len(METRICS),
    ]
    for summary in summaries:
        if summary.medians:
            lines.append(f"| {summary.name} | " + " | ".join(table_cells(summary, baseline)) + " |")
        else:
            lines.append(f"| {summary.name} | {summary.status} |" + " |" * (len(METRICS) - 1))
    return "\n".join(lines)


def render_table(summaries: list[Summary], baseline: Optional[Summary]) -> str:
    name_width = max(len(s.name) for s in summaries) + 2
    headings = [heading for _, heading, _ in METRICS]
    widths = [max(len(h), 16) for h in headings]
    lines = ["".ljust(name_width) + "  ".join(h.rjust(w) for h, w in zip(headings, widths))]
    for summary in summaries:
        if not summary.medians:
            lines.append(summary.name.ljust(name_width) + summary.status)
            continue
        cells = [cell.rjust(width) for cell, width in zip(table_cells(summary, baseline), widths)]
        lines.append(summary.name.ljust(name_width) + "  ".join(cells))
    return "\n".join(lines)


def render_targets(ours: Summary, baseline: Optional[Summary], long_list: Optional[Summary] = None) -> list[str]:
    if not ours.medians or not baseline or not baseline.medians:
        return []
    lines = ["", "targets for vpn-tunnel:"]
    for key, limit, description in TARGETS:
        value, bound = ours.medians[key], limit(baseline.medians)
        lines.append(f"  {'met' if value <= bound else 'NOT met':8} {description}: {value:.3f} (limit {bound:.3f})")
    if long_list and long_list.medians:
        value, one = long_list.medians["cpu_per_key_us"], ours.medians["cpu_per_key_us"]
        lines.append(f"  CPU per key with {LONG_LIST_ROWS} rows in localSubnets: {value:.0f} µs ({value / one:.2f}x one row)")
    return lines


# MARK: - Main


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="launches of each program (default 5)")
    parser.add_argument("--chars", type=int, default=10, help="characters typed per run (default 10)")
    parser.add_argument("--quiet-ms", type=float, default=30.0, help="silence that ends a frame (default 30)")
    parser.add_argument("--timeout", type=float, default=15.0)
    parser.add_argument("--columns", type=int, default=100)
    parser.add_argument("--lines", type=int, default=30)
    parser.add_argument(
        "--ours",
        type=Path,
        default=Path(os.environ.get("VPN_TUNNEL_BIN", REPO_ROOT / ".build-release" / "release" / "vpn-tunnel")),
        help="the editor binary (default: $VPN_TUNNEL_BIN, else .build-release/release/vpn-tunnel)",
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    parser.add_argument("--seed", type=Path, default=REPO_ROOT / "assets" / "examples" / "seed-example.json")
    parser.add_argument(
        "--ours-frame-text",
        action="append",
        default=None,
        help="text that marks vpn-tunnel's full first frame (repeatable; default: the first field's label "
        "and the key-hint line's Ctrl-S)",
    )
    parser.add_argument("--json", type=Path, help="also write every run's figures here")
    arguments = parser.parse_args(argv)
    arguments.chars = max(1, min(arguments.chars, len(TYPED)))
    return arguments


def main(argv: Sequence[str]) -> int:
    arguments = parse_arguments(argv)
    frame_texts = arguments.ours_frame_text or ["Name (vpnConnName)", "Ctrl-S"]
    with tempfile.TemporaryDirectory(prefix="bench-terminal-") as state_dir:
        long_list = ours_program(
            arguments.ours, long_list_seed(arguments.seed, state_dir), frame_texts,
            name=f"vpn-tunnel edit, {LONG_LIST_ROWS:,} rows in localSubnets")
        programs = [ours_program(arguments.ours, arguments.seed, frame_texts), long_list, dialog_program(arguments.seed)]
        runnable = [program for program in programs if not program.missing]
        results: dict[str, list[RunResult]] = {program.name: [] for program in programs}
        errors: dict[str, str] = {}
        for _ in range(arguments.runs):
            for program in runnable:  # interleaved, so that drift in machine load hits both alike
                if program.name in errors:
                    continue
                try:
                    results[program.name].append(measure_once(program, arguments, state_dir))
                except HarnessError as error:
                    errors[program.name] = str(error).splitlines()[0]
    summaries = []
    for program in programs:
        summary = summarize(program, results[program.name])
        if program.name in errors and not results[program.name]:
            summary.status = f"failed: {errors[program.name]}"
        summaries.append(summary)
    baseline = next((s for s in summaries if s.name.startswith("dialog")), None)
    print(
        f"terminal benchmark: {arguments.columns}x{arguments.lines} pty, TERM=xterm-256color, "
        f"{arguments.runs} runs, {arguments.chars} typed characters per run, quiet = {arguments.quiet_ms:g} ms, "
        f"medians; (ratio to dialog)"
    )
    print(render_markdown(summaries, baseline) if arguments.markdown else render_table(summaries, baseline))
    for line in render_targets(summaries[0], baseline, summaries[1]):
        print(line)
    for name, error in errors.items():
        print(f"{name}: {error}", file=sys.stderr)
    if arguments.json:
        arguments.json.write_text(
            json.dumps(
                {
                    "summaries": [asdict(s) for s in summaries],
                    "runs": {name: [asdict(r) for r in runs] for name, runs in results.items()},
                },
                indent=2,
            )
        )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

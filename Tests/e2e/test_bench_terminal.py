"""The terminal benchmark script: its dialog baseline, its "not built" rows, and a full run against a stand-in
for vpn-tunnel (a small curses program) so that every column and the ratios are exercised today."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO_ROOT, requires_dialog

SCRIPT = REPO_ROOT / "scripts" / "bench-terminal.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_terminal", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_terminal"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SEED = {
    "vpnConnName": "office-link",
    "description": "Beijing office",
    "secretKey": "Ab1!Ab1!Ab1!",
    "remoteIp": "203.0.113.7",
    "localSubnets": ["192.168.0.0/20", "192.168.16.0/20"],
    "remoteSubnets": ["10.8.0.0/16"],
    "ikeConfig": {"ikeVersion": "v2", "ikeMode": "main", "ikeEncAlg": "aes256", "ikeAuthAlg": "sha256",
                  "ikePfs": "group14", "ikeLifeTime": "28800s"},
    "ipsecConfig": {"ipsecEncAlg": "aes256", "ipsecAuthAlg": "sha256", "ipsecPfs": "group14",
                    "ipsecLifetime": 3600},
}  # fmt: skip

# Stands in for `vpn-tunnel edit`: draws a labelled field and a key-hint line, echoes typed characters into the
# field.
FAKE_TUNNEL = """#!{python}
import curses
def main(screen):
    curses.use_default_colors()
    screen.addstr(0, 0, "Name (vpnConnName): ")
    rows, _ = screen.getmaxyx()
    screen.addstr(rows - 1, 0, "Tab next field  Ctrl-S submit  Ctrl-Q quit")
    screen.move(0, 20)
    typed = ""
    while True:
        key = screen.get_wch()
        if key == "\\x11":
            return
        typed += key
        screen.addstr(0, 20, typed)
        screen.refresh()
curses.wrapper(main)
"""


def write_seed(path: Path) -> Path:
    path.write_text(json.dumps(SEED))
    return path


def test_seed_values_flatten_lists_and_lifetimes(bench, tmp_path: Path) -> None:
    values = bench.seed_values(write_seed(tmp_path / "seed.json"))
    assert values["vpnConnName"] == "office-link"
    assert values["localSubnets"] == "192.168.0.0/20,192.168.16.0/20"
    assert values["ikeConfig.ikeLifeTime"] == "28800"
    assert values["ipsecConfig.ipsecLifetime"] == "3600"


def test_seed_values_fall_back_to_the_api_example(bench, tmp_path: Path) -> None:
    values = bench.seed_values(tmp_path / "missing.json")
    assert values["vpnConnName"] == "vpncon" and values["remoteIp"] == "10.107.245.188"


def test_dialog_form_has_every_field_with_its_api_name(bench, tmp_path: Path) -> None:
    program = bench.dialog_program(write_seed(tmp_path / "seed.json"))
    assert program.argv[program.argv.index("--form") + 1 : program.argv.index("--form") + 5][1:] == ["0", "0", "0"]
    labels = [program.argv[i] for i in range(program.argv.index("--form") + 5, len(program.argv), 8)]
    assert len(labels) == 16
    assert labels[0] == "Name (vpnConnName):" and labels[-1] == "IPsec lifetime (ipsecLifetime):"
    assert "office-link" in program.argv and "10.8.0.0/16" in program.argv


def test_ours_is_not_built_without_a_binary(bench, tmp_path: Path) -> None:
    seed = write_seed(tmp_path / "seed.json")
    absent = bench.ours_program(tmp_path / "absent", seed, ["x"])
    assert absent.missing.startswith("not built")


def test_table_gives_ratios_against_dialog(bench) -> None:
    run = bench.RunResult(10.0, 2.0, 1000, [20, 20], [1.0, 1.0], [50.0, 50.0], 8192, True)
    slower = bench.RunResult(30.0, 4.0, 3000, [40, 40], [2.0, 2.0], [100.0, 100.0], 4096, True)
    ours = bench.summarize(bench.Program("ours", [], []), [run])
    dialog = bench.summarize(bench.Program("dialog --form", [], []), [slower])
    table = bench.render_table([ours, dialog], dialog)
    assert "10.0 (0.33x)" in table and "20 (0.50x)" in table and "8.0 (2.00x)" in table
    markdown = bench.render_markdown([ours, dialog, bench.Summary("absent", "not built")], dialog).splitlines()
    assert markdown[0].startswith("| program | first frame ms |") and markdown[1] == "|---|" + "---:|" * 7
    assert markdown[2].startswith("| ours | 10.0 (0.33x) |") and markdown[2].count("|") == 9
    assert markdown[4].startswith("| absent | not built |") and markdown[4].count("|") == 9
    targets = "\n".join(bench.render_targets(ours, dialog))
    assert "met      first frame" in targets and "NOT met  at most 24 bytes" not in targets
    assert "met      peak resident memory" in targets


@requires_dialog
def test_full_run_measures_both_programs(tmp_path: Path) -> None:
    fake = tmp_path / "vpn-tunnel"
    fake.write_text(FAKE_TUNNEL.format(python=sys.executable))
    fake.chmod(0o755)
    out = tmp_path / "bench.json"
    shown = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", "1", "--chars", "3",
         "--seed", str(write_seed(tmp_path / "seed.json")), "--json", str(out)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "VPN_TUNNEL_BIN": str(fake)},  # as scripts/bench.sh names the binary
    )  # fmt: skip
    assert shown.returncode == 0, shown.stdout + shown.stderr
    lines = shown.stdout.splitlines()
    ours_row = next(line for line in lines if line.startswith("vpn-tunnel edit"))
    assert ours_row.count("x)") == 7  # a ratio in every column
    assert any(line.startswith("dialog --form") for line in lines)
    assert "targets for vpn-tunnel:" in shown.stdout
    long_row = next(line for line in lines if line.startswith("vpn-tunnel edit, 1,000 rows in localSubnets"))
    assert long_row.count("x)") == 7
    assert "CPU per key with 1000 rows in localSubnets:" in shown.stdout
    summaries = {s["name"]: s for s in json.loads(out.read_text())["summaries"]}
    for summary in summaries.values():
        assert summary["status"] == "ok" and summary["runs"] == 1
        assert summary["medians"]["bytes_per_char"] > 0 and summary["medians"]["peak_rss_mb"] > 0


@requires_dialog
def test_run_without_our_binary_says_not_built(tmp_path: Path) -> None:
    shown = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", "1", "--chars", "2", "--ours", str(tmp_path / "absent")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert re.search(r"^vpn-tunnel edit +not built", shown.stdout, re.MULTILINE)
    assert re.search(r"^vpn-tunnel edit, 1,000 rows in localSubnets +not built", shown.stdout, re.MULTILINE)
    dialog_row = next(line for line in shown.stdout.splitlines() if line.startswith("dialog --form"))
    assert len(dialog_row.split()) == 2 + 7

"""End to end: the binary in a folder of its own, run from a folder outside the checkout, as an operator runs an
installed one. Under CI the binary under test is the one ``scripts/install.sh`` installed (``VPN_TUNNEL_BIN``), and it
runs where it was installed; a binary inside the checkout (``.build/debug``) is copied out first.

* ``demo`` opens the editor on the emulator's tunnel and quits with Ctrl-Q;
* ``emulator --port 0`` prints its URL and serves the built-in seed's tunnels.

Neither may depend on ``assets/``: the emulator's starting state is compiled into the program.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Callable

import pytest

from harness import Terminal
from support import REPO_ROOT, UTF8_ENV, built_binary, running_emulator

HINT = "Ctrl-P preview"  # the form's last row
SEED = REPO_ROOT / "assets" / "emulator" / "seed.json"
SEED_VPN = json.loads(SEED.read_text())["vpnConns"][0]  # DemoCommand's default tunnel
DEMO_CREDENTIALS = {"BCE_ACCESS_KEY_ID": "demo-access-key", "BCE_SECRET_ACCESS_KEY": "demo-secret-key"}


def has_seed_above(folder: Path) -> bool:
    """Whether ``folder`` or one of its ancestors holds ``assets/emulator/seed.json`` (where a program looking
    for the file beside it or above it would find one)."""
    return any((ancestor / "assets" / "emulator" / "seed.json").exists() for ancestor in [folder, *folder.parents])


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """The binary under test where it is installed, when that is outside the checkout; otherwise a copy of it alone
    in ``bin/`` of a temporary folder."""
    binary = built_binary().resolve()
    if REPO_ROOT in binary.parents:
        folder = tmp_path / "bin"
        folder.mkdir()
        binary = Path(shutil.copy2(binary, folder / "vpn-tunnel"))
    assert not has_seed_above(binary.parent), f"{binary} is inside a checkout: the test would prove nothing"
    return binary


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A working folder outside the checkout, with no seed file in it or above it."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    assert REPO_ROOT not in folder.parents and not has_seed_above(folder)
    return folder


def test_the_demo_runs_from_a_copy_outside_the_checkout(
    spawn: Callable[..., Terminal], installed: Path, elsewhere: Path, tmp_path: Path
) -> None:
    env = {**UTF8_ENV, "XDG_STATE_HOME": str(tmp_path / "state"), "ESCDELAY": "25"}
    demo = spawn([str(installed), "demo"], env=env, columns=100, lines=30, cwd=str(elsewhere))
    demo.wait_for_text(HINT, timeout=60)
    # The tunnel read from the emulator: its name and id come from the built-in seed.
    demo.wait_for_text(SEED_VPN["vpnConnId"])
    demo.wait_for_text(SEED_VPN["vpnConnName"])
    demo.press("Ctrl-Q")  # nothing edited: no question
    assert demo.wait_exit(10) == 0, demo.dump()


def test_the_emulator_serves_its_seed_from_a_copy_outside_the_checkout(installed: Path, elsewhere: Path) -> None:
    with running_emulator(binary=installed, cwd=elsewhere) as url:
        shown = subprocess.run(
            [str(installed), "show", "--vpn-id", SEED_VPN["vpnId"], "--vpn-conn-id", SEED_VPN["vpnConnId"]]
            + ["--endpoint", url],
            env={"PATH": os.environ.get("PATH", "/usr/bin"), **DEMO_CREDENTIALS},
            cwd=str(elsewhere),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["vpnConnName"] == SEED_VPN["vpnConnName"], shown.stdout

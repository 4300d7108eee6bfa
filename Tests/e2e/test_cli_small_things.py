"""End to end: the small things people look for on the command line.

* ``vpn-tunnel --version`` prints the version;
* ``--help`` names shell completion, and the completion script it names is generated;
* a reader that stops early (``validate … | head``) ends the pipeline quietly: no death by SIGPIPE (exit 141),
  nothing on standard error.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from support import REPO_ROOT, built_binary

EXAMPLE = REPO_ROOT / "assets" / "examples" / "seed-example.json"


def test_version_is_printed() -> None:
    result = subprocess.run([str(built_binary()), "--version"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"\d+\.\d+\.\d+\n", result.stdout), result.stdout


def test_help_names_shell_completion_and_the_script_is_generated() -> None:
    help_text = subprocess.run([str(built_binary()), "--help"], capture_output=True, text=True, timeout=30).stdout
    assert "--generate-completion-script" in help_text, help_text
    script = subprocess.run(
        [str(built_binary()), "--generate-completion-script", "bash"], capture_output=True, text=True, timeout=30
    )
    assert script.returncode == 0 and "-F _vpn-tunnel vpn-tunnel" in script.stdout


def test_a_reader_that_stops_early_ends_the_pipeline_quietly(tmp_path: Path) -> None:
    tunnel = json.loads(EXAMPLE.read_text())
    # Every row has host bits set: one warning line each, far more than a pipe holds.
    tunnel["localSubnets"] = [f"10.{i // 250}.{i % 250}.1/24" for i in range(6000)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(tunnel))
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f'"{built_binary()}" validate --file "{path}" | head -1'],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.count("\n") == 1, result.stdout
    assert result.stderr == "", result.stderr
    assert result.returncode == 0, f"exit {result.returncode} (141 is death by SIGPIPE)"

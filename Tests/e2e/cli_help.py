"""Reading swift-argument-parser's ``--help``: which subcommands a built binary has (tests skip, benchmarks say
"not built", until the one they need lands)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def lists_subcommand(help_text: str, name: str) -> bool:
    """Whether ``--help`` output lists ``name`` under SUBCOMMANDS (not merely mentions it)."""
    section = re.search(r"^SUBCOMMANDS:\n((?:[ \t]+.*\n?|\n)*)", help_text, re.MULTILINE)
    if not section:
        return False
    # A subcommand's line starts with two spaces and its name; wrapped descriptions are indented further.
    return re.search(rf"^ {{1,4}}{re.escape(name)}(?:\s|\(|$)", section.group(1), re.MULTILINE) is not None


def binary_lists_subcommand(binary: Path, name: str, timeout: float = 60.0) -> bool:
    """Runs ``binary --help``; False when it cannot run."""
    try:
        shown = subprocess.run([str(binary), "--help"], capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return lists_subcommand(shown.stdout + shown.stderr, name)

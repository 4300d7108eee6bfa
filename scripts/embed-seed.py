#!/usr/bin/env python3
"""Writes Sources/TunnelEmulator/Model/EmbeddedSeed.swift from assets/emulator/seed.json.

Why: the emulator's starting state must be inside the program, so that a binary copied out of the checkout starts
the demo and the emulator the same way as one run from it. assets/emulator/seed.json stays the file to edit; run
this script after changing it (a test in TunnelEmulatorTests fails until the two are equal byte for byte).
"""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED = REPO_ROOT / "assets" / "emulator" / "seed.json"
OUTPUT = REPO_ROOT / "Sources" / "TunnelEmulator" / "Model" / "EmbeddedSeed.swift"
INDENT = " " * 8

HEADER = """\
// Written by scripts/embed-seed.py from assets/emulator/seed.json: edit that file, then run the script.

/// The emulator's built-in starting state: `assets/emulator/seed.json`, compiled into the program so that a binary
/// run outside the checkout (installed, copied) starts the same way as one run from it. A test in
/// TunnelEmulatorTests compares the two byte for byte.
enum EmbeddedSeed {
    static let json = #\"\"\"
"""

FOOTER = """\
        \"\"\"#
}
"""


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    # A raw string literal keeps backslashes as they are; only its own closing delimiter could end it early.
    assert '"""#' not in text, f"{SEED} contains the closing delimiter of a raw string literal"
    lines = text.split("\n")
    # The literal drops the line break before its closing delimiter: a final empty line keeps the file's last one.
    body = "\n".join(INDENT + line if line else "" for line in lines)
    OUTPUT.write_text(HEADER + body + "\n" + FOOTER, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()

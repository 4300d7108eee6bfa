"""Rules of the code that a reader of one file cannot see broken, checked over the whole repository.

* comments say their reason themselves: no issue numbers, no paths to documents outside the repository;
* the platform is honest: the package declares no platform it is not built and tested on, the README says Linux
  only, every glibc import is guarded, and no C function is bound by symbol name past the C shims;
* production code reads no test-only switch and has no hook only tests call, and no end-to-end test skips when
  the binary is missing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from support import REPO_ROOT

# What is ours: sources, tests, scripts, the manifests and CI (never .build*, .git or a virtual environment).
CHECKED_FOLDERS = ["Sources", "Tests", "scripts", "Benchmarks/Sources", ".ci"]
CHECKED_FILES = ["Package.swift", "Benchmarks/Package.swift"]
TEXT_SUFFIXES = {".swift", ".py", ".sh", ".c", ".h", ".md", ".modulemap", ""}
THIS = Path(__file__).resolve()


def checked_files() -> Iterator[Path]:
    for name in CHECKED_FILES:
        if (REPO_ROOT / name).is_file():
            yield REPO_ROOT / name
    for folder in CHECKED_FOLDERS:
        for path in sorted((REPO_ROOT / folder).rglob("*")):
            # This file names the patterns it looks for.
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts and path != THIS:
                yield path


def lines_matching(pattern: re.Pattern[str], paths: Iterator[Path]) -> list[str]:
    found = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                found.append(f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}")
    return found


def test_no_line_cites_an_issue_number() -> None:
    cited = lines_matching(re.compile(r"\bissues?\s*#?\d", re.IGNORECASE), checked_files())
    assert cited == [], "say the reason itself (or name a README section):\n" + "\n".join(cited)


def test_no_line_points_at_a_document_outside_the_repository() -> None:
    outside = re.compile(r"shared/|/work/|\.\./|\b(?:terminal-ui|style|bce-vpn-api)\.md\b|\breference §")
    found = lines_matching(outside, checked_files())
    assert found == [], "point at a file of the repository instead:\n" + "\n".join(found)


def test_the_package_declares_only_the_platform_it_is_built_and_tested_on() -> None:
    for manifest in ("Package.swift", "Benchmarks/Package.swift"):
        assert "platforms:" not in (REPO_ROOT / manifest).read_text(), f"{manifest} declares a platform"
    readme = (REPO_ROOT / "README.md").read_text()
    assert "Linux only (tested on Debian 12 with Swift 6.3)" in readme
    # One place stops a build elsewhere with a message that says why.
    stops = lines_matching(re.compile(r"#error\(.*Linux only"), (REPO_ROOT / "Sources").rglob("*.swift"))
    assert len(stops) == 1, stops


def test_every_glibc_import_is_guarded() -> None:
    unguarded = []
    for path in (REPO_ROOT / "Sources").rglob("*.swift"):
        condition = None  # the condition of the innermost #if/#elseif around a line
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith(("#if ", "#elseif ")):
                condition = stripped
            elif stripped.startswith(("#else", "#endif")):
                condition = None
            elif re.fullmatch(r"import\s+Glibc", stripped) and condition != "#if canImport(Glibc)":
                unguarded.append(f"{path.relative_to(REPO_ROOT)}:{number}")
    assert unguarded == [], "import Glibc outside #if canImport(Glibc): " + ", ".join(unguarded)


def test_no_c_function_is_bound_by_its_symbol_name() -> None:
    bound = lines_matching(re.compile(r"@_silgen_name"), (REPO_ROOT / "Sources").rglob("*.swift"))
    assert bound == [], "call it through a C shim (Sources/CNcursesw/shim.h):\n" + "\n".join(bound)


def production_sources() -> Iterator[Path]:
    """The program's Swift sources: every target but TunnelTesting, which is the tests' own support."""
    for path in sorted((REPO_ROOT / "Sources").rglob("*.swift")):
        if "TunnelTesting" not in path.parts:
            yield path


def test_production_code_has_no_test_switch_or_hook() -> None:
    """The demo's state file is an option the tests pass; the editor's requests are awaited by its own loop."""
    hooks = re.compile(r"VPN_TUNNEL_DEMO_STATE|func waitForRequests\b|func waitForSubmission\b")
    found = lines_matching(hooks, production_sources())
    assert found == [], "\n".join(found)


def test_no_end_to_end_test_skips_for_a_missing_binary() -> None:
    """The binary is what these tests are about: without it they must fail (``support.built_binary()``)."""
    skips = lines_matching(re.compile(r"pytest\.skip\("), (REPO_ROOT / "Tests" / "e2e").glob("*.py"))
    assert skips == [], "\n".join(skips)

"""Fixtures of the end-to-end tests: a terminal factory that never leaks a process."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterator, Sequence

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Terminal  # noqa: E402


@pytest.fixture
def spawn() -> Iterator[Callable[..., Terminal]]:
    """Start programs in pseudo-terminals; every one is closed (process group killed) after the test."""
    started: list[Terminal] = []

    def start(argv: Sequence[str], **options: object) -> Terminal:
        options.setdefault("hard_timeout", 60.0)
        terminal = Terminal.spawn(argv, **options)
        started.append(terminal)
        return terminal

    yield start
    for terminal in started:
        terminal.close()

"""End to end: the editor sends nothing to an endpoint it refuses, and its confirmation names the host.

`vpn-tunnel edit --file … --endpoint http://NAME:PORT`, where NAME is a host name other than ``localhost`` that
resolves to a loopback address here, must refuse plain HTTP to it (a name can resolve elsewhere tomorrow): the form
still opens, Ctrl-S says why nothing can be sent, and no connection reaches the small TCP server listening on
127.0.0.1:PORT. Every byte of these tests goes to loopback addresses only.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
from pathlib import Path
from typing import Callable, Iterator, Optional

import pytest

from harness import Terminal
from support import REPO_ROOT, vpn_tunnel_binary

SEED = "assets/examples/seed-example.json"
FORM_READY = "IKE encryption (ikeEncAlg)"  # a label of the form, drawn once the editor is up
CONFIRMATION = "Send this update of"
CREDENTIALS = {"BCE_ACCESS_KEY_ID": "AKIDEXAMPLE", "BCE_SECRET_ACCESS_KEY": "SKEXAMPLE"}
NO_CREDENTIALS = {"BCE_ACCESS_KEY_ID": None, "BCE_SECRET_ACCESS_KEY": None, "BCE_SECURITY_TOKEN": None}


def loopback_alias() -> str:
    """A host name other than ``localhost`` that resolves only to 127.x here: from /etc/hosts, else this machine's
    own name. Fails (not skips) without one: the test would otherwise prove nothing."""
    candidates: list[str] = []
    try:
        with open("/etc/hosts") as hosts:
            for line in hosts:
                fields = line.split("#", 1)[0].split()
                if len(fields) >= 2 and fields[0].startswith("127."):
                    candidates += fields[1:]
    except OSError:
        pass
    candidates.append(socket.gethostname())
    for name in candidates:
        if name.lower().rstrip(".") == "localhost" or is_address(name):
            continue
        try:
            found = {info[4][0] for info in socket.getaddrinfo(name, None, socket.AF_INET)}
        except OSError:
            continue
        if found and all(address.startswith("127.") for address in found):
            return name
    pytest.fail("no host name other than localhost resolves to 127.x here; add one to /etc/hosts (127.0.0.1 vm)")


def is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


class RecordingServer:
    """A TCP server on 127.0.0.1 that records every connection (with the first bytes it sent) and answers 400."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.connections: list[bytes] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, name="recording-server", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return  # closed
            with connection:
                connection.settimeout(5)
                try:
                    received = connection.recv(65536)
                    connection.sendall(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                except OSError:
                    received = b""
            with self._lock:
                self.connections.append(received)

    def received(self) -> list[bytes]:
        with self._lock:
            return list(self.connections)

    def close(self) -> None:
        self.socket.close()
        self._thread.join(timeout=5)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    recording = RecordingServer()
    yield recording
    recording.close()


def editor_env(tmp_path: Path, credentials: dict[str, Optional[str]]) -> dict[str, Optional[str]]:
    # HOME in the test's folder: no real ~/.bce/config.json is read, and none gives credentials.
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        "HOME": str(home),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "ESCDELAY": "25",
        "BCE_REGION": None,
        **credentials,
    }


def quit_editor(terminal: Terminal) -> int:
    """Ctrl-Q (nothing was edited, so it does not ask) and the exit status: once the process is gone, every
    connection it could have made has been made."""
    terminal.press("Ctrl-Q")
    return terminal.wait_exit(timeout=15)


@pytest.mark.parametrize(
    ("credentials", "reason"),
    [(CREDENTIALS, "refusing plain HTTP to http://{host}:{port}"), (NO_CREDENTIALS, "no BCE credentials")],
    ids=["with-credentials", "without-credentials"],
)
def test_ctrl_s_to_a_name_resolving_to_loopback_sends_nothing(
    spawn: Callable[..., Terminal],
    tmp_path: Path,
    server: RecordingServer,
    credentials: dict[str, Optional[str]],
    reason: str,
) -> None:
    host = loopback_alias()
    expected = "not sent: " + reason.format(host=host, port=server.port)
    terminal = spawn(
        [str(vpn_tunnel_binary()), "edit", "--file", SEED, "--endpoint", f"http://{host}:{server.port}"],
        columns=100,
        lines=30,
        env=editor_env(tmp_path, credentials),
        cwd=str(REPO_ROOT),
        hard_timeout=120,
    )
    terminal.wait_for_text(FORM_READY, timeout=60)
    assert expected not in terminal.screen_text()

    terminal.press("Ctrl-S")
    terminal.wait_until(
        lambda term: expected in term.screen_text() or CONFIRMATION in term.screen_text(),
        timeout=15,
        description=f"{expected!r} or a confirmation after Ctrl-S",
    )
    if CONFIRMATION in terminal.screen_text():
        # There must be no confirmation to accept; accept it to show what it would do.
        asked = terminal.dump()
        terminal.press("Enter")
        terminal.wait_until(
            lambda term: bool(server.received()) or re.search(r"Applied|Rejected|Not sent", term.screen_text()),
            timeout=60,
            description="the update to reach the server or end",
        )
        pytest.fail(
            f"Ctrl-S offered to send to {host}:{server.port}; after Enter {len(server.received())} connection(s) "
            f"reached it: {server.received()[:1]!r}\n{asked}"
        )
    assert expected in terminal.screen_text(), terminal.dump()

    # The preview still works: the request, unsigned, for the URL that was asked for.
    terminal.press("Ctrl-P")
    terminal.wait_for_text(f"Host: {host}:{server.port}")
    assert "Authorization:" not in terminal.screen_text(), terminal.dump()
    terminal.press("Esc")
    terminal.wait_for_text(FORM_READY)

    assert quit_editor(terminal) == 0
    received = server.received()
    assert received == [], f"{len(received)} connection(s) reached {host}:{server.port}: {received[:1]!r}"


def test_the_demo_confirmation_names_the_host_it_sends_to(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    terminal = spawn(
        [str(vpn_tunnel_binary()), "demo"],
        columns=100,
        lines=30,
        env={"HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state"), "ESCDELAY": "25"},
        cwd=str(REPO_ROOT),
        hard_timeout=120,
    )
    terminal.wait_for_text(FORM_READY, timeout=60)
    # The demo's notice names its emulator's URL: a loopback port chosen at start.
    address = terminal.wait_for_regex(r"http://(127\.0\.0\.1:\d+)").group(1)
    terminal.press("Ctrl-S")
    terminal.wait_for_text(CONFIRMATION)
    assert f"to {address}?" in terminal.screen_text(), terminal.dump()
    terminal.press("Esc")
    terminal.wait_for_text_gone(CONFIRMATION)
    assert quit_editor(terminal) == 0

"""End to end: watching a tunnel come back after an update.

* ``status --watch`` against ``vpn-tunnel emulator``: each exit code of the watch (0 up, 1 not up before the
  timeout, 65 no such tunnel, 130 Ctrl-C in the terminal), the one-shot ``status`` lines and codes, and
  ``--watch`` without ``--vpn-conn-id`` (64).
* ``submit --watch``: an update that changes the tunnel's proposal passes through the emulator's transitional
  state and stays unreachable; once the simulated peer is given the swanctl.conf ``peer-config`` exports (the
  emulator's own ``PUT /emulator/peer/{vpnConnId}``), ``status --watch`` sees it come back.
* The demo's story in the editor: change ikeEncAlg, submit, watch the tunnel go through the transitional state and
  stay unreachable, export the peer's configuration (Ctrl-O, saved), give that file to the simulated peer, watch
  it come back.
"""

from __future__ import annotations

import json
import re
import subprocess
import urllib.request
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any, Callable

from harness import Terminal
from support import REPO_ROOT, box_text, built_binary, running_emulator, save_peer_config
from test_demo_flow import IKE_ENC_LABEL, choose_in_open_dropdown, demo_env, focus_field

CREDENTIALS = {"BCE_ACCESS_KEY_ID": "demo-access-key", "BCE_SECRET_ACCESS_KEY": "demo-secret-key"}
VPN_ID, VPN_CONN_ID = "vpn-s1bpb19cmd8n", "vpnconn-ku4cxya6nisq"
# The seed's partner tunnel: its simulated peer proposes AES where it proposes 3DES, so it is never reachable.
PARTNER = ("vpn-a7kq2m9xw3re", "vpnconn-m6t4r9bc2ehv")
NEW_IKE_ENC = "aes256"


def vpn_tunnel(url: str, *arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(built_binary()), *arguments, "--endpoint", url],
        capture_output=True, text=True, timeout=timeout, env={"PATH": "/usr/bin:/bin", **CREDENTIALS},
    )  # fmt: skip


def watch(url: str, tunnel: tuple[str, str], *options: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return vpn_tunnel(url, "status", "--vpn-id", tunnel[0], "--vpn-conn-id", tunnel[1], "--watch", *options, timeout=timeout)


def give_to_simulated_peer(url: str, vpn_conn_id: str, proposal: dict[str, Any] | bytes) -> dict[str, Any]:
    """The emulator's own call: its simulated peer proposes ``proposal`` from now on (unsigned, loopback only): a
    proposal in BCE's names, or a swanctl.conf that ``peer-config`` exported."""
    data = proposal if isinstance(proposal, bytes) else json.dumps(proposal).encode()
    request = urllib.request.Request(
        f"{url}/emulator/peer/{vpn_conn_id}", data=data, method="PUT", headers={"Content-Type": "application/json"},
    )  # fmt: skip
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200
        peer: dict[str, Any] = json.loads(answer.read())
    return peer


# MARK: - status --watch against the emulator


def test_status_watch_exits_0_when_the_tunnel_is_up() -> None:
    with running_emulator("--transition-ms", "0") as url:
        done = watch(url, (VPN_ID, VPN_CONN_ID), "--timeout", "20s")
    assert done.returncode == 0, done.stderr
    assert re.search(r"^\s+0s  active / reachable$", done.stdout, re.M), done.stdout
    assert "up after 0s: active / reachable" in done.stdout


def test_status_watch_exits_1_when_the_timeout_passes_first() -> None:
    with running_emulator() as url:
        done = watch(url, PARTNER, "--timeout", "3s")
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r"^\s+0s  active / unreachable$", done.stdout, re.M), done.stdout
    assert "not up after 3s (the timeout): last seen active / unreachable" in done.stderr


def test_status_watch_exits_65_for_a_tunnel_the_vpn_does_not_have() -> None:
    with running_emulator() as url:
        done = watch(url, (VPN_ID, "vpnconn-nope"), "--timeout", "10s")
    assert done.returncode == 65, done.stdout + done.stderr
    assert f"VPN {VPN_ID} has no tunnel vpnconn-nope (it has {VPN_CONN_ID}, vpnconn-p3x8d2nq7w1z)" in done.stderr


def test_status_watch_exits_130_on_ctrl_c(spawn: Callable[..., Terminal]) -> None:
    with running_emulator() as url:
        terminal = spawn(
            [str(built_binary()), "status", "--vpn-id", PARTNER[0], "--vpn-conn-id", PARTNER[1], "--watch",
             "--endpoint", url],
            env=CREDENTIALS, hard_timeout=60,
        )  # fmt: skip
        terminal.wait_for_regex(r"0s  active / unreachable", timeout=30)
        terminal.press("Ctrl-C")
        assert terminal.wait_exit(timeout=10) == 130, terminal.dump()
        terminal.wait_for_text("stopped watching after")


def test_status_without_watch_prints_each_tunnel_and_says_whether_all_are_up() -> None:
    with running_emulator() as url:
        first = vpn_tunnel(url, "status", "--vpn-id", VPN_ID)
        partner = vpn_tunnel(url, "status", "--vpn-id", PARTNER[0])
        usage = vpn_tunnel(url, "status", "--vpn-id", VPN_ID, "--watch")
        bad_timeout = vpn_tunnel(url, "status", "--vpn-id", VPN_ID, "--vpn-conn-id", VPN_CONN_ID, "--watch", "--timeout", "5x")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        f"{VPN_CONN_ID}  vpncon           active / reachable",
        "vpnconn-p3x8d2nq7w1z  office-shanghai  active / reachable",
    ]
    assert partner.returncode == 1 and "partner-idc  active / unreachable" in partner.stdout
    assert usage.returncode == 64 and "--watch needs --vpn-conn-id" in usage.stderr
    assert bad_timeout.returncode == 64 and "--timeout (5x) is not a time" in bad_timeout.stderr


def test_submit_watch_sees_the_transition_then_the_peer_brings_the_tunnel_back(tmp_path: Path) -> None:
    # 3 s of transition: the first poll, right after the update, falls well inside it even on a slow machine.
    with running_emulator("--transition-ms", "3000") as url:
        shown = vpn_tunnel(url, "show", "--vpn-id", VPN_ID, "--vpn-conn-id", VPN_CONN_ID, "--reveal-secrets")
        assert shown.returncode == 0, shown.stderr
        tunnel = json.loads(shown.stdout)
        tunnel["ikeConfig"]["ikeEncAlg"] = NEW_IKE_ENC
        tunnel_file = tmp_path / "t.json"
        tunnel_file.write_text(json.dumps(tunnel))

        submitted = vpn_tunnel(url, "submit", "--file", str(tunnel_file), "--yes", "--watch", "--timeout", "8s")
        assert submitted.returncode == 1, submitted.stdout + submitted.stderr
        assert "Applied." in submitted.stdout
        assert re.search(r"^\s+0s  configuring / unreachable$", submitted.stdout, re.M), submitted.stdout
        assert re.search(r"^\s+\ds  active / unreachable$", submitted.stdout, re.M), submitted.stdout

        exported = vpn_tunnel(url, "peer-config", "--file", str(tunnel_file), "--gateway-from-bce", "--reveal-secrets")
        assert exported.returncode == 0, exported.stderr
        peer = give_to_simulated_peer(url, VPN_CONN_ID, exported.stdout.encode())
        assert peer["ikeConfig"]["ikeEncAlg"] == NEW_IKE_ENC
        back = watch(url, (VPN_ID, VPN_CONN_ID), "--timeout", "20s")
    assert back.returncode == 0, back.stdout + back.stderr
    assert "up after 0s: active / reachable" in back.stdout


# MARK: - The demo's story in the editor


def test_demo_story_watch_the_tunnel_go_unreachable_and_come_back(spawn: Callable[..., Terminal], tmp_path: Path) -> None:
    terminal = spawn(
        [str(built_binary()), "demo", "--transition-ms", "3000"], columns=100, lines=30, env=demo_env(tmp_path),
        hard_timeout=180,
    )  # fmt: skip
    terminal.wait_for_text(IKE_ENC_LABEL, timeout=60)
    url = terminal.wait_for_regex(r"http://127\.0\.0\.1:\d+").group(0)  # the demo's notice names its emulator

    # 1. Change the proposal: ikeEncAlg through its dropdown.
    focus_field(terminal, IKE_ENC_LABEL)
    terminal.press("Enter")
    terminal.wait_until(lambda term: NEW_IKE_ENC in term.screen_text(), description="dropdown open")
    choose_in_open_dropdown(terminal, NEW_IKE_ENC)

    # 2. Submit it.
    terminal.press("Ctrl-S")
    terminal.wait_until(lambda term: "Enter sends it" in box_text(term), description="the confirmation")
    terminal.press("Enter")

    # 3. The watch: the transitional state, then active but unreachable (the peer still proposes aes).
    terminal.wait_until(lambda term: "Applied: BCE accepted the update." in box_text(term), timeout=30)
    terminal.wait_for_regex(r"\d+s  configuring / unreachable", timeout=30)
    terminal.wait_for_regex(r"\d+s  active / unreachable", timeout=30)
    assert "Esc stop watching" in terminal.screen_text()

    # 4. Export the peer's configuration for the tunnel as edited: Ctrl-O on the form, saved as swanctl.conf.
    terminal.press("Esc")
    terminal.wait_for_text_gone("Watching vpnconn")
    terminal.press("Ctrl-O")
    terminal.wait_for_text("Peer configuration: strongSwan (swanctl.conf)")
    terminal.wait_for_text(f"proposals = {NEW_IKE_ENC}-")
    exported = tmp_path / "peer-swanctl.conf"
    save_peer_config(terminal, exported)
    terminal.press("Esc")
    terminal.wait_for_text(IKE_ENC_LABEL)

    # 5. Give it to the simulated peer: the exported file itself, which the emulator reads back.
    peer = give_to_simulated_peer(url, VPN_CONN_ID, exported.read_bytes())
    assert peer["ikeConfig"]["ikeEncAlg"] == NEW_IKE_ENC

    # 6. Watch again (Ctrl-T on the form): the tunnel comes back.
    terminal.press("Ctrl-T")
    terminal.wait_for_regex(r"\d+s  active / reachable", timeout=30)
    terminal.wait_until(lambda term: "Up after" in box_text(term), description="the watch ends up")
    assert NEW_IKE_ENC in terminal.screen_text()  # the form kept the edit


def test_the_readme_shows_the_watch_screen() -> None:
    readme = (REPO_ROOT / "README.md").read_text()
    assert "](assets/watch.svg)" in readme
    texts = " ".join(
        element.text or ""
        for element in ElementTree.parse(REPO_ROOT / "assets" / "watch.svg").iter("{http://www.w3.org/2000/svg}text")
    )
    for shown in ("Watching vpnconn-ku4cxya6nisq", "configuring / unreachable", "active / reachable", "Up after"):
        assert shown in texts, texts

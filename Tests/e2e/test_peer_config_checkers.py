"""`vpn-tunnel peer-config` checked by the implementations it writes for.

strongSwan: charon (Debian's `charon-systemd`) runs as a child with its own strongswan.conf and vici socket in a
temporary folder, and `swanctl --load-all --file` loads the exported swanctl.conf of every combination of the
catalog's IKE values and of its IPsec values; one "invalid value", "config discarded" or failed load fails the test,
and the number of loaded connections must equal the number of combinations. Plugins: only what loading needs
(socket-default, kernel-netlink, which libcharon requires, vici) and the crypto plugins of the proposals (aes, sha1,
sha2, md5, hmac, gmp, and openssl, Debian's only 3DES), whose algorithms `swanctl --list-algs` must list.

libreswan: Debian's package conflicts with charon-systemd, so it is unpacked, not installed
(`scripts/unpack-libreswan.sh`), and its own checkers run from there: `addconn --checkconfig` on the exported
ipsec.conf of every combination, and `algparse` (libreswan's proposal parser) on each connection's `ike=` and `esp=`.
The two DH groups libreswan 4 lacks must be refused by the export, with exit 65.

CI installs both (`.ci/run`): a missing program fails these tests, it does not skip them.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from support import REPO_ROOT, built_binary

GATEWAY = "198.51.100.10"

# The catalog, both tiers (Sources/TunnelCore/Catalog/AlgorithmCatalog.swift); a test below checks the binary
# accepts exactly these through `validate --extended-algorithms`.
VERSIONS = ["v1", "v2"]
MODES = [None, "main", "aggressive"]
ENCRYPTION = ["aes", "aes192", "aes256", "3des"]
INTEGRITY = ["sha1", "md5", "sha2_256", "sha2_384", "sha2_512"]
GROUPS = ["group2", "group5", "group14", "group24"]
IPSEC_GROUPS = GROUPS + ["disabled"]

# IKEv1 needs a mode (the validator's rule); IKEv2 takes none, or one that is ignored (with a warning).
IKE = [combination for combination in itertools.product(VERSIONS, MODES, ENCRYPTION, INTEGRITY, GROUPS)
       if combination[0] == "v2" or combination[1] is not None]
IPSEC = list(itertools.product(ENCRYPTION, INTEGRITY, IPSEC_GROUPS))
# Each IKE combination once, the IPsec combinations in turn: every combination of either side is loaded.
COMBINATIONS = [(IKE[i % len(IKE)], IPSEC[i % len(IPSEC)]) for i in range(max(len(IKE), len(IPSEC)))]

CHARON = "/usr/sbin/charon-systemd"
LIBRESWAN_LIBEXEC = Path(os.environ.get("LIBRESWAN_LIBEXEC", REPO_ROOT / ".build-libreswan/usr/libexec/ipsec"))


def tunnel(index: int, ike: tuple, ipsec: tuple) -> dict:
    version, mode, ike_enc, ike_auth, ike_pfs = ike
    ipsec_enc, ipsec_auth, ipsec_pfs = ipsec
    ike_config = {"ikeVersion": version, "ikeEncAlg": ike_enc, "ikeAuthAlg": ike_auth, "ikePfs": ike_pfs,
                  "ikeLifeTime": 28800}
    if mode:
        ike_config["ikeMode"] = mode
    return {
        "vpnConnId": f"vpnconn-c{index:04d}", "vpnId": "vpn-s1bpb19cmd8n", "vpnConnName": f"combination-{index}",
        "secretKey": "Ab1!@#$%^*()_", "remoteIp": "203.0.113.7",
        "localSubnets": ["10.1.0.0/16", "10.2.0.0/16"], "remoteSubnets": ["192.168.10.0/24"],
        "ikeConfig": ike_config,
        "ipsecConfig": {"ipsecEncAlg": ipsec_enc, "ipsecAuthAlg": ipsec_auth, "ipsecPfs": ipsec_pfs,
                        "ipsecLifetime": 3600},
    }


def export_all(folder: Path, fmt: str) -> list[subprocess.CompletedProcess]:
    """`peer-config` for every combination, two at a time (the machine has two cores)."""
    binary = str(built_binary())

    def export(item: tuple[int, tuple]) -> subprocess.CompletedProcess:
        index, (ike, ipsec) = item
        path = folder / f"tunnel-{index}.json"
        path.write_text(json.dumps(tunnel(index, ike, ipsec)))
        return subprocess.run(
            [binary, "peer-config", "--file", str(path), "--format", fmt, "--bce-gateway-ip", GATEWAY,
             "--reveal-secrets", "--extended-algorithms"],
            capture_output=True, text=True, timeout=60)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(export, enumerate(COMBINATIONS)))


def test_the_combinations_are_the_catalogs() -> None:
    assert len(IKE) == 400 and len(IPSEC) == 100 and len(COMBINATIONS) == 400
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.json"
        path.write_text(json.dumps(tunnel(1, IKE[-1], IPSEC[-1])))
        checked = subprocess.run([str(built_binary()), "validate", "--extended-algorithms", "--file", str(path)],
                                 capture_output=True, text=True, timeout=60)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        # A value outside the lists above is refused: the lists are not shorter than the catalog's.
        path.write_text(json.dumps(tunnel(1, ("v2", None, "aes512", "sha1", "group14"), IPSEC[0])))
        refused = subprocess.run([str(built_binary()), "validate", "--extended-algorithms", "--file", str(path)],
                                 capture_output=True, text=True, timeout=60)
        assert refused.returncode == 65


STRONGSWAN_CONF = """\
charon-systemd {{
    load_modular = no
    load = random nonce aes sha1 sha2 md5 hmac gmp openssl kernel-netlink socket-default vici
    port = 0
    port_nat_t = 0
    install_routes = no
    plugins {{
        vici {{
            socket = unix://{socket}
        }}
    }}
}}
swanctl {{
    load = pem
}}
"""


def test_strongswan_loads_every_exported_combination() -> None:
    for program in (CHARON, shutil.which("swanctl")):
        assert program and os.access(program, os.X_OK), (
            "strongSwan is missing: apt-get install strongswan-swanctl charon-systemd libstrongswan-standard-plugins")
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        results = export_all(folder, "swanctl")
        exported = time.monotonic()
        failures = [r.stderr for r in results if r.returncode != 0]
        assert not failures, failures[:3]
        # Several `connections {}` and `secrets {}` sections in one file are merged by strongSwan's parser.
        swanctl_conf = folder / "swanctl.conf"
        swanctl_conf.write_text("".join(r.stdout for r in results))
        socket_path = folder / "charon.vici"
        conf = folder / "strongswan.conf"
        conf.write_text(STRONGSWAN_CONF.format(socket=socket_path))
        environment = dict(os.environ, STRONGSWAN_CONF=str(conf))
        log = open(folder / "charon.log", "w")
        charon = subprocess.Popen([CHARON], env=environment, stdout=log, stderr=subprocess.STDOUT, cwd=folder)
        try:
            wait_for_socket(socket_path, charon, folder / "charon.log")
            uri = f"unix://{socket_path}"
            algorithms = swanctl(environment, "--list-algs", "--uri", uri).stdout
            for algorithm in ["AES_CBC[aes]", "3DES_CBC[openssl]", "HMAC_SHA1_96[hmac]", "HMAC_MD5_96[hmac]",
                              "HMAC_SHA2_256_128[hmac]", "HMAC_SHA2_384_192[hmac]", "HMAC_SHA2_512_256[hmac]",
                              "MODP_1024[gmp]", "MODP_1536[gmp]", "MODP_2048[gmp]", "MODP_2048_256[gmp]"]:
                assert algorithm in algorithms, f"{algorithm} not among charon's algorithms:\n{algorithms}"
            # The check can fail: this charon refuses a proposal keyword it does not know, in the words looked for.
            bad = folder / "bad.conf"
            bad.write_text("connections {\n bad {\n  remote_addrs = 198.51.100.10\n  proposals = aes128-sha1-modp1023\n"
                           "  local {\n   auth = psk\n  }\n  remote {\n   auth = psk\n  }\n }\n}\n")
            refused = swanctl(environment, "--load-conns", "--file", str(bad), "--uri", uri)
            assert "invalid value for: proposals, config discarded" in refused.stdout + refused.stderr, (
                refused.stdout + refused.stderr)
            loading = time.monotonic()
            loaded = swanctl(environment, "--load-all", "--noprompt", "--file", str(swanctl_conf), "--uri", uri)
            load_seconds = time.monotonic() - loading
        finally:
            charon.terminate()
            charon.wait(timeout=10)
            log.close()
        output = loaded.stdout + loaded.stderr
        problems = [line for line in output.splitlines()
                    if re.search(r"invalid value|discarded|failed|error", line, re.IGNORECASE)
                    and not line.startswith("opening directory")]
        assert not problems, "\n".join(problems[:20])
        assert loaded.returncode == 0, output[-2000:]
        names = re.findall(r"^loaded connection '([^']+)'$", loaded.stdout, re.MULTILINE)
        assert len(names) == len(COMBINATIONS) == 400, output[-2000:]
        assert f"successfully loaded {len(COMBINATIONS)} connections, 0 unloaded" in loaded.stdout
        assert len(re.findall(r"^loaded ike secret ", loaded.stdout, re.MULTILINE)) == len(COMBINATIONS)
    print(f"strongSwan loaded {len(names)} connections in {load_seconds:.2f} s; exported in "
          f"{exported - started:.1f} s; {time.monotonic() - started:.1f} s in all")


def wait_for_socket(path: Path, charon: subprocess.Popen, log: Path) -> None:
    """Until charon accepts on its vici socket, or it exits, or 30 seconds pass."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert charon.poll() is None, "charon exited:\n" + log.read_text()
        if path.exists():
            with socket.socket(socket.AF_UNIX) as client:
                try:
                    client.connect(str(path))
                    return
                except OSError:
                    pass
        time.sleep(0.05)
    raise AssertionError("charon's vici socket did not appear:\n" + log.read_text())


def swanctl(environment: dict, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(["swanctl", *arguments], env=environment, capture_output=True, text=True, timeout=120)


def test_libreswan_checks_every_exported_combination() -> None:
    addconn, algparse = LIBRESWAN_LIBEXEC / "addconn", LIBRESWAN_LIBEXEC / "algparse"
    assert os.access(addconn, os.X_OK) and os.access(algparse, os.X_OK), (
        f"libreswan's checkers are not in {LIBRESWAN_LIBEXEC}: run scripts/unpack-libreswan.sh")
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        results = export_all(folder, "libreswan")
        accepted: list[str] = []
        for (ike, ipsec), result in zip(COMBINATIONS, results):
            lacking = [group for group in (ike[4], ipsec[2]) if group in ("group2", "group24")]
            if lacking:
                assert result.returncode == 65, result.stdout + result.stderr
                assert "has no libreswan (ipsec.conf) equivalent" in result.stderr, result.stderr
                continue
            assert result.returncode == 0, result.stderr
            accepted.append(result.stdout)
        conf = folder / "ipsec.conf"
        conf.write_text("config setup\n\n" + "\n".join(accepted))
        checked = subprocess.run([str(addconn), "--checkconfig", "--config", str(conf)],
                                 capture_output=True, text=True, timeout=60)
        assert checked.returncode == 0 and not checked.stdout.strip() and not checked.stderr.strip(), (
            checked.stdout + checked.stderr)
        # The check can fail: libreswan's parser refuses a group it lacks, with exit 1 and an ERROR line.
        lacking = subprocess.run([str(algparse), "-v2", "-pfs=yes", "ike=aes128-sha1-modp1024"],
                                 capture_output=True, text=True, timeout=60)
        assert lacking.returncode != 0 and "ERROR" in lacking.stdout + lacking.stderr, lacking.stdout
        parsed = 0
        for text in accepted:
            version = "-v2" if "ikev2=yes" in text else "-v1"
            pfs = "-pfs=yes" if "pfs=yes" in text else "-pfs=no"
            proposals = re.findall(r"^    ((?:ike|esp)=\S+)$", text, re.MULTILINE)
            assert len(proposals) == 2, text
            run = subprocess.run([str(algparse), version, pfs, *proposals], capture_output=True, text=True,
                                 timeout=60)
            assert run.returncode == 0 and "ERROR" not in run.stdout + run.stderr, run.stdout + run.stderr
            parsed += 1
    # IKE groups without group2 and group24: 480 / 2; of those, IPsec groups without them.
    expected = sum(1 for ike, ipsec in COMBINATIONS
                   if ike[4] not in ("group2", "group24") and ipsec[2] not in ("group2", "group24"))
    assert parsed == len(accepted) == expected
    print(f"libreswan checked {parsed} connections ({len(COMBINATIONS) - parsed} refused) "
          f"in {time.monotonic() - started:.1f} s (export included)")

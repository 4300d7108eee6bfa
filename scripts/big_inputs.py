#!/usr/bin/env python3
"""Writes the big inputs the benchmarks measure into a folder (default .build-bench/big-inputs).

Every file is one line, as BCE answers:

  subnets-1000.json      a tunnel file with 1,000 distinct subnets a side (no overlaps)
  subnets-16000.json     the same with 16,000 a side
  overlap-2000.json      2,000 x 2,000 rows that all overlap (every row 10.0.0.0/8)
  numbers-80k.json       an 80 KB array of numbers
  gateway-400x60.json    a list-tunnels answer: 400 tunnels x 60 subnets a side (about 1 MB)
  gateway-400x60.seed    an emulator seed with that gateway, for `vpn-tunnel emulator --seed` and `show`
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
VPN_ID = "vpn-s1bpb19cmd8n"


def subnets(first_octet: int, count: int) -> list[str]:
    return [f"{first_octet}.{index >> 8 & 255}.{index & 255}.0/24" for index in range(count)]


def tunnel_file(local: list[str], remote: list[str]) -> dict:
    seed = json.loads((REPO_ROOT / "assets" / "examples" / "seed-example.json").read_text())
    seed["localSubnets"] = local
    seed["remoteSubnets"] = remote
    return seed


def gateway(tunnels: int, per_side: int) -> list[dict]:
    records = []
    for index in range(tunnels):
        records.append({
            "vpnId": VPN_ID, "vpnConnId": f"vpnconn-big{index:09d}", "vpnConnName": f"tunnel-{index}",
            "description": "生产环境 tunnel", "localIp": "198.51.100.10", "createdTime": "2021-04-25 17:22:34",
            "status": "active", "healthStatus": "reachable", "secretKey": "ddd22@www",
            "localSubnets": subnets(10, per_side), "remoteIp": "203.0.113.9",
            "remoteSubnets": [f"172.{16 + (index >> 4)}.{(index & 15) << 4 | row >> 4}.{(row & 15) << 4}/28"
                              for row in range(per_side)],
            "ikeConfig": {"ikeVersion": "v1", "ikeMode": "main", "ikeEncAlg": "aes", "ikeAuthAlg": "sha1",
                          "ikePfs": "group14", "ikeLifeTime": "28800s"},
            "ipsecConfig": {"ipsecEncAlg": "aes", "ipsecAuthAlg": "sha1", "ipsecPfs": "group14",
                            "ipsecLifetime": "28800s"},
        })  # fmt: skip
    return records


def one_line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else REPO_ROOT / ".build-bench" / "big-inputs"
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "subnets-1000.json": one_line(tunnel_file(subnets(10, 1000), subnets(11, 1000))),
        "subnets-16000.json": one_line(tunnel_file(subnets(10, 16000), subnets(11, 16000))),
        "overlap-2000.json": one_line(tunnel_file(["10.0.0.0/8"] * 2000, ["10.0.0.0/8"] * 2000)),
        "numbers-80k.json": one_line([index * 7919 % 1000003 for index in range(11650)]),
    }
    records = gateway(400, 60)
    files["gateway-400x60.json"] = one_line({"vpnConns": records})
    seed = json.loads((REPO_ROOT / "assets" / "emulator" / "seed.json").read_text())
    seed["vpnConns"] = records
    files["gateway-400x60.seed"] = json.dumps(seed, ensure_ascii=False, indent=1) + "\n"
    for name, text in files.items():
        (folder / name).write_text(text)
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

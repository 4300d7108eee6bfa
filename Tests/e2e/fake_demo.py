#!/usr/bin/env python3
"""A stand-in for `vpn-tunnel demo`, just enough of issue 4's planned form to run test_demo_flow's steps today.

It proves the test's mechanics (focusing by label, the dropdown, the preview, submit and the state hook) while
the real form is being written; it is not a model of the real layout. Python's curses is ncurses, so what the
harness reads here is what it will read from the Swift binary: the same escape sequences for focus (reverse
video), cursor visibility and repaints.
"""

import curses
import json
import os
import sys

CHOICES = ["aes", "aes192", "aes256", "3des"]


def help_text() -> str:
    return "USAGE: vpn-tunnel <subcommand>\n\nSUBCOMMANDS:\n  validate  Check.\n  demo  Try the editor.\n"


class Form:
    def __init__(self) -> None:
        # (label, key, kind): kind is "text", "secret", "list" (one row here) or "choice".
        self.fields = [
            ("Name (vpnConnName)", "vpnConnName", "text"),
            ("Pre-shared key (secretKey)", "secretKey", "secret"),
            ("Local subnets (localSubnets)", "localSubnets", "list"),
            ("IKE encryption (ikeEncAlg)", "ikeEncAlg", "choice"),
        ]
        self.values = {"vpnConnName": "office", "secretKey": "Ab1!Ab1!x", "localSubnets": "192.168.0.0/33",
                       "ikeEncAlg": "aes"}  # fmt: skip
        self.focus = 0
        self.mode = "form"  # form, dropdown, preview, confirm, done
        self.highlight = 0

    def draw(self, screen) -> None:
        screen.erase()
        rows, columns = screen.getmaxyx()
        screen.addstr(0, 0, "Tunnel")
        cursor = None
        for index, (label, key, kind) in enumerate(self.fields):
            y = 2 + index
            screen.addstr(y, 2, label.rjust(30) + "  ")
            value = "*" * len(self.values[key]) if kind == "secret" else self.values[key]
            focused = index == self.focus and self.mode in ("form", "dropdown")
            screen.addstr(y, 34, value.ljust(20), curses.A_REVERSE if focused and kind == "choice" else 0)
            if kind == "list" and not self.values[key].endswith("/33"):
                pass
            elif kind == "list":
                screen.addstr(y, 56, "! localSubnets[0] (192.168.0.0/33) bad CIDR")
            if focused and kind != "choice":
                cursor = (y, 34 + len(value))
        if self.mode == "dropdown":
            for offset, choice in enumerate(CHOICES):
                attribute = curses.A_REVERSE if offset == self.highlight else 0
                screen.addstr(6 + offset, 34, f" {choice:<10}", attribute)
        elif self.mode == "preview":
            screen.erase()
            screen.addstr(0, 0, "PUT /v1/vpn/vpnconn/vpnconn-demo?clientToken=1 HTTP/1.1")
            screen.addstr(1, 0, "Authorization: bce-auth-v1/demoak/2026-01-01T00:00:00Z/1800/host/0123abcd")
            screen.addstr(2, 0, json.dumps({"ikeConfig": {"ikeEncAlg": self.values["ikeEncAlg"]}}))
        elif self.mode == "confirm":
            screen.addstr(10, 2, "Send this update? Enter sends, Esc goes back")
        elif self.mode == "done":
            screen.addstr(10, 2, "Applied: request id 1214cca7-4ad5-451d-9215-71cb844c0a50")
        screen.addstr(rows - 1, 0, "Tab next  Enter open  Ctrl-P preview  Ctrl-S send  Ctrl-Q quit"[: columns - 1])
        if cursor and self.mode == "form":
            curses.curs_set(1)
            screen.move(*cursor)
        else:
            curses.curs_set(0)

    def key(self, key) -> bool:
        label, name, kind = self.fields[self.focus]
        if self.mode == "dropdown":
            if key == curses.KEY_DOWN:
                self.highlight = (self.highlight + 1) % len(CHOICES)
            elif key in ("\n", "\r", curses.KEY_ENTER):
                self.values[name] = CHOICES[self.highlight]
                self.mode = "form"
            elif key == "\x1b":
                self.mode = "form"
        elif self.mode == "preview":
            if key == "\x1b":
                self.mode = "form"
        elif self.mode == "confirm":
            if key in ("\n", "\r"):
                self.mode = "done"
                state = os.environ.get("VPN_TUNNEL_DEMO_STATE")
                if state:
                    tunnel = {k: v for k, v in self.values.items() if k != "ikeEncAlg"}
                    tunnel["localSubnets"] = [self.values["localSubnets"]]
                    tunnel["ikeConfig"] = {"ikeEncAlg": self.values["ikeEncAlg"]}
                    with open(state, "w") as file:
                        json.dump([tunnel], file)
            elif key == "\x1b":
                self.mode = "form"
        elif key == "\t":
            self.focus = (self.focus + 1) % len(self.fields)
        elif key == curses.KEY_BTAB:
            self.focus = (self.focus - 1) % len(self.fields)
        elif key == "\x10":
            self.mode = "preview"
        elif key == "\x13":
            self.mode = "confirm"
        elif key == "\x11":
            return False
        elif kind == "choice" and key in ("\n", "\r", " "):
            self.mode, self.highlight = "dropdown", CHOICES.index(self.values[name])
        elif kind != "choice" and key in (curses.KEY_BACKSPACE, "\x7f"):
            self.values[name] = self.values[name][:-1]
        elif kind != "choice" and isinstance(key, str) and key.isprintable():
            self.values[name] += key
        return True


def main(screen) -> None:
    curses.raw()  # Ctrl-S and Ctrl-Q reach the program only with XON/XOFF off (curses.wrapper sets cbreak)
    curses.use_default_colors()
    form = Form()
    while True:
        form.draw(screen)
        screen.refresh()
        if not form.key(screen.get_wch()):
            return


if __name__ == "__main__":
    if "--help" in sys.argv:
        print(help_text())
    elif sys.argv[1:2] == ["demo"]:
        curses.wrapper(main)
    else:
        sys.exit(f"usage: {sys.argv[0]} demo")

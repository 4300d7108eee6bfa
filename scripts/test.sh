#!/usr/bin/env bash
# The project's one test command: the Swift tests, then the end-to-end tests that drive the real binary in a
# pseudo-terminal (Tests/e2e, Python + pyte). Exits non-zero when either fails.
#
#   scripts/test.sh               # swift test, then the end-to-end tests
#   scripts/test.sh --e2e-only    # only the end-to-end tests (uses the binary the last swift build/test made)
#   VPN_TUNNEL_BIN=~/.local/bin/vpn-tunnel scripts/test.sh
#                                 # the end-to-end tests on that binary instead (CI: the one scripts/install.sh
#                                 # installed)
#
# The end-to-end tests need python3 (skipped with a note when it is missing), pyte and pytest (installed here
# when missing, into a virtual environment under .build-venv/, which git ignores), and dialog for the harness's
# own proofs (those tests skip without it). `swift test` builds .build/debug/vpn-tunnel, which the end-to-end tests
# run unless VPN_TUNNEL_BIN names another binary; nothing else is built here.
set -uo pipefail
cd "$(dirname "$0")/.."

run_swift=1
case "${1:-}" in
    --e2e-only) run_swift=0 ;;
    "") ;;
    *) echo "usage: $0 [--e2e-only]" >&2; exit 2 ;;
esac

status=0

if [ "$run_swift" = 1 ]; then
    swift test || status=$?
    [ "$status" = 0 ] || echo "test.sh: swift test failed (exit $status)" >&2
fi

# A Python that has pyte and pytest: the current one, or a venv under .build-venv/ made for the purpose.
python_with_test_packages() {
    if python3 -c 'import pyte, pytest, baidubce' 2>/dev/null; then
        echo python3
        return 0
    fi
    local venv=.build-venv
    if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import pyte, pytest, baidubce' 2>/dev/null; then
        echo "$venv/bin/python"
        return 0
    fi
    echo "test.sh: installing pyte, pytest and bce-python-sdk into $venv/" >&2
    if python3 -m venv "$venv" >&2 &&
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check pyte pytest bce-python-sdk >&2; then
        echo "$venv/bin/python"
        return 0
    fi
    # No venv module (Debian's python3 without python3-venv): the user site instead.
    echo "test.sh: no venv; installing pyte, pytest and bce-python-sdk into the user site" >&2
    if python3 -m pip install --quiet --disable-pip-version-check --user pyte pytest bce-python-sdk >&2 &&
        python3 -c 'import pyte, pytest, baidubce' 2>/dev/null; then
        echo python3
        return 0
    fi
    return 1
}

if command -v python3 >/dev/null; then
    if python=$(python_with_test_packages); then
        e2e=0
        # No cache folder in the work tree (-p no:cacheprovider): nothing for git to pick up.
        "$python" -m pytest -q -p no:cacheprovider -rs Tests/e2e || e2e=$?
        if [ "$e2e" = 5 ]; then  # pytest: "no tests collected" is not a failure of the code under test
            echo "test.sh: pytest collected no end-to-end tests"
            e2e=0
        fi
        if [ "$e2e" != 0 ]; then
            echo "test.sh: end-to-end tests failed (pytest exit $e2e)" >&2
            status=$e2e
        fi
    else
        echo "test.sh: could not install pyte and pytest for the end-to-end tests" >&2
        status=1
    fi
else
    echo "test.sh: python3 not found; end-to-end tests (Tests/e2e) not run"
fi

exit "$status"

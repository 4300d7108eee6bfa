#!/usr/bin/env bash
# Builds the release editor as it is measured and shipped: .build-release/release/vpn-tunnel (scripts/install.sh
# builds it with this script and installs it). Needs nothing beyond the Swift toolchain (lld ships with it) and nm.
#
#   scripts/build-release.sh               build with the committed link order (assets/link/vpn-tunnel.order)
#   scripts/build-release.sh --order       profile an editing session first and rewrite that order (needs valgrind)
#   scripts/build-release.sh --check-order build nothing; fail when the last build has lost too many of the order's
#                                          names (below); CI runs it after scripts/install.sh
#
# Beyond `swift build -c release`, each flag is here for the editor's memory and start-up (the figures are
# in the README's Speed section):
#   --static-swift-stdlib       no shared Swift runtime and Foundation to load and relocate at start-up;
#   -function-sections          every Swift and C function in its own section, so the linker can place each;
#   lld, --symbol-ordering-file the functions an editing session runs, together at the start of the text
#                               (scripts/link-order.py writes the list); without it they are spread over 28 MB
#                               and page faults map 64 KB around each, about 10 MB of resident code;
#   pack-relative-relocs        the position-independent executable's relocations as a compact table (RELR)
#                               instead of 3 MB of entries read at every start;
#   --no-export-dynamic         the toolchain's static-stdlib settings export all 40,000 of the program's
#                               symbols, which the dynamic loader then searches while it binds libc and ncurses;
#   -Map                        the link map, from which scripts/link-order.py learns each function's section.
set -euo pipefail
cd "$(dirname "$0")/.."

order=assets/link/vpn-tunnel.order
scratch=.build-release
flags=(
    -c release --product vpn-tunnel --static-swift-stdlib --scratch-path "$scratch"
    -Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections
    -Xswiftc -use-ld=lld
    -Xlinker -z -Xlinker pack-relative-relocs
    -Xlinker --no-export-dynamic
    -Xlinker --no-demangle -Xlinker -Map="$PWD/$scratch/vpn-tunnel.map"
)

build() {
    swift build "${flags[@]}" "$@" >&2
}

# The order names functions and data by their linker names: a function renamed, or given another signature, is no
# longer found, and lld leaves it where it falls. When the order was 88 names short (0.4%) and none of the newer
# code was in it, the editor's peak memory had grown from 11.5 MB to 16 MB. So a build warns, and --check-order
# fails, once more than 1 in 400 of the listed names are gone.
stale_limit_per=400
check_order() {
    local binary=$1 listed gone
    listed=$(sort -u "$order" | wc -l)
    gone=$(nm --defined-only "$binary" | cut -d' ' -f3- | sort -u | comm -13 - <(sort -u "$order") | wc -l)
    echo "link order: $gone of $listed listed functions are no longer in the program (--order lists them anew)" >&2
    if [ $((gone * stale_limit_per)) -gt "$listed" ]; then
        cat >&2 <<EOF
****************************************************************************************************************
WARNING: the link order ($order) is stale: $gone of its $listed names are gone from the
program (the limit is 1 in $stale_limit_per). The editor still works, but its hot code is no longer all packed
together and its peak memory grows by several MB. Record the order anew and commit it:
scripts/build-release.sh --order (needs valgrind, about 5 minutes).
****************************************************************************************************************
EOF
        return 1
    fi
}

binary="$scratch/release/vpn-tunnel"
case "${1:-}" in
    --check-order)
        [ -x "$binary" ] || { echo "$0: $binary is not built (scripts/build-release.sh)" >&2; exit 1; }
        check_order "$binary"
        exit
        ;;
    --order)
        build
        python3 scripts/link-order.py "$binary" "$scratch/vpn-tunnel.map" "$order"
        ;;
    "") ;;
    *) echo "usage: $0 [--order | --check-order]" >&2; exit 64 ;;
esac
build -Xlinker --symbol-ordering-file="$PWD/$order" -Xlinker --no-warn-symbol-ordering
check_order "$binary" || true  # an install goes on with a stale order: the program is right, only bigger
echo "$binary"

#!/usr/bin/env bash
# Builds the release editor as it is measured and shipped: .build-release/release/vpn-tunnel.
#
#   scripts/build-release.sh           build with the committed link order (assets/link/vpn-tunnel.order)
#   scripts/build-release.sh --order   profile an editing session first and rewrite that order (needs valgrind)
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

if [ "${1:-}" = "--order" ]; then
    build
    python3 scripts/link-order.py "$scratch/release/vpn-tunnel" "$scratch/vpn-tunnel.map" "$order"
fi
build -Xlinker --symbol-ordering-file="$PWD/$order" -Xlinker --no-warn-symbol-ordering
binary="$scratch/release/vpn-tunnel"
listed=$(sort -u "$order" | wc -l)
gone=$(nm --defined-only "$binary" | cut -d' ' -f3- | sort -u | comm -13 - <(sort -u "$order") | wc -l)
echo "link order: $gone of $listed listed functions are no longer in the program (--order lists them anew)" >&2
echo "$binary"

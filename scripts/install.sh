#!/usr/bin/env bash
# Builds the shipped vpn-tunnel and installs it under a prefix (the README's Install section):
#
#   scripts/install.sh                   # into ~/.local: ~/.local/bin/vpn-tunnel and its shell completions
#   scripts/install.sh --prefix /usr/local
#
# The binary is the one scripts/build-release.sh builds (the Swift runtime linked in, the committed link order),
# so it runs on a machine without a Swift toolchain: it loads only glibc, libstdc++, libgcc, zlib and ncursesw.
# Building needs the toolchain and binutils (nm, strip), nothing else (no valgrind). Before it reports success this
# script checks that the binary loads no library of the toolchain, and that the installed file runs from another
# folder.
#
# Installs, under the prefix:
#   bin/vpn-tunnel
#   share/bash-completion/completions/vpn-tunnel
#   share/zsh/site-functions/_vpn-tunnel
#   share/fish/vendor_completions.d/vpn-tunnel.fish
# Uninstall: remove those files.
set -euo pipefail

usage() {
    echo "usage: $0 [--prefix DIR]   (default: ~/.local)"
}

prefix="$HOME/.local"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix)
            [ $# -ge 2 ] || { usage >&2; exit 64; }
            prefix=$2
            shift 2
            ;;
        --prefix=*)
            prefix=${1#--prefix=}
            shift
            ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 64 ;;
    esac
done
prefix=$(realpath -m -- "$prefix")  # before the cd below: a relative prefix is the caller's
cd "$(dirname "$0")/.."

built=$(scripts/build-release.sh)

# A binary that needs a library of the toolchain (libswiftCore, Foundation, libdispatch) would run here and fail
# on a jump host; so would one that needs a library this machine lacks.
toolchain=$(dirname "$(dirname "$(realpath "$(command -v swift)")")")
libraries=$(ldd "$built")
if grep -E -e 'not found' -e 'libswift|Foundation|libdispatch|libBlocksRuntime' -e "=> $toolchain/" \
    <<<"$libraries" >&2; then
    echo "install.sh: $built needs the libraries above, which a machine without the Swift toolchain" \
        "(under $toolchain) lacks" >&2
    echo "install.sh: nothing installed" >&2
    exit 1
fi

installed="$prefix/bin/vpn-tunnel"
# Without the debug information (most of the file's size; the running program never reads it): the code and data
# are those of the build, which the README's figures measure. The symbol table stays, for backtraces.
stripped="$(dirname "$built")/vpn-tunnel.stripped"
strip --strip-debug -o "$stripped" "$built"
install -D -m 0755 "$stripped" "$installed"

# Run from a folder of no checkout: the emulator's seed is compiled in, nothing is read beside the binary.
version=$(cd / && "$installed" --version)

completions=(
    "bash $prefix/share/bash-completion/completions/vpn-tunnel"
    "zsh $prefix/share/zsh/site-functions/_vpn-tunnel"
    "fish $prefix/share/fish/vendor_completions.d/vpn-tunnel.fish"
)
for entry in "${completions[@]}"; do
    read -r shell file <<<"$entry"
    mkdir -p "$(dirname "$file")"
    "$installed" --generate-completion-script "$shell" >"$file"
    chmod 0644 "$file"
done

echo "installed vpn-tunnel $version:"
echo "  $installed"
for entry in "${completions[@]}"; do
    echo "  ${entry#* }"
done
echo "it needs only these system libraries:"
awk '{ print "  " $1 }' <<<"$libraries"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on PATH" ;;
esac

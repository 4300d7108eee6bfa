// VPNTunnel is built and tested on Linux only (glibc, /proc, prctl, the Linux layout of `sigaction`): on another
// system the build stops here, in the first module of the package, with one message that says so, rather than on
// the first Linux-only name of some later file.
#if !os(Linux)
    #error("VPNTunnel builds on Linux only (tested on Debian 12 with Swift 6.3): see README.md")
#endif

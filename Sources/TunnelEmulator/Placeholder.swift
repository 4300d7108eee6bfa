// TunnelEmulator

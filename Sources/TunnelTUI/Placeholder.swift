// TunnelTUI

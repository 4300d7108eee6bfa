// TunnelClient

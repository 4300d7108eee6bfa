print("vpn-tunnel")

#!/bin/bash
WS_IP=$(ip -4 -o addr show scope global | awk '{print $4}' | cut -d/ -f1 | head -n1)
A=(--digest -u "$ADMIN_USER:$ADMIN_PASS" -H 'Content-Type: application/json')
curl -sk "${A[@]}" "https://$BAD_CAM/axis-cgi/ntp.cgi" \
  -d "{\"apiVersion\":\"1.0\",\"method\":\"setNTPClientConfiguration\",\"params\":{\"enabled\":true,\"obtainFromDHCP\":false,\"servers\":[\"$NTP_SERVER\"]}}"
curl -sk "${A[@]}" "https://$BAD_CAM/axis-cgi/remotesyslog.cgi" \
  -d "{\"apiVersion\":\"1.0\",\"method\":\"configure\",\"params\":{\"servers\":[{\"host\":\"$WS_IP\",\"port\":5514,\"protocol\":\"udp\",\"severity\":\"info\"}]}}"

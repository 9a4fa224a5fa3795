#!/bin/bash
WS_IP=$(ip -4 -o addr show scope global | awk '{print $4}' | cut -d/ -f1 | head -n1)
curl -sk --digest -u "$ADMIN_USER:$ADMIN_PASS" "https://$BAD_CAM/axis-cgi/param.cgi?action=update&Network.Filter.Input.AcceptAddresses=$WS_IP&Network.Filter.Enabled=yes"

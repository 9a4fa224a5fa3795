#!/bin/bash
# Runs once after provisioning, on the workstation as the learner: brings the two healthy cameras to the
# site baseline through their API and lets the third one ($BAD_CAM) drift (SSH and ONVIF on, a forgotten viewer).
set -euo pipefail
WS_IP=$(ip -4 -o addr show scope global | awk '{print $4}' | cut -d/ -f1 | head -n1)
api() { curl -sk --max-time 10 --digest -u "$ADMIN_USER:$ADMIN_PASS" "$@"; }
# expect WORD CURL-ARGS...: runs the API call and fails setup unless the answer contains WORD.
expect() { local word=$1 out; shift; out=$(api "$@"); grep -q -- "$word" <<<"$out" || { echo "setup: unexpected answer: $out" >&2; exit 1; }; }
for cam in cam1 cam2 cam3; do
  for _ in $(seq 1 60); do curl -sf --max-time 2 "http://$cam/axis-cgi/systemready.cgi" >/dev/null && break; sleep 0.5; done
done
for cam in cam1 cam2 cam3; do
  if [ "$cam" = "$BAD_CAM" ]; then
    expect OK "https://$cam/axis-cgi/param.cgi?action=update&Network.SSH.Enabled=yes"
    expect Created "https://$cam/axis-cgi/pwdgrp.cgi?action=add&user=$OLD_VIEWER&pwd=Summer-2019x&grp=users&sgrp=viewer"
    continue
  fi
  expect '"data"' -H 'Content-Type: application/json' "https://$cam/axis-cgi/ntp.cgi" \
    -d "{\"apiVersion\":\"1.0\",\"method\":\"setNTPClientConfiguration\",\"params\":{\"enabled\":true,\"obtainFromDHCP\":false,\"servers\":[\"$NTP_SERVER\"]}}"
  expect '"data"' -H 'Content-Type: application/json' "https://$cam/axis-cgi/remotesyslog.cgi" \
    -d "{\"apiVersion\":\"1.0\",\"method\":\"configure\",\"params\":{\"servers\":[{\"host\":\"$WS_IP\",\"port\":5514,\"protocol\":\"udp\",\"severity\":\"info\"}]}}"
  expect OK "https://$cam/axis-cgi/param.cgi?action=update&Network.UPnP.Enabled=no&Network.Bonjour.Enabled=no&Network.ZeroConf.Enabled=no&WebService.DiscoveryMode.Discoverable=no&WebService.ONVIF.Enabled=no&Network.HTTP.HTTPSOnly=yes&Network.Filter.Input.AcceptAddresses=$WS_IP&Network.Filter.Enabled=yes"
done
cat > "$HOME/site-info.txt" <<INFO
Site: three fixed cameras on the lobby network (cam1, cam2, cam3).
Administrator on every camera: $ADMIN_USER / $ADMIN_PASS
Your workstation ($WS_IP) is also the VMS and the log collector in this lab.

Site baseline (what every camera should look like):
  - HTTPS only; no UPnP, Bonjour/ZeroConf or WS-Discovery; no SSH, FTP or SNMP
  - no ONVIF: the site's VMS talks VAPIX, so the ONVIF service is off
  - no accounts except the administrator and the named operators
  - IP filter on, accepting only the VMS ($WS_IP)
  - NTP from $NTP_SERVER (not from DHCP)
  - remote syslog to $WS_IP port 5514/udp, severity info
INFO

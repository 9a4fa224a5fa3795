#!/bin/bash
# Audits the drifted camera's services and accounts through its API.
api() { curl -sk --max-time 8 --digest -u "$ADMIN_USER:$ADMIN_PASS" "$@"; }
list=$(api "https://$BAD_CAM/axis-cgi/param.cgi?action=list&group=Network,WebService")
grep -q '^root.Network' <<<"$list" || { echo "Cannot read $BAD_CAM's parameters over HTTPS as $ADMIN_USER."; exit 1; }
val() { sed -n "s/^root\.$1=//p" <<<"$list" | head -n1; }
bad=()
[ "$(val Network.UPnP.Enabled)" = no ] || bad+=("UPnP is on")
[ "$(val Network.Bonjour.Enabled)" = no ] || bad+=("Bonjour is on")
[ "$(val Network.ZeroConf.Enabled)" = no ] || bad+=("ZeroConf is on")
[ "$(val WebService.DiscoveryMode.Discoverable)" = no ] || bad+=("WS-Discovery is on")
[ "$(val WebService.ONVIF.Enabled)" = no ] || bad+=("ONVIF is on")
[ "$(val Network.SSH.Enabled)" = no ] || bad+=("SSH is on")
[ "$(val Network.HTTP.HTTPSOnly)" = yes ] || bad+=("plain HTTP is still accepted")
# From the network side too: nothing may still answer on the SSH port.
if timeout 3 bash -c "exec 3<>/dev/tcp/$BAD_CAM/22" 2>/dev/null; then bad+=("port 22 still answers"); fi
# ONVIF's clock call needs no account: a device service that still answers it is still a service.
onvif=$(curl -sk --max-time 8 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/soap+xml' "https://$BAD_CAM/onvif/device_service" \
  -d '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><GetSystemDateAndTime xmlns="http://www.onvif.org/ver10/device/wsdl"/></s:Body></s:Envelope>')
[ "$onvif" = 200 ] && bad+=("the ONVIF device service still answers")
users=$(api "https://$BAD_CAM/axis-cgi/pwdgrp.cgi?action=get")
grep -q "$OLD_VIEWER" <<<"$users" && bad+=("account $OLD_VIEWER still exists")
if [ ${#bad[@]} -gt 0 ]; then
  echo "$BAD_CAM still differs from the baseline: $(IFS=,; echo "${bad[*]}" | sed 's/,/, /g')."
  exit 1
fi
echo "$BAD_CAM runs only what the site uses: no discovery, no ONVIF, no SSH, HTTPS only, no orphaned account."

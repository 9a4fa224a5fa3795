#!/bin/bash
# Reads the camera's firmware status: the genuine LTS release must be active and committed.
st=$(curl -sk --max-time 8 --digest -u "$ADMIN_USER:$ADMIN_PASS" -H 'Content-Type: application/json' https://camera/axis-cgi/firmwaremanagement.cgi -d '{"apiVersion":"1.4","method":"status"}')
ver=$(jq -r '.data.activeFirmwareVersion // empty' <<<"$st" 2>/dev/null)
[ -n "$ver" ] || { echo "The camera does not answer firmwaremanagement.cgi status over HTTPS."; exit 1; }
[ "$ver" = 11.11.94 ] || { echo "The camera runs CamOS $ver, not 11.11.94."; exit 1; }
if [ "$(jq -r .data.isCommited <<<"$st")" != true ]; then
  echo "11.11.94 is installed but not committed: it rolls back in $(jq -r .data.timeToAutoRollback <<<"$st") s."
  exit 1
fi
echo "The camera runs CamOS 11.11.94 ($(jq -r .data.track <<<"$st")), committed."

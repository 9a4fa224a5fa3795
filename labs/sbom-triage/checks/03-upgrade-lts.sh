#!/bin/bash
# The camera must run the fixed LTS release, committed, and its SBOM must show the component past the fix.
A=(--digest -u "$ADMIN_USER:$ADMIN_PASS")
st=$(curl -sk --max-time 8 "${A[@]}" -H 'Content-Type: application/json' https://camera/axis-cgi/firmwaremanagement.cgi -d '{"apiVersion":"1.4","method":"status"}')
ver=$(jq -r '.data.activeFirmwareVersion // empty' <<<"$st" 2>/dev/null)
[ -n "$ver" ] || { echo "The camera does not answer firmwaremanagement.cgi status over HTTPS."; exit 1; }
[ "$ver" = 11.11.94 ] || { echo "The camera runs CamOS $ver; the fix is in 11.11.94."; exit 1; }
[ "$(jq -r .data.track <<<"$st")" = LTS ] || { echo "The camera left the LTS track."; exit 1; }
[ "$(jq -r .data.isCommited <<<"$st")" = true ] || { echo "11.11.94 is installed but not committed: it rolls back in $(jq -r .data.timeToAutoRollback <<<"$st") s."; exit 1; }
pkg=$(case "$APPLIES" in CVE-2024-6387) echo openssh ;; CVE-2024-5535) echo openssl ;; *) echo curl ;; esac)
v=$(curl -sk --max-time 8 "${A[@]}" https://camera/axis-cgi/sbom.cgi | jq -r --arg p "$pkg" '.packages[] | select(.name == $p) | .versionInfo')
echo "The camera runs CamOS 11.11.94 (LTS), committed; its SBOM now lists $pkg $v, past the fix for $APPLIES."

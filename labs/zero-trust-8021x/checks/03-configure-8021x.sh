#!/bin/bash
# 802.1X settings, read back from the camera: device ID as client certificate, the network CA, the serial as identity.
A=(--digest -u "$ADMIN_USER:$ADMIN_PASS")
want=$(openssl x509 -in $HOME/8021x/site-network-ca.pem -noout -fingerprint -sha256 | cut -d= -f2)
caid=$(curl -sk --max-time 8 "${A[@]}" -H 'Content-Type: application/json' https://camera/axis-cgi/certificates.cgi -d '{"apiVersion":"1.0","method":"listCertificates"}' | jq -r --arg f "$want" '.data.caCertificates[]? | select(.fingerprint256 == $f) | .id' | head -n1)
list=$(curl -sk --max-time 8 "${A[@]}" "https://camera/axis-cgi/param.cgi?action=list&group=Network.Interface.I0.dot1x")
grep -q dot1x <<<"$list" || { echo "Cannot read the camera's 802.1X parameters over HTTPS."; exit 1; }
val() { sed -n "s/^root\.Network\.Interface\.I0\.dot1x\.$1=//p" <<<"$list"; }
[ "$(val EAPTLS.ClientCertificate)" = deviceid ] || { echo "The client certificate is '$(val EAPTLS.ClientCertificate)', not the device ID (deviceid)."; exit 1; }
[ -n "$caid" ] || { echo "Install the network CA first (step 2)."; exit 1; }
[ "$(val EAPTLS.CACertificate)" = "$caid" ] || { echo "EAPTLS.CACertificate is '$(val EAPTLS.CACertificate)'; the network CA is installed as '$caid'."; exit 1; }
[ "$(val EAPTLS.Identity)" = "$SERIAL" ] || { echo "EAPTLS.Identity is '$(val EAPTLS.Identity)'; the site's policy expects the serial number $SERIAL."; exit 1; }
case "$(val EAPOLVersion)" in 2 | 3) ;; *) echo "EAPOL version $(val EAPOLVersion) is outdated; use 2 or 3."; exit 1 ;; esac
[ "$(val Enabled)" = yes ] || { echo "Everything is set, but 802.1X is not enabled yet."; exit 1; }
echo "802.1X EAP-TLS is on: identity $SERIAL, device ID certificate, server checked against CA \"$caid\"."

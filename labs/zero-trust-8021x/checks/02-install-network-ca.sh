#!/bin/bash
# The camera's list of trusted CA certificates must contain the site network CA (by fingerprint).
want=$(openssl x509 -in $HOME/8021x/site-network-ca.pem -noout -fingerprint -sha256 | cut -d= -f2)
list=$(curl -sk --max-time 8 --digest -u "$ADMIN_USER:$ADMIN_PASS" -H 'Content-Type: application/json' https://camera/axis-cgi/certificates.cgi -d '{"apiVersion":"1.0","method":"listCertificates"}')
jq -e .data <<<"$list" >/dev/null 2>&1 || { echo "Cannot list the camera's certificates over HTTPS."; exit 1; }
id=$(jq -r --arg f "$want" '.data.caCertificates[] | select(.fingerprint256 == $f) | .id' <<<"$list" | head -n1)
[ -n "$id" ] || { echo "The camera does not trust the $SITE Network CA yet ($(jq '.data.caCertificates | length' <<<"$list") CA certificate(s) installed)."; exit 1; }
echo "The camera trusts the $SITE Network CA (installed as \"$id\")."

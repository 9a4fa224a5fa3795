#!/bin/bash
# The saved certificate must be the camera's own device ID (same fingerprint as the API reports) and must
# verify against the vendor root with openssl.
f=$HOME/8021x/camera-deviceid.pem
share=/usr/local/share/cyberwall
[ -s "$f" ] || { echo "There is no ~/8021x/camera-deviceid.pem yet."; exit 1; }
mine=$(openssl x509 -in "$f" -noout -fingerprint -sha256 2>/dev/null | cut -d= -f2)
[ -n "$mine" ] || { echo "~/8021x/camera-deviceid.pem is not a PEM certificate."; exit 1; }
api=$(curl -sk --max-time 8 --digest -u "$ADMIN_USER:$ADMIN_PASS" -H 'Content-Type: application/json' https://camera/axis-cgi/certificates.cgi -d '{"apiVersion":"1.0","method":"getDeviceId"}' | jq -r '.data.fingerprint256 // empty')
[ -n "$api" ] || { echo "Cannot read the camera's device ID over HTTPS."; exit 1; }
[ "$mine" = "$api" ] || { echo "The certificate in ~/8021x/camera-deviceid.pem is not this camera's device ID."; exit 1; }
openssl verify -CAfile "$share/vendor-root.pem" -untrusted "$share/vendor-intermediate.pem" "$f" >/dev/null 2>&1 \
  || { echo "openssl does not verify the saved certificate against the vendor root."; exit 1; }
openssl x509 -in "$f" -noout -subject | grep -q "$SERIAL" || { echo "The certificate's subject does not carry the serial $SERIAL."; exit 1; }
echo "The device ID of $SERIAL chains to the vendor root: openssl says OK."

#!/bin/bash
curl -sk --digest -u "$ADMIN_USER:$ADMIN_PASS" -H 'Content-Type: application/json' https://camera/axis-cgi/certificates.cgi \
  -d '{"apiVersion":"1.0","method":"getDeviceId"}' | jq -r .data.certificate > /home/learner/8021x/camera-deviceid.pem
openssl verify -CAfile /usr/local/share/cyberwall/vendor-root.pem -untrusted /usr/local/share/cyberwall/vendor-intermediate.pem /home/learner/8021x/camera-deviceid.pem

#!/bin/bash
# Replays the learner's impostor (a certificate claiming the camera's serial, with the impostor's own key)
# against the authenticator and requires that it is refused, while the authenticator itself is up.
dir=/home/learner/8021x
[ -s "$dir/impostor.pem" ] && [ -s "$dir/impostor.key" ] || { echo "Keep your impostor's certificate and key as ~/8021x/impostor.pem and ~/8021x/impostor.key."; exit 1; }
openssl x509 -in "$dir/impostor.pem" -noout -subject 2>/dev/null | grep -q "$SERIAL" || { echo "The impostor certificate should claim the camera's identity (serial $SERIAL)."; exit 1; }
imp=$(openssl x509 -in "$dir/impostor.pem" -noout -pubkey 2>/dev/null)
cam=$(openssl x509 -in "$dir/camera-deviceid.pem" -noout -pubkey 2>/dev/null)
[ "$imp" != "$cam" ] || { echo "That is the camera's real certificate; the impostor has only a key of its own."; exit 1; }
if ! (exec 3<>/dev/tcp/127.0.0.1/2083) 2>/dev/null; then
  [ -x /home/learner/.authenticator/start.sh ] && HOME=/home/learner /home/learner/.authenticator/start.sh && sleep 1
  (exec 3<>/dev/tcp/127.0.0.1/2083) 2>/dev/null || { echo "The authenticator on port 2083 is not running."; exit 1; }
fi
reply=$(printf 'GET / HTTP/1.0\r\n\r\n' | timeout 10 openssl s_client -connect 127.0.0.1:2083 -quiet -no_ign_eof \
  -CAfile "$dir/site-network-ca.pem" -cert "$dir/impostor.pem" -key "$dir/impostor.key" 2>&1)
if grep -q "HTTP/1.0 200" <<<"$reply"; then echo "The authenticator accepted the impostor: it must demand a certificate chained to the vendor root."; exit 1; fi
# Reaching the authenticator at all means its own certificate (CN radius...) was received and verified.
grep -q "CN = radius" <<<"$reply" || { echo "No TLS answer from the authenticator on port 2083: $(tail -n1 <<<"$reply")"; exit 1; }
echo "Refused: a certificate that claims serial $SERIAL but does not chain to the vendor root gets no port, whatever MAC address comes with it."

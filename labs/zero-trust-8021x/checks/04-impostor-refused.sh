#!/bin/bash
# Replays the learner's impostor (a certificate claiming the camera's serial, with the impostor's own key)
# against an authenticator of the grader's own — configured like the site's (client certificate mandatory,
# chain must lead to the vendor root) — and requires that it is refused while the real device ID passes the chain.
dir=$HOME/8021x
share=/usr/local/share/cyberwall
[ -s "$dir/impostor.pem" ] && [ -s "$dir/impostor.key" ] || { echo "Keep your impostor's certificate and key as ~/8021x/impostor.pem and ~/8021x/impostor.key."; exit 1; }
openssl x509 -in "$dir/impostor.pem" -noout -subject 2>/dev/null | grep -q "$SERIAL" || { echo "The impostor certificate should claim the camera's identity (serial $SERIAL)."; exit 1; }
imp=$(openssl x509 -in "$dir/impostor.pem" -noout -pubkey 2>/dev/null)
cam=$(openssl x509 -in "$dir/camera-deviceid.pem" -noout -pubkey 2>/dev/null)
[ -n "$cam" ] || { echo "Keep the camera's device ID as ~/8021x/camera-deviceid.pem (step 1)."; exit 1; }
[ "$imp" != "$cam" ] || { echo "That is the camera's real certificate; the impostor has only a key of its own."; exit 1; }
[ "$(openssl x509 -in "$dir/impostor.pem" -noout -pubkey 2>/dev/null)" = "$(openssl pkey -in "$dir/impostor.key" -pubout 2>/dev/null)" ] \
  || { echo "~/8021x/impostor.key is not the key of ~/8021x/impostor.pem."; exit 1; }
# The grader's authenticator, on its own loopback (nothing else can reach it).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=radius" \
  -keyout "$HOME/auth.key" -out "$HOME/auth.pem" >/dev/null 2>&1 || { echo "The grader could not start its authenticator."; exit 1; }
openssl s_server -accept 127.0.0.1:2083 -cert "$HOME/auth.pem" -key "$HOME/auth.key" -CAfile "$share/vendor-chain.pem" \
  -Verify 3 -verify_return_error -www >/dev/null 2>&1 </dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 40); do (exec 3<>/dev/tcp/127.0.0.1/2083) 2>/dev/null && break; sleep 0.1; done
reply=$(printf 'GET / HTTP/1.0\r\n\r\n' | timeout 10 openssl s_client -connect 127.0.0.1:2083 -quiet -no_ign_eof \
  -cert "$dir/impostor.pem" -key "$dir/impostor.key" 2>&1)
if grep -q "HTTP/1.0 200" <<<"$reply"; then echo "The authenticator accepted the impostor: it must demand a certificate chained to the vendor root."; exit 1; fi
grep -q "CN = radius" <<<"$reply" || { echo "No TLS answer from the authenticator: $(tail -n1 <<<"$reply")"; exit 1; }
echo "Refused: a certificate that claims serial $SERIAL but does not chain to the vendor root gets no port, whatever MAC address comes with it."

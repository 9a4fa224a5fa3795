#!/bin/bash
# Runs once after provisioning, on the workstation as the learner: creates the site's network CA and the
# authenticator's certificate, and starts the lab's authenticator: a TLS server on 2083 (RADIUS over TLS
# port) that demands a client certificate chained to the vendor root, like an EAP-TLS server would.
set -euo pipefail
d="$HOME/.authenticator"
mkdir -p "$HOME/8021x" "$d"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
  -subj "/O=$SITE/CN=$SITE Network CA" -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
  -keyout "$d/ca.key" -out "$HOME/8021x/site-network-ca.pem" 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/O=$SITE/CN=radius.site.example" \
  -keyout "$d/server.key" -out "$d/server.csr" 2>/dev/null
openssl x509 -req -in "$d/server.csr" -CA "$HOME/8021x/site-network-ca.pem" -CAkey "$d/ca.key" -CAcreateserial -days 825 \
  -extfile <(printf 'subjectAltName=DNS:radius.site.example,DNS:workstation\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n') \
  -out "$d/server.pem" 2>/dev/null
cat > "$d/start.sh" <<'START'
#!/bin/bash
# The lab's authenticator. -Verify: a client certificate is mandatory; -verify_return_error: a chain that
# does not lead to the vendor root ends the handshake. Accepted devices get a status page (-www).
d="$HOME/.authenticator"
cd "$d" || exit 1
setsid nohup openssl s_server -accept 2083 -cert server.pem -key server.key \
  -CAfile /usr/local/share/cyberwall/vendor-chain.pem -Verify 3 -verify_return_error -www \
  >>"$d/authenticator.log" 2>&1 </dev/null &
START
chmod +x "$d/start.sh"
HOME="$HOME" "$d/start.sh"
cat > "$HOME/site-info.txt" <<INFO
Site: $SITE
Camera "camera" (serial $SERIAL): administrator $ADMIN_USER / $ADMIN_PASS
Network CA (issued the authenticator's certificate): ~/8021x/site-network-ca.pem
Authenticator (RADIUS over TLS, port 2083): workstation:2083  (log: ~/.authenticator/authenticator.log)
Vendor certificates: /usr/local/share/cyberwall/vendor-root.pem, vendor-intermediate.pem
INFO
